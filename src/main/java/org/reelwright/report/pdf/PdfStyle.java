package org.reelwright.report.pdf;

import java.awt.Color;

/**
 * Type sizes, spacing and colours of the printed plan. The window's colours are CSS tokens that a theme may change;
 * paper is always white, so the plan keeps fixed colours of the same hues (AI violet, critical red) that also
 * survive a black-and-white printer as distinct greys — and every mark also has a word or a shape.
 */
final class PdfStyle {
    static final float BODY = 9.5f;
    static final float SMALL = 8f;
    static final float TABLE = 8.2f;
    static final float HEADER_FOOTER = 7.5f;
    static final float GANTT = 7f;
    static final float SECTION_TITLE = 16f;
    static final float COVER_TITLE = 26f;
    /** Line height as a multiple of the type size. */
    static final float LEADING = 1.3f;

    static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    static final Color RULE_STRONG = new Color(0x57, 0x60, 0x6a);
    static final Color BAND = new Color(0xf0, 0xf2, 0xf5);
    static final Color HEADER_BAND = new Color(0xe4, 0xe8, 0xed);
    static final Color AI = new Color(0x7c, 0x4d, 0xff);
    static final Color AI_MUTED = new Color(0xd8, 0xcc, 0xff);
    static final Color CRITICAL = new Color(0xcf, 0x22, 0x2e);
    static final Color CRITICAL_DARK = new Color(0x8a, 0x10, 0x18);
    static final Color WARNING = new Color(0x9a, 0x67, 0x00);
    static final Color BAR = new Color(0x45, 0x7b, 0xb8);
    static final Color DAY_OFF = new Color(0xf3, 0xf4, 0xf6);
    static final Color HOLIDAY = new Color(0xfc, 0xec, 0xd4);
    static final Color ARROW = new Color(0x8c, 0x95, 0x9f);
    static final Color WHITE = Color.WHITE;

    private PdfStyle() {
    }

    static float leading(float size) {
        return size * LEADING;
    }

    /** Where the baseline sits below the top of a line box of {@code size} (ascent plus half the extra leading). */
    static float baseline(float size) {
        return size * (0.8f + (LEADING - 1) / 2);
    }
}
