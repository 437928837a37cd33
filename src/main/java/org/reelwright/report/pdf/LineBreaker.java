package org.reelwright.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: between words, after a hyphen or slash, and between any two Chinese,
 * Japanese or Korean characters (those scripts do not separate words with spaces). A word wider than the whole
 * line is broken between characters rather than overflowing its column.
 */
final class LineBreaker {
    private final FontChain fonts;

    LineBreaker(FontChain fonts) {
        this.fonts = fonts;
    }

    /** The lines of {@code text}; explicit line breaks are kept. Never empty: blank text is one empty line. */
    List<String> wrap(String text, double width, boolean bold, float size) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r\n|\r|\n", -1)) {
            wrapParagraph(paragraph.replace('\t', ' '), width, bold, size, lines);
        }
        return lines;
    }

    /** {@code text} on one line, cut with an ellipsis when it is wider than {@code width}. */
    String fit(String text, double width, boolean bold, float size) {
        if (fonts.width(text, bold, size) <= width) {
            return text;
        }
        String ellipsis = "\u2026";
        int end = text.length();
        while (end > 0 && fonts.width(text.substring(0, end) + ellipsis, bold, size) > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + ellipsis;
    }

    private void wrapParagraph(String text, double width, boolean bold, float size, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        String pendingSpace = "";
        for (String token : tokens(text)) {
            if (token.isBlank()) {
                if (line.length() > 0) {
                    pendingSpace = token;
                }
                continue;
            }
            double spaceWidth = pendingSpace.isEmpty() ? 0 : fonts.width(pendingSpace, bold, size);
            double tokenWidth = fonts.width(token, bold, size);
            if (lineWidth + spaceWidth + tokenWidth <= width) {
                line.append(pendingSpace).append(token);
                lineWidth += spaceWidth + tokenWidth;
            } else {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (tokenWidth <= width) {
                    line.append(token);
                    lineWidth = tokenWidth;
                } else {
                    lineWidth = breakLongWord(token, width, bold, size, lines, line);
                }
            }
            pendingSpace = "";
        }
        lines.add(line.toString());
    }

    /** Puts a too-wide word on as many full lines as it needs; leaves its last piece in {@code line}. */
    private double breakLongWord(String word, double width, boolean bold, float size, List<String> lines,
            StringBuilder line) {
        double lineWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            String one = new String(Character.toChars(cp));
            double w = fonts.width(one, bold, size);
            if (lineWidth + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(one);
            lineWidth += w;
        }
        return lineWidth;
    }

    /** Words with a break allowed after them, runs of spaces, and single CJK characters. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = cp == ' ' || cp == '\u3000';
            if (space || breaksAround(cp)) {
                if (word.length() > 0 && !(space && isSpaceRun(word))) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (space) {
                    word.appendCodePoint(cp);
                } else {
                    tokens.add(new String(Character.toChars(cp)));
                }
                continue;
            }
            if (word.length() > 0 && isSpaceRun(word)) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            word.appendCodePoint(cp);
            if (cp == '-' || cp == '/' || cp == '\u2013' || cp == '\u2014') {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isSpaceRun(CharSequence s) {
        return s.length() > 0 && (s.charAt(0) == ' ' || s.charAt(0) == '\u3000');
    }

    /** CJK ideographs, kana, Hangul and CJK punctuation: a line may break before and after each. */
    static boolean breaksAround(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
