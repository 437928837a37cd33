package org.reelwright.screenplay;

import java.util.BitSet;

/**
 * Takes out the parts of a Fountain script that never print: the boneyard ({@code /* ... *}{@code /}, which may
 * nest and span lines) and notes ({@code [[ ... ]]}, inline or spanning lines). Contract: line numbers are kept —
 * the result has exactly one entry per source line; a line that held nothing but boneyard or note text (or lay
 * wholly inside one) is {@code null}, meaning "not there at all", so it neither adds content nor separates
 * paragraphs the way a blank line would — except that a boneyard which held a blank line (it cut whole paragraphs,
 * a scene, as in the spec's own example that closes right above {@code EXT. PALATIAL MANSION - DAY}) separates what
 * stood before it from what follows: its first wholly removed line becomes a blank line, so the heading after it is
 * still a heading and the cue before it does not swallow the next scene. A boneyard that is never closed is an error
 * naming the line it opened on;
 * a {@code [[} that is never closed is ordinary text, as a lone bracket in a line of action would be.
 */
final class FountainComments {

    private FountainComments() {
    }

    /**
     * @param text the script with {@code \n} line ends only
     * @return one entry per line; {@code null} where the line was all boneyard or notes
     */
    static String[] strip(String text, String fileName) throws ScreenplayException {
        int lineCount = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineCount++;
            }
        }
        BitSet touched = new BitSet(lineCount);
        BitSet separating = new BitSet(lineCount);
        String withoutBoneyard = removeBoneyard(text, touched, separating, fileName);
        String withoutNotes = removeNotes(withoutBoneyard, touched);
        String[] lines = withoutNotes.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            if (touched.get(n) && lines[n].isBlank() && !isDeliberatelyEmpty(lines[n])) {
                lines[n] = null;
            }
        }
        // A boneyard that cut whole paragraphs stands for the blank line that separated them.
        for (int open = separating.nextSetBit(0); open >= 0; open = separating.nextSetBit(open + 1)) {
            for (int n = open; n < lines.length && (lines[n] == null || n == open); n++) {
                if (lines[n] == null) {
                    lines[n] = "";
                    break;
                }
            }
        }
        return lines;
    }

    /** Fountain's "two spaces" line: an intentionally empty line inside action or dialogue. */
    static boolean isDeliberatelyEmpty(String line) {
        return line.length() >= 2 && line.isBlank() && line.chars().filter(c -> c == ' ').count() >= 2;
    }

    private static String removeBoneyard(String text, BitSet touched, BitSet separating, String fileName)
            throws ScreenplayException {
        if (!text.contains("/*")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        int line = 0;
        int openedOn = 0;
        boolean lineHadText = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '*') {
                if (depth == 0) {
                    openedOn = line;
                }
                lineHadText = true;
                depth++;
                touched.set(line);
                i += 2;
            } else if (depth > 0 && c == '*' && next == '/') {
                depth--;
                touched.set(line);
                lineHadText = true;
                i += 2;
            } else if (c == '\n') {
                if (depth > 0 && !lineHadText) {
                    separating.set(openedOn); // a blank line inside the boneyard: it held separate paragraphs
                }
                lineHadText = false;
                out.append('\n');
                line++;
                if (depth > 0) {
                    touched.set(line);
                }
                i++;
            } else {
                if (depth == 0) {
                    out.append(c);
                }
                lineHadText |= !Character.isWhitespace(c);
                i++;
            }
        }
        if (depth > 0) {
            throw new ScreenplayException(fileName, openedOn + 1, ScreenplayException.words("fountain.boneyardOpen"));
        }
        return out.toString();
    }

    private static String removeNotes(String text, BitSet touched) {
        int open = text.indexOf("[[");
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int line = 0;
        int lineCountedTo = 0;
        while (open >= 0) {
            int close = text.indexOf("]]", open + 2);
            if (close < 0) {
                break;
            }
            for (; lineCountedTo < open; lineCountedTo++) {
                if (text.charAt(lineCountedTo) == '\n') {
                    line++;
                }
            }
            out.append(text, copied, open);
            touched.set(line);
            for (int k = open; k < close; k++) {
                if (text.charAt(k) == '\n') {
                    out.append('\n');
                    line++;
                    touched.set(line);
                }
            }
            lineCountedTo = close;
            copied = close + 2;
            open = text.indexOf("[[", copied);
        }
        out.append(text, copied, text.length());
        return out.toString();
    }
}
