package org.reelwright.ui.shoot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoardMovesTest {
    /** Day 1: A, B; day 2: C; day 3: D, E. */
    private static final List<BoardItem> BOARD = board(new String[][] {{"A", "B"}, {"C"}, {"D", "E"}});

    @Test
    void droppingOnTheUpperHalfOfAStripPutsItBefore() {
        assertEquals(Optional.of(new StripMove("E", 3, 0)), BoardMoves.drop(BOARD, "E", index("D"), false));
        assertEquals(Optional.of(new StripMove("A", 2, 0)), BoardMoves.drop(BOARD, "A", index("C"), false));
    }

    @Test
    void droppingOnTheLowerHalfOfAStripPutsItAfter() {
        assertEquals(Optional.of(new StripMove("A", 2, 1)), BoardMoves.drop(BOARD, "A", index("C"), true));
        assertEquals(Optional.of(new StripMove("A", 1, 1)), BoardMoves.drop(BOARD, "A", index("B"), true));
    }

    @Test
    void droppingOnADayBreakStartsThatDay() {
        assertEquals(Optional.of(new StripMove("B", 3, 0)), BoardMoves.drop(BOARD, "B", breakOf(3), true));
        assertEquals(Optional.of(new StripMove("E", 1, 0)), BoardMoves.drop(BOARD, "E", breakOf(1), false));
    }

    @Test
    void droppingBelowTheRowsEndsTheLastDay() {
        assertEquals(Optional.of(new StripMove("A", 3, 2)), BoardMoves.drop(BOARD, "A", BOARD.size() + 4, false));
    }

    @Test
    void droppingAStripWhereItIsMovesNothing() {
        assertEquals(Optional.empty(), BoardMoves.drop(BOARD, "A", index("A"), true));
        assertEquals(Optional.empty(), BoardMoves.drop(BOARD, "B", index("A"), true));
        assertEquals(Optional.empty(), BoardMoves.drop(BOARD, "D", breakOf(3), false));
        assertEquals(Optional.empty(), BoardMoves.drop(BOARD, "nowhere", index("A"), false));
    }

    @Test
    void nudgingCrossesDayBreaks() {
        assertEquals(Optional.of(new StripMove("C", 1, 2)), BoardMoves.nudge(BOARD, "C", true));
        assertEquals(Optional.of(new StripMove("C", 3, 0)), BoardMoves.nudge(BOARD, "C", false));
        assertEquals(Optional.of(new StripMove("E", 3, 0)), BoardMoves.nudge(BOARD, "E", true));
        assertEquals(Optional.of(new StripMove("A", 1, 1)), BoardMoves.nudge(BOARD, "A", false));
        assertEquals(Optional.empty(), BoardMoves.nudge(BOARD, "A", true), "the first strip of day 1 has no day above");
        assertEquals(Optional.empty(), BoardMoves.nudge(BOARD, "E", false), "the last strip has no row below");
    }

    @Test
    void applyingAMoveShowsTheStripInItsNewDayAndPlace() {
        List<BoardItem> moved = BoardMoves.apply(BOARD, new StripMove("A", 3, 1));
        assertEquals(board(new String[][] {{"B"}, {"C"}, {"D", "A", "E"}}), moved);
        assertEquals(board(new String[][] {{"B", "A"}, {"C"}, {"D", "E"}}),
                BoardMoves.apply(BOARD, new StripMove("A", 1, 1)));
    }

    @Test
    void everyNudgeAppliedKeepsEachStripOnceInBoardOrder() {
        List<BoardItem> rows = BOARD;
        for (int step = 0; step < 8; step++) { // A walks down the whole board, one place at a time
            Optional<StripMove> move = BoardMoves.nudge(rows, "A", false);
            if (move.isEmpty()) {
                break;
            }
            rows = BoardMoves.apply(rows, move.get());
        }
        assertEquals(board(new String[][] {{"B"}, {"C"}, {"D", "E", "A"}}), rows);
    }

    private static int index(String strip) {
        for (int i = 0; i < BOARD.size(); i++) {
            if (BOARD.get(i) instanceof BoardItem.Strip s && s.id().equals(strip)) {
                return i;
            }
        }
        throw new IllegalArgumentException(strip);
    }

    private static int breakOf(int day) {
        for (int i = 0; i < BOARD.size(); i++) {
            if (BOARD.get(i) instanceof BoardItem.DayBreak b && b.day() == day) {
                return i;
            }
        }
        throw new IllegalArgumentException("day " + day);
    }

    static List<BoardItem> board(String[][] days) {
        List<BoardItem> rows = new ArrayList<>();
        for (int d = 0; d < days.length; d++) {
            rows.add(new BoardItem.DayBreak(d + 1, "Day " + (d + 1), ""));
            for (String id : days[d]) {
                rows.add(strip(id, d + 1));
            }
        }
        return rows;
    }

    static BoardItem.Strip strip(String id, int day) {
        return new BoardItem.Strip(id, day, id, StripColour.INT_DAY, "INT", "D", "KITCHEN", "", "1", "1", id);
    }
}
