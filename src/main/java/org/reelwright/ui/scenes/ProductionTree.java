package org.reelwright.ui.scenes;

import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.ui.common.CellStates;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.Messages;

/**
 * The scene → shot outline of a production. Items hold {@link Scene} and {@link Shot} values. The outline never
 * scrolls sideways, where a heading's end would be out of sight: a line too long for it is cut with "…" and shows
 * its whole text in a tooltip, and {@link #widthForHeadings()} says how wide the outline must be to show every
 * scene heading whole.
 */
final class ProductionTree extends TreeView<Object> {
    private final Messages messages;
    private Runnable onLaidOut = () -> { };
    /** The widest line's text, and the font it was measured in; NaN until measured for the shown production. */
    private Double widest = Double.NaN;
    private javafx.scene.text.Font widestIn;

    ProductionTree(Messages messages) {
        this.messages = messages;
        setId("production-tree");
        getStyleClass().add("production-tree");
        setShowRoot(true);
        setCellFactory(tree -> new OutlineCell(messages, this));
    }

    /** Called each time a scene's line is laid out (the outline's lines are made in its layout, not before). */
    void setOnLaidOut(Runnable action) {
        onLaidOut = action;
    }

    /**
     * The width the outline needs to show every scene heading (and the "all scenes" line) whole, measured in the
     * cells' own font from where a laid-out scene cell starts its text; NaN while no scene cell is laid out.
     */
    double widthForHeadings() {
        if (getRoot() == null) {
            return Double.NaN;
        }
        for (Node node : lookupAll(".tree-cell")) {
            if (node instanceof OutlineCell cell && cell.isVisible() && cell.getItem() instanceof Scene) {
                Node text = cell.drawnText();
                if (text == null) {
                    continue;
                }
                double start = sceneToLocal(text.localToScene(text.getLayoutBounds())).getMinX();
                double widest = widestText(cell.getFont());
                double bar = 0;
                for (Node b : lookupAll(".scroll-bar")) {
                    if (b instanceof ScrollBar scroll && scroll.getOrientation() == javafx.geometry.Orientation.VERTICAL
                            && scroll.isVisible()) {
                        bar = scroll.getWidth();
                    }
                }
                return Math.ceil(start + widest + cell.getInsets().getRight() + bar + getInsets().getRight() + 2);
            }
        }
        return Double.NaN;
    }

    /** The widest scene heading's (or the "all scenes" line's) text in {@code font}, measured once per production. */
    private double widestText(javafx.scene.text.Font font) {
        if (widest.isNaN() || !font.equals(widestIn)) {
            double w = Fit.textWidth(text(messages, getRoot().getValue()), font);
            for (TreeItem<Object> item : getRoot().getChildren()) {
                w = Math.max(w, Fit.textWidth(text(messages, item.getValue()), font));
            }
            widest = w;
            widestIn = font;
        }
        return widest;
    }

    /** The words a line of the outline shows for {@code item}. */
    static String text(Messages messages, Object item) {
        if (item instanceof Scene scene) {
            return messages.get("tree.scene", scene.number(), messages.heading(scene.heading()));
        } else if (item instanceof Shot shot) {
            return messages.get("tree.shot", shot.number(), messages.name(shot.size()), shot.description());
        } else if (item instanceof Production production) {
            return messages.get("tree.allScenes", production.scenes().size(), production.shotCount());
        }
        return item == null ? "" : item.toString();
    }

    /**
     * Shows a production: a new version of the one shown updates the items in place ({@link OutlineItems}), another
     * production gets a new outline, starting at its top.
     */
    void show(Production production) {
        TreeItem<Object> root = getRoot();
        if (root != null && production != null && root.getValue() instanceof Production shown
                && shown.id().equals(production.id())) {
            if (linesChanged(shown, production)) {
                widest = Double.NaN; // an edited heading may be the new widest
            }
            OutlineItems.update(root, production);
            return;
        }
        widest = Double.NaN;
        setRoot(OutlineItems.root(production));
        scrollTo(0);
    }

    /**
     * Whether any line whose width is measured changed: a scene's number or heading, or the counts of the "all
     * scenes" line. A typed duration changes none, and measuring 500 headings again on every edit would cost the
     * FX thread milliseconds for nothing.
     */
    private boolean linesChanged(Production before, Production after) {
        if (before.scenes().size() != after.scenes().size() || before.shotCount() != after.shotCount()) {
            return true;
        }
        for (int i = 0; i < after.scenes().size(); i++) {
            Scene a = before.scenes().get(i);
            Scene b = after.scenes().get(i);
            if (a != b && (!a.number().equals(b.number()) || !a.heading().equals(b.heading()))) {
                return true;
            }
        }
        return false;
    }

    /** Selects the scene's item (or the root for all scenes) without expanding or collapsing anything. */
    void select(org.reelwright.domain.SceneId scene) {
        if (getRoot() == null) {
            return;
        }
        if (scene == null) {
            if (getSelectionModel().getSelectedItem() != getRoot()) {
                getSelectionModel().select(getRoot());
            }
            return;
        }
        for (TreeItem<Object> item : getRoot().getChildren()) {
            if (item.getValue() instanceof Scene s && s.id().equals(scene)) {
                if (getSelectionModel().getSelectedItem() != item) {
                    getSelectionModel().select(item);
                }
                return;
            }
        }
    }

    private static final class OutlineCell extends TreeCell<Object> {
        private static final CellStates ITEM_KINDS = new CellStates("scene-item", "shot-item", "ai-shot");
        private final Messages messages;
        /** Shown only while the line is cut. */
        private final Tooltip whole = new Tooltip();
        /** The line's icon, changed in place: a new icon per update was a node to style anew for every line shown. */
        private final FontIcon icon = new FontIcon(MaterialDesignF.FILMSTRIP);

        private final ProductionTree tree;

        OutlineCell(Messages messages, ProductionTree tree) {
            this.messages = messages;
            this.tree = tree;
            // No wider than the outline: the flow sizes its cells to the widest preferred width, which would make
            // the outline scroll sideways and hide the end of a long heading instead of cutting it with "…".
            setPrefWidth(0);
            whole.setWrapText(true);
            whole.setMaxWidth(600);
        }

        /** The text node the skin draws, once it has one. */
        Node drawnText() {
            for (Node child : getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text t && child.getStyleClass().contains("text")) {
                    return t;
                }
            }
            return null;
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            boolean cut = getText() != null && drawnText() instanceof javafx.scene.text.Text t
                    && !getText().equals(t.getText());
            if (cut) {
                whole.setText(getText());
            }
            if (cut != (getTooltip() != null)) {
                setTooltip(cut ? whole : null);
            }
            if (getItem() instanceof Scene) {
                tree.onLaidOut.run();
            }
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                ITEM_KINDS.show(this, null);
                setText(null);
                setGraphic(null);
            } else if (item instanceof Scene scene) {
                setText(text(messages, scene));
                showIcon(MaterialDesignM.MOVIE_OPEN_OUTLINE);
                ITEM_KINDS.show(this, "scene-item");
            } else if (item instanceof Shot shot) {
                setText(text(messages, shot));
                showIcon(shot.isAiGenerated() ? MaterialDesignR.ROBOT_OUTLINE : MaterialDesignF.FILMSTRIP);
                ITEM_KINDS.show(this, shot.isAiGenerated() ? "ai-shot" : "shot-item");
            } else if (item instanceof Production production) {
                setText(text(messages, production));
                showIcon(MaterialDesignF.FILMSTRIP_BOX_MULTIPLE);
                ITEM_KINDS.show(this, "scene-item");
            } else {
                ITEM_KINDS.show(this, null);
                setText(item.toString());
                setGraphic(null);
            }
        }

        private void showIcon(org.kordamp.ikonli.Ikon code) {
            if (icon.getIconCode() != code) {
                icon.setIconCode(code);
            }
            if (getGraphic() != icon) {
                setGraphic(icon);
            }
        }
    }
}
