package org.reelwright.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Script length in eighths, the way a breakdown sheet writes it (issue 13: no 0.2, 0.25 or 1/4). */
class EighthsTest {
    @Test
    void eighthsAreWrittenUnreduced() {
        assertEquals("1/8", Eighths.format(1));
        assertEquals("2/8", Eighths.format(2));
        assertEquals("4/8", Eighths.format(4));
        assertEquals("1", Eighths.format(8));
        assertEquals("1 3/8", Eighths.format(11));
        assertEquals("0", Eighths.format(0));
        assertThrows(IllegalArgumentException.class, () -> Eighths.format(-1));
    }

    @Test
    void pagesRoundToTheNearestEighth() {
        assertEquals("2/8", Eighths.ofPages(0.25));
        assertEquals("1 4/8", Eighths.ofPages(1.49));
        assertEquals("6 4/8", Eighths.ofPages(6.5));
    }
}
