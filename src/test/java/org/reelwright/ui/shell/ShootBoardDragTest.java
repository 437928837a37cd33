package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Language;
import org.reelwright.domain.Production;
import org.reelwright.ui.shoot.BoardItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stripboard as a user works it (issue 17): a strip dragged with the mouse onto another day's break lands first
 * on that day, the board's cast line (performer-days paid, from the day-out-of-days) changes, and Edit → Undo puts
 * the board, the production and the cast line back exactly.
 */
class ShootBoardDragTest extends SampleWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void draggingAStripToAnotherDayChangesTheCastLineAndUndoRestoresIt(FxRobot robot) {
        robot.interact(() -> window.switchTo(Language.ENGLISH, false));
        robot.interact(() -> window.window().showPanel("shoot"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<BoardItem> board = robot.lookup("#stripboard").queryListView();
        Label castLine = robot.lookup("#shoot-cast-line").queryAs(Label.class);
        assertTrue(board.getItems().size() > 3, "the sample's strips are on the board");
        List<BoardItem> rowsBefore = List.copyOf(board.getItems());
        Production before = model.productionProperty().get();
        String castBefore = castLine.getText();

        // The first strip of day 1 goes to the last shoot day: its performers work on a day they did not before.
        BoardItem.Strip moving = (BoardItem.Strip) board.getItems().get(1);
        int lastDay = lastShootDay(board);
        ListCell<?> from = cellShowing(robot, board, moving);
        robot.drag(from, MouseButton.PRIMARY);
        robot.interact(() -> board.scrollTo(indexOfBreak(board, lastDay)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(cellShowing(robot, board, breakOf(board, lastDay)));
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        BoardItem moved = board.getItems().get(indexOfBreak(board, lastDay) + 1);
        assertEquals(moving.id(), ((BoardItem.Strip) moved).id(), "the strip starts the day it was dropped on");
        assertNotEquals(castBefore, castLine.getText(), "the cast line follows the board");
        assertNotEquals(before, model.productionProperty().get());

        robot.interact(model::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.productionProperty().get(), "undo restores the production exactly");
        assertEquals(rowsBefore, List.copyOf(board.getItems()), "and the board");
        assertEquals(castBefore, castLine.getText(), "and the cast line");
    }

    @Test
    void altDownMovesTheSelectedStripWithoutAMouse(FxRobot robot) {
        robot.interact(() -> window.window().showPanel("shoot"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<BoardItem> board = robot.lookup("#stripboard").queryListView();
        BoardItem.Strip first = (BoardItem.Strip) board.getItems().get(1);
        robot.interact(() -> {
            board.requestFocus();
            board.getSelectionModel().clearAndSelect(1);
        });
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.id(), ((BoardItem.Strip) board.getItems().get(2)).id(), "one place down");
        assertEquals(first.id(), ((BoardItem.Strip) board.getSelectionModel().getSelectedItem()).id(),
                "still selected, so Alt+Down again moves it further");
        assertTrue(model.productionProperty().get().shootPlan().arranged(), "the move is an edit of the production");
    }

    private static int lastShootDay(ListView<BoardItem> board) {
        int last = 0;
        for (BoardItem item : board.getItems()) {
            if (item instanceof BoardItem.Strip strip) {
                last = Math.max(last, strip.day());
            }
        }
        return last;
    }

    private static BoardItem breakOf(ListView<BoardItem> board, int day) {
        return board.getItems().get(indexOfBreak(board, day));
    }

    private static int indexOfBreak(ListView<BoardItem> board, int day) {
        for (int i = 0; i < board.getItems().size(); i++) {
            if (board.getItems().get(i) instanceof BoardItem.DayBreak brk && brk.day() == day) {
                return i;
            }
        }
        throw new AssertionError("no day " + day + " on the board");
    }

    private static ListCell<?> cellShowing(FxRobot robot, ListView<BoardItem> board, BoardItem item) {
        return robot.lookup(".strip-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isVisible() && item.equals(cell.getItem())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell shows " + item));
    }
}
