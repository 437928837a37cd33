package org.reelwright.screenplay;

/**
 * The printed page the length estimate assumes, in lines and in columns of 12-point Courier (ten characters to the
 * inch, six lines to the inch). {@link #STANDARD} is the usual industry layout of US Letter with a 1.5-inch left
 * margin (ADR 0003): 55 lines of text a page, action and scene headings 61 columns wide, dialogue 35, parentheticals
 * 26 and character cues 38 (a cue starts 3.7 inches in). Invariants: every figure is at least 1 and a page holds at
 * least 10 lines.
 */
public record PageLayout(int linesPerPage, int actionWidth, int dialogueWidth, int parentheticalWidth,
        int cueWidth) {

    public static final PageLayout STANDARD = new PageLayout(55, 61, 35, 26, 38);

    public PageLayout {
        if (linesPerPage < 10 || actionWidth < 1 || dialogueWidth < 1 || parentheticalWidth < 1 || cueWidth < 1) {
            throw new IllegalArgumentException("a page needs at least 10 lines and every width at least 1 column");
        }
    }

    /** Columns the element's text wraps at. */
    int widthOf(ElementKind kind) {
        return switch (kind) {
            case DIALOGUE -> dialogueWidth;
            case PARENTHETICAL -> parentheticalWidth;
            case CHARACTER -> cueWidth;
            case SCENE_HEADING, ACTION, TRANSITION, CENTERED, LYRIC, PAGE_BREAK -> actionWidth;
        };
    }
}
