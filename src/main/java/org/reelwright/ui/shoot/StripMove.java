package org.reelwright.ui.shoot;

/**
 * A strip moved on the board: to shoot day {@code toDay} (from 1), at {@code toPosition} among that day's strips
 * counted once the strip has left its old place (0 = first).
 */
public record StripMove(String stripId, int toDay, int toPosition) {
    public StripMove {
        if (stripId == null || stripId.isBlank()) {
            throw new IllegalArgumentException("a move names its strip");
        }
        if (toDay < 1 || toPosition < 0) {
            throw new IllegalArgumentException("no place on the board: day " + toDay + ", position " + toPosition);
        }
    }
}
