package org.reelwright.ui.scenes;

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
import org.reelwright.ui.common.Messages;

/** The scene → shot outline of a production. Items hold {@link Scene} and {@link Shot} values. */
final class ProductionTree extends TreeView<Object> {

    ProductionTree(Messages messages) {
        setId("production-tree");
        getStyleClass().add("production-tree");
        setShowRoot(true);
        setCellFactory(tree -> new OutlineCell(messages));
    }

    void show(Production production) {
        TreeItem<Object> root = new TreeItem<>(production);
        root.setExpanded(true);
        if (production != null) {
            for (Scene scene : production.scenes()) {
                TreeItem<Object> sceneItem = new TreeItem<>(scene);
                for (Shot shot : scene.shots()) {
                    sceneItem.getChildren().add(new TreeItem<>(shot));
                }
                root.getChildren().add(sceneItem);
            }
        }
        setRoot(root);
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
        private final Messages messages;

        OutlineCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("scene-item", "shot-item", "ai-shot");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof Scene scene) {
                setText(messages.get("tree.scene", scene.number(), messages.heading(scene.heading())));
                setGraphic(new FontIcon(MaterialDesignM.MOVIE_OPEN_OUTLINE));
                getStyleClass().add("scene-item");
            } else if (item instanceof Shot shot) {
                setText(messages.get("tree.shot", shot.number(), messages.name(shot.size()), shot.description()));
                setGraphic(new FontIcon(shot.isAiGenerated() ? MaterialDesignR.ROBOT_OUTLINE
                        : MaterialDesignF.FILMSTRIP));
                getStyleClass().add(shot.isAiGenerated() ? "ai-shot" : "shot-item");
            } else if (item instanceof Production production) {
                setText(messages.get("tree.allScenes", production.scenes().size(), production.shotCount()));
                setGraphic(new FontIcon(MaterialDesignF.FILMSTRIP_BOX_MULTIPLE));
                getStyleClass().add("scene-item");
            } else {
                setText(item.toString());
                setGraphic(null);
            }
        }
    }
}
