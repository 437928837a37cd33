package org.reelwright.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place where text on its way to the terminal is made harmless (issue 15, item 8). Titles, scene headings,
 * descriptions, file names and quoted values come from files anyone can write; a control character in them would be
 * obeyed by the terminal: ESC starts a colour, cursor or title sequence, CR overwrites the line, a C1 code (CSI)
 * does what ESC does on some terminals, and bidi overrides reorder what is shown (a "Trojan source" title). Each
 * such character is written as a visible escape instead: {@code \t}, {@code \r}, {@code \n}, or {@code \}{@code
 * uXXXX} for the rest. Every other character, Chinese included, is left as it is; a backslash stays a backslash.
 *
 * <p>The escapes are also valid JSON escapes, so the same filter on {@code --json} output keeps the JSON valid and its
 * values unchanged (Jackson already escapes C0 inside strings, and nothing else comes outside them).
 */
final class TerminalText {
    private TerminalText() {
    }

    /** One value or one message on one line: every control character escaped, line breaks too. */
    static String line(Object value) {
        return escape(String.valueOf(value), false);
    }

    /** Text of many lines (a report): line breaks kept, every other control character escaped. */
    static String lines(String text) {
        return escape(text, true);
    }

    /**
     * A writer that escapes what passes through it as {@link #lines} does: the last guard of everything the commands
     * print, whoever forgot to escape a value. A CR directly before LF (Windows' line separator,
     * written in one piece by {@code println}) is kept.
     */
    static PrintWriter guard(PrintWriter target) {
        return new PrintWriter(new Guard(target), false);
    }

    /** Whether the terminal would act on the character instead of showing it. */
    static boolean unsafe(int c) {
        return c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F // C0, DEL, C1
                || c == 0x061C || c == 0x200E || c == 0x200F // Arabic letter mark, LRM, RLM
                || c >= 0x202A && c <= 0x202E // LRE, RLE, PDF, LRO, RLO
                || c >= 0x2066 && c <= 0x2069 // LRI, RLI, FSI, PDI
                || c == 0x2028 || c == 0x2029; // line and paragraph separators
    }

    private static String escape(String text, boolean keepLineBreaks) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = !unsafe(c) || keepLineBreaks && (c == '\n'
                    || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            if (keep) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            escapeTo(b, c);
        }
        return b == null ? text : b.toString();
    }

    private static void escapeTo(StringBuilder b, char c) {
        switch (c) {
            case '\t' -> b.append("\\t");
            case '\r' -> b.append("\\r");
            case '\n' -> b.append("\\n");
            default -> b.append(String.format("\\u%04X", (int) c));
        }
    }

    /** Escapes as {@link #lines}; a CR is held back until the next character shows whether LF follows it. */
    private static final class Guard extends Writer {
        private final PrintWriter target;
        private boolean carriageReturn;

        Guard(PrintWriter target) {
            super(target);
            this.target = target;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            StringBuilder b = new StringBuilder(length + 8);
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (carriageReturn) {
                    carriageReturn = false;
                    b.append(c == '\n' ? "\r" : "\\r");
                }
                if (c == '\r') {
                    carriageReturn = true;
                } else if (c == '\n' || !unsafe(c)) {
                    b.append(c);
                } else {
                    escapeTo(b, c);
                }
            }
            target.write(b.toString());
        }

        /** A CR still held back is not followed by LF: it is written escaped. */
        @Override
        public void flush() {
            if (carriageReturn) {
                carriageReturn = false;
                target.write("\\r");
            }
            target.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** For tests: what {@link #guard} makes of text written in pieces of the given size. */
    static String guarded(String text, int piece) {
        java.io.StringWriter out = new java.io.StringWriter();
        PrintWriter writer = guard(new PrintWriter(out));
        for (int i = 0; i < text.length(); i += piece) {
            writer.write(text, i, Math.min(piece, text.length() - i));
        }
        writer.close();
        return out.toString();
    }
}
