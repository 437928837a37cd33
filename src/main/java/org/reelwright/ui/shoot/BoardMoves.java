package org.reelwright.ui.shoot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a strip lands when it is dropped on a row of the board or nudged up or down with the keyboard, worked out
 * on the rows alone (day breaks and strips in board order), and the rows as they look right after the move, shown
 * at once while the schedule catches up.
 *
 * <p>Rules: a strip dropped on a day break becomes that day's first strip; dropped on a strip, it goes before it
 * (upper half) or after it (lower half); dropped below the last row, it ends the last day. Up from a day's first
 * strip ends the day before; down from a day's last strip starts the next day.
 */
public final class BoardMoves {
    private BoardMoves() {
    }

    /**
     * @param rows the board as shown
     * @param stripId the strip being dragged
     * @param target the row it is dropped on; {@code rows.size()} or more for the empty area below the rows
     * @param lowerHalf true when dropped on the lower half of a strip's row
     * @return the move, or empty when the strip would stay where it is (or is not on the board)
     */
    public static Optional<StripMove> drop(List<BoardItem> rows, String stripId, int target, boolean lowerHalf) {
        int from = indexOf(rows, stripId);
        if (from < 0 || target < 0) {
            return Optional.empty();
        }
        int insert;
        if (target >= rows.size()) {
            insert = rows.size();
        } else if (rows.get(target) instanceof BoardItem.DayBreak) {
            insert = target + 1;
        } else {
            insert = lowerHalf ? target + 1 : target;
        }
        return moveTo(rows, from, insert > from ? insert - 1 : insert);
    }

    /** One place up (towards day 1) or down; empty at the top of the first day. */
    public static Optional<StripMove> nudge(List<BoardItem> rows, String stripId, boolean up) {
        int from = indexOf(rows, stripId);
        if (from < 0) {
            return Optional.empty();
        }
        return moveTo(rows, from, up ? from - 1 : from + 1);
    }

    /** The rows with {@code move} made: the strip taken out and put in its new day and place. */
    public static List<BoardItem> apply(List<BoardItem> rows, StripMove move) {
        int from = indexOf(rows, move.stripId());
        if (from < 0) {
            return rows;
        }
        List<BoardItem> result = new ArrayList<>(rows);
        BoardItem.Strip strip = (BoardItem.Strip) result.remove(from);
        int insert = -1;
        int seen = 0;
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i) instanceof BoardItem.DayBreak brk && brk.day() == move.toDay()) {
                insert = i + 1;
                while (insert < result.size() && result.get(insert) instanceof BoardItem.Strip && seen
                        < move.toPosition()) {
                    insert++;
                    seen++;
                }
                break;
            }
        }
        if (insert < 0) {
            return rows;
        }
        result.add(insert, new BoardItem.Strip(strip.id(), move.toDay(), strip.number(), strip.colour(),
                strip.intExt(), strip.dayNight(), strip.heading(), strip.synopsis(), strip.pages(), strip.cast(),
                strip.tooltip()));
        return result;
    }

    /**
     * @param insert the place among the rows without the moving strip, 0 to {@code rows.size() - 1}
     */
    private static Optional<StripMove> moveTo(List<BoardItem> rows, int from, int insert) {
        List<BoardItem> without = new ArrayList<>(rows);
        BoardItem.Strip moving = (BoardItem.Strip) without.remove(from);
        if (insert < 0 || insert > without.size()) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = insert - 1; i >= 0; i--) {
            if (without.get(i) instanceof BoardItem.DayBreak brk) {
                int oldPosition = positionIn(rows, from);
                if (brk.day() == moving.day() && position == oldPosition) {
                    return Optional.empty();
                }
                return Optional.of(new StripMove(moving.id(), brk.day(), position));
            }
            position++;
        }
        return Optional.empty(); // above the first day break: no day there
    }

    /** How many strips of its own day come before the strip at {@code index}. */
    private static int positionIn(List<BoardItem> rows, int index) {
        int position = 0;
        for (int i = index - 1; i >= 0 && rows.get(i) instanceof BoardItem.Strip; i--) {
            position++;
        }
        return position;
    }

    private static int indexOf(List<BoardItem> rows, String stripId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof BoardItem.Strip strip && strip.id().equals(stripId)) {
                return i;
            }
        }
        return -1;
    }
}
