package org.reelwright.screenplay;

import java.util.List;

/**
 * Estimates where a script's elements fall on printed pages (ADR 0003). Each element takes the lines its text wraps
 * to at its element's width (each of its own lines wrapped separately, words kept whole unless longer than the
 * width, CJK text breakable between any two characters), plus one blank line before it — except dialogue and
 * parentheticals under a cue, and anything at the top of a page. Dual dialogue sits beside the speech before it, so
 * it adds only the lines by which it is longer. A forced page break leaves the rest of the page empty: the next
 * element starts on a new page, but the empty rest is charged to no element, so the scene the break falls in is as
 * long as its own lines, not a full page (film people measure a scene by what it prints). Pages are a
 * flow of {@link PageLayout#linesPerPage()} lines: elements are not pushed to the next page to avoid splitting them,
 * which real pagination does now and then; the ADR explains why the estimate accepts that.
 */
final class PageModel {

    private final PageLayout layout;

    PageModel(PageLayout layout) {
        this.layout = layout;
    }

    /**
     * Where each element lands.
     *
     * @param charged lines charged to each element, its blank line included; a page break is charged nothing
     * @param startLine the 0-based line (counted from the top of page 1) on which each element's text starts
     * @param totalLines all lines of the script, the empty rest of pages after forced breaks included
     */
    record Measure(long[] charged, long[] startLine, long totalLines) {
    }

    Measure measure(List<ScriptElement> elements) {
        int l = layout.linesPerPage();
        long[] charged = new long[elements.size()];
        long[] start = new long[elements.size()];
        long cursor = 0;
        ElementKind previous = null;
        long speechLines = 0;
        boolean inDual = false;
        long dualBudget = 0;
        for (int i = 0; i < elements.size(); i++) {
            ScriptElement e = elements.get(i);
            ElementKind kind = e.kind();
            if (kind == ElementKind.PAGE_BREAK) {
                long fill = (l - cursor % l) % l;
                charged[i] = 0;
                start[i] = cursor;
                cursor += fill;
                previous = kind;
                inDual = false;
                continue;
            }
            long natural = wrappedLines(e.text(), layout.widthOf(kind));
            boolean underCue = kind.belongsToSpeech() && previous != null
                    && (previous == ElementKind.CHARACTER || previous.belongsToSpeech());
            boolean dualCue = kind == ElementKind.CHARACTER && e.dualDialogue() && speechLines > 0;
            long blank = previous == null || underCue || dualCue || cursor % l == 0 ? 0 : 1;
            if (kind == ElementKind.CHARACTER && !dualCue) {
                inDual = false;
                speechLines = natural;
            } else if (dualCue) {
                inDual = true;
                dualBudget = speechLines;
            } else if (underCue && !inDual) {
                speechLines += natural;
            } else if (!underCue) {
                inDual = false;
                speechLines = 0;
            }
            long lines = natural;
            if (inDual) {
                lines = Math.max(0, natural - dualBudget);
                dualBudget = Math.max(0, dualBudget - natural);
            }
            start[i] = cursor + blank;
            charged[i] = blank + lines;
            cursor += blank + lines;
            previous = kind;
        }
        return new Measure(charged, start, cursor);
    }

    /** Lines a text takes when wrapped at {@code width} columns; an empty text still takes its one line. */
    static long wrappedLines(String text, int width) {
        long lines = 0;
        int from = 0;
        while (true) {
            int end = text.indexOf('\n', from);
            String line = end < 0 ? text.substring(from) : text.substring(from, end);
            lines += wrapOne(line, width);
            if (end < 0) {
                return lines;
            }
            from = end + 1;
        }
    }

    /**
     * Greedy word wrap of one line: a word goes on the current line if it fits after a space, else it starts the
     * next one; a word wider than the line is split. Leading spaces (indented action) count.
     */
    private static long wrapOne(String line, int width) {
        String text = line.stripTrailing();
        long lines = 1;
        long column = 0;
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            column = Math.min(width - 1L, column + 1);
            i++;
        }
        boolean spaceBefore = false;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                spaceBefore = true;
                i += Character.charCount(cp);
                continue;
            }
            int unitEnd;
            long unit;
            if (DisplayWidth.isWide(cp)) {
                unitEnd = i + Character.charCount(cp);
                unit = 2;
            } else {
                unitEnd = i;
                unit = 0;
                while (unitEnd < text.length()) {
                    int c = text.codePointAt(unitEnd);
                    if (Character.isWhitespace(c) || DisplayWidth.isWide(c)) {
                        break;
                    }
                    unit += DisplayWidth.of(c);
                    unitEnd += Character.charCount(c);
                }
            }
            long needed = (column > 0 && spaceBefore ? 1 : 0) + unit;
            if (column + needed <= width) {
                column += needed;
            } else {
                if (column > 0) {
                    lines++;
                }
                // A unit wider than the whole line is split across as many lines as it needs.
                long extra = unit > 0 ? (unit - 1) / width : 0;
                lines += extra;
                column = unit - extra * width;
            }
            spaceBefore = false;
            i = unitEnd;
        }
        return lines;
    }
}
