package org.reelwright.ui.shoot;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.reelwright.ui.common.CellStates;

/**
 * The stripboard: one row per strip in its classic colour, grouped under day breaks, in a virtualised list (only the
 * rows on screen exist, so a thousand strips scroll like ten). A strip is moved by dragging it onto another row
 * (before or after a strip, or onto a day break to start that day) or with Alt+Up / Alt+Down; each move is handed to
 * {@link #setOnMove} and shown at once.
 *
 * <p>The drag is a JavaFX press-drag-release gesture rather than the platform's drag and drop: it stays inside the
 * window, needs no clipboard, lets the list scroll while a strip is held near its edge, and works the same on every
 * platform, headless test runs included.
 */
public final class Stripboard {
    /** Every row is this tall, so the list never measures a row to place it (a fixed cell size). */
    static final double ROW_HEIGHT = 30;
    /** How close to the list's top or bottom edge a held strip makes it scroll. */
    private static final double EDGE = 36;
    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");
    private static final PseudoClass HELD = PseudoClass.getPseudoClass("held");
    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    /** Whether a cell shows a strip or a day break, and a strip's colour (not style classes: see CellStates). */
    private static final CellStates KINDS = new CellStates("strip", "day-break");
    private static final CellStates COLOURS = new CellStates(java.util.Arrays.stream(StripColour.values())
            .map(StripColour::state).toArray(String[]::new));

    private final ListView<BoardItem> list;
    private Consumer<StripMove> onMove = move -> { };
    /** The strip being dragged, while a drag is under way. */
    private String held;
    /** Pixels per frame the list scrolls while a strip is held near an edge (negative: up). */
    private double scrollSpeed;
    private final AnimationTimer edgeScroll = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (held != null && scrollSpeed != 0) {
                flow().ifPresent(flow -> flow.scrollPixels(scrollSpeed));
            }
        }
    };

    public Stripboard(ObservableList<BoardItem> rows) {
        list = new ListView<>(rows);
        list.setId("stripboard");
        list.getStyleClass().add("stripboard");
        list.setFixedCellSize(ROW_HEIGHT);
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(view -> new StripCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::nudge);
        list.addEventFilter(MouseDragEvent.MOUSE_DRAG_OVER, e -> scrollNearEdge(e.getY()));
        list.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> endDrag());
        list.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> endDrag());
    }

    public ListView<BoardItem> list() {
        return list;
    }

    /** Where each move goes (the view model, which makes it an edit). */
    public void setOnMove(Consumer<StripMove> handler) {
        this.onMove = handler;
    }

    /** Selects the strip with this id and scrolls it into view, if it is on the board. */
    public void select(String stripId) {
        ObservableList<BoardItem> rows = list.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof BoardItem.Strip strip && strip.id().equals(stripId)) {
                list.getSelectionModel().clearAndSelect(i);
                int index = i;
                flow().ifPresentOrElse(flow -> {
                    if (flow.getFirstVisibleCell() == null || index < flow.getFirstVisibleCell().getIndex()
                            || index > flow.getLastVisibleCell().getIndex()) {
                        list.scrollTo(Math.max(0, index - 3));
                    }
                }, () -> list.scrollTo(Math.max(0, index - 3)));
                return;
            }
        }
    }

    private void nudge(KeyEvent e) {
        if (!e.isAltDown() || (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN)) {
            return;
        }
        e.consume();
        if (list.getSelectionModel().getSelectedItem() instanceof BoardItem.Strip strip) {
            BoardMoves.nudge(list.getItems(), strip.id(), e.getCode() == KeyCode.UP).ifPresent(this::move);
        }
    }

    private void move(StripMove move) {
        onMove.accept(move);
        select(move.stripId());
    }

    private void scrollNearEdge(double y) {
        double height = list.getHeight();
        if (y < EDGE) {
            scrollSpeed = -Math.max(2, (EDGE - y) / 2);
        } else if (y > height - EDGE) {
            scrollSpeed = Math.max(2, (y - (height - EDGE)) / 2);
        } else {
            scrollSpeed = 0;
        }
    }

    private void endDrag() {
        if (held != null) {
            list.lookupAll(".strip-cell").forEach(cell -> cell.pseudoClassStateChanged(HELD, false));
        }
        held = null;
        scrollSpeed = 0;
        edgeScroll.stop();
    }

    private Optional<VirtualFlow<?>> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? Optional.of(flow) : Optional.empty();
    }

    /**
     * A row of the board. Its nodes are made once and given new words as the list reuses the cell for other rows:
     * scrolling makes no nodes.
     */
    private final class StripCell extends ListCell<BoardItem> {
        private final Label number = label("strip-number");
        private final Label letters = label("strip-letters");
        private final Label heading = label("strip-heading");
        private final Label synopsis = label("strip-synopsis");
        private final Label pages = label("strip-pages");
        private final Label cast = label("strip-cast");
        private final HBox stripRow = new HBox(number, letters, heading, synopsis, pages, cast);
        private final Label dayTitle = label("day-break-title");
        private final Label warning = label("day-break-warning");
        private final HBox breakRow = new HBox(dayTitle, warning);
        private final Tooltip tip = new Tooltip();

        StripCell() {
            getStyleClass().add("strip-cell");
            stripRow.getStyleClass().add("strip-row");
            stripRow.setAlignment(Pos.CENTER_LEFT);
            breakRow.getStyleClass().add("day-break-row");
            breakRow.setAlignment(Pos.CENTER_LEFT);
            // the synopsis takes the room left; the set keeps its width, so the columns line up under their heads
            HBox.setHgrow(synopsis, Priority.ALWAYS);
            synopsis.setMaxWidth(Double.MAX_VALUE);
            for (Label fixed : new Label[] {number, letters, pages, cast}) {
                fixed.setMinWidth(Region.USE_PREF_SIZE);
            }
            heading.setMinWidth(Region.USE_PREF_SIZE);
            synopsis.setMinWidth(0);
            warning.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            warning.setMinWidth(0);
            dayTitle.setMinWidth(Region.USE_PREF_SIZE);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setOnDragDetected(this::pickUp);
            setOnMouseDragOver(this::hover);
            setOnMouseDragExited(e -> showDrop(false, false));
            setOnMouseDragReleased(this::drop);
        }

        private Label label(String styleClass) {
            Label label = new Label();
            label.getStyleClass().add(styleClass);
            return label;
        }

        @Override
        protected void updateItem(BoardItem item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(FLAGGED, false);
            pseudoClassStateChanged(HELD, false);
            if (empty || item == null) {
                KINDS.show(this, null);
                COLOURS.show(this, null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (item instanceof BoardItem.Strip strip) {
                KINDS.show(this, "strip");
                COLOURS.show(this, strip.colour().state());
                number.setText(strip.number());
                letters.setText(strip.intExt() + " " + strip.dayNight());
                heading.setText(strip.heading());
                synopsis.setText(strip.synopsis());
                pages.setText(strip.pages());
                cast.setText(strip.cast());
                tip.setText(strip.tooltip());
                setTooltip(tip);
                setGraphic(stripRow);
                pseudoClassStateChanged(HELD, strip.id().equals(held));
            } else if (item instanceof BoardItem.DayBreak brk) {
                KINDS.show(this, "day-break");
                COLOURS.show(this, null);
                dayTitle.setText(brk.title());
                warning.setText(brk.warning());
                warning.setVisible(brk.flagged());
                pseudoClassStateChanged(FLAGGED, brk.flagged());
                tip.setText(brk.flagged() ? brk.title() + "\n" + brk.warning() : brk.title());
                setTooltip(tip);
                setGraphic(breakRow);
            }
        }

        private void pickUp(MouseEvent e) {
            if (getItem() instanceof BoardItem.Strip strip) {
                held = strip.id();
                pseudoClassStateChanged(HELD, true);
                startFullDrag();
                edgeScroll.start();
                e.consume();
            }
        }

        /** A line where the held strip would land: above or below a strip, below a day break. */
        private void hover(MouseDragEvent e) {
            if (held == null || isEmpty()) {
                return;
            }
            boolean lower = e.getY() > getHeight() / 2;
            boolean onBreak = getItem() instanceof BoardItem.DayBreak;
            showDrop(!onBreak && !lower, onBreak || lower);
        }

        private void showDrop(boolean before, boolean after) {
            pseudoClassStateChanged(DROP_BEFORE, before);
            pseudoClassStateChanged(DROP_AFTER, after);
        }

        private void drop(MouseDragEvent e) {
            showDrop(false, false);
            String strip = held;
            endDrag();
            if (strip == null) {
                return;
            }
            int target = isEmpty() ? list.getItems().size() : getIndex();
            BoardMoves.drop(list.getItems(), strip, target, e.getY() > getHeight() / 2).ifPresent(Stripboard.this::move);
            e.consume();
        }
    }
}
