package org.reelwright.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.app.EditHistory;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scene headings in the Scenes &amp; shots outline can be read: at the panel's width in a 1280×800 window the
 * sample's headings are whole without scrolling sideways, dragging the divider really widens the outline, and a heading
 * still too long for the outline is cut with an ellipsis and shows its whole text in a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class SceneHeadingsReadableTest {
    /** What the main window leaves for the panel at 1280×800 (the navigation takes the rest). */
    private static final double PANEL_WIDTH = 1100;
    private static final double PANEL_HEIGHT = 700;

    private SplitPane split;
    private TreeView<?> tree;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.applyBase();
        Production sample;
        try (InputStream in = getClass().getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
        SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(sample);
        EditHistory history = new EditHistory();
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        Messages messages = new Messages(Locale.ENGLISH);
        ScenesViewModel model = new ScenesViewModel(() -> planning, BackgroundWork.sameThread(), messages,
                production, edit -> history.apply(production.get(), edit).ifPresent(e -> production.set(e.after())));
        ScenesView view = new ScenesView(model, messages, message -> { });
        split = view.splitPane();
        javafx.scene.Scene scene = new javafx.scene.Scene((Parent) view.root(), PANEL_WIDTH, PANEL_HEIGHT);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        tree = (TreeView<?>) scene.lookup("#production-tree");
    }

    @Test
    void everySceneHeadingIsWholeAtTheDefaultDivider(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            for (TreeCell<?> cell : sceneCells()) {
                if (!shown(cell).equals(cell.getText()) || right(cell) > visibleRight()) {
                    cut.add(cell.getText() + " (ends at " + Math.round(right(cell)) + " of "
                            + Math.round(visibleRight()) + " px)");
                }
            }
        });
        assertFalse(sceneCellsCount(robot) == 0, "the outline shows its scenes");
        assertEquals(List.of(), cut, "headings cut or scrolled out of sight in an outline "
                + Math.round(tree.getWidth()) + " px wide");
        assertFalse(sideways(), "the outline does not scroll sideways");
    }

    @Test
    void draggingTheDividerWidensTheOutline(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double before = tree.getWidth();
        drag(robot, 300);
        assertEquals(before + 300, tree.getWidth(), 6, "the outline follows the divider 300 px to the right");
        robot.interact(() -> split.setDividerPositions(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.6 * split.getWidth(), tree.getWidth(), 24, "the divider put at 60% of "
                + Math.round(split.getWidth()) + " px");
    }

    @Test
    void aHeadingTooLongForTheOutlineIsCutWithATooltipOfItsWholeText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        drag(robot, -(tree.getWidth() - 0.12 * split.getWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        List<TreeCell<?>> cells = new ArrayList<>();
        robot.interact(() -> cells.addAll(sceneCells()));
        TreeCell<?> longest = cells.stream().max((a, b) -> Integer.compare(a.getText().length(),
                b.getText().length())).orElseThrow();
        robot.interact(() -> {
            assertNotEquals(longest.getText(), shown(longest), "the outline is too narrow for the heading");
            assertTrue(shown(longest).endsWith(longest.getEllipsisString()), "cut with an ellipsis, not scrolled out of sight: "
                    + shown(longest));
            assertNotNull(longest.getTooltip(), "a tooltip on " + longest.getText());
            assertEquals(longest.getText(), longest.getTooltip().getText());
        });
        assertFalse(sideways(), "the outline does not scroll sideways");
    }

    /** Drags the divider {@code by} px sideways, as a user does with the mouse. */
    private void drag(FxRobot robot, double by) {
        Node divider = split.lookup(".split-pane-divider");
        robot.drag(divider, javafx.scene.input.MouseButton.PRIMARY).moveBy(by, 0)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int sceneCellsCount(FxRobot robot) {
        List<TreeCell<?>> cells = new ArrayList<>();
        robot.interact(() -> cells.addAll(sceneCells()));
        return cells.size();
    }

    private List<TreeCell<?>> sceneCells() {
        List<TreeCell<?>> cells = new ArrayList<>();
        for (Node node : tree.lookupAll(".tree-cell")) {
            if (node instanceof TreeCell<?> cell && node.isVisible() && cell.getItem() instanceof Scene) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The text the cell's skin draws. */
    private static String shown(TreeCell<?> cell) {
        for (Node child : cell.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return "";
    }

    /** Where the cell's drawn text ends, in the outline's coordinates. */
    private double right(TreeCell<?> cell) {
        for (Node child : cell.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return tree.sceneToLocal(text.localToScene(text.getLayoutBounds())).getMaxX();
            }
        }
        return 0;
    }

    /** The right edge of what the outline shows: its width less a vertical scroll bar, if any. */
    private double visibleRight() {
        double right = tree.getWidth() - tree.getInsets().getRight();
        for (Node node : tree.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                right -= bar.getWidth();
            }
        }
        return right;
    }

    private boolean sideways() {
        for (Node node : tree.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                return true;
            }
        }
        return false;
    }
}
