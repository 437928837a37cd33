package org.reelwright.screenplay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reelwright.domain.InputLimits;

/**
 * Reads Fountain (fountain.io, version 1.1) into printing elements. The whole syntax is understood: title page
 * (values on the key's line or on the lines below it, indented or not), scene headings (INT, EXT, EST, INT./EXT,
 * INT/EXT, I/E, any case, followed by a dot or a space; or forced with one leading dot), scene numbers
 * {@code #12A#}, action (forced with {@code !}), character cues (all capitals before any extension, forced with
 * {@code @}, dual dialogue with a trailing {@code ^}), dialogue, parentheticals, transitions (capitals ending in
 * {@code TO:}, or forced with {@code >}), centred text {@code > ... <}, lyrics {@code ~}, page breaks {@code ===},
 * emphasis and escapes. Notes, boneyard, sections and synopses are dropped and never become content.
 *
 * <p>Where the spec asks for blank lines, this reader follows it with two deliberate leniencies, both so that no
 * scene is lost from a carelessly typed file: a scene heading needs a blank line before it (a heading-like line
 * inside a paragraph stays action) but not after it, and a transition needs a blank line before it but not after.
 * A character cue needs a blank line before it and a non-blank line after it; an all-capitals line followed by a
 * blank line is action. A line of two or more spaces is an intentionally empty line inside action or dialogue.
 */
public final class FountainReader {

    /** A feature script has about 10,000 lines; more than this many means the file is not a screenplay. */
    static final int MAX_LINES = InputLimits.FOUNTAIN_LINES;

    private static final Pattern HEADING_PREFIX = Pattern.compile(
            "^(?:INT\\.?/EXT|EXT\\.?/INT|INT/EXT|I/E|INT|EXT|EST)(?:\\.|\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_KEY = Pattern.compile("^(\\p{L}[\\p{L}\\p{N} _.\\-]{0,39}):(.*)$");
    private static final Set<String> KNOWN_TITLE_KEYS = Set.of("title", "credit", "author", "authors", "source",
            "draft date", "date", "contact", "contact info", "copyright", "notes", "revision", "episode");
    private static final Pattern PAGE_BREAK = Pattern.compile("^={3,}$");
    private static final int TAB_WIDTH = 4;

    /**
     * @param text the decoded script; line ends may be LF, CRLF or CR, mixed
     * @param fileName the name used in messages
     * @throws ScreenplayException for an unterminated boneyard or a file far too long to be a script
     */
    public ParsedScript read(String text, String fileName) throws ScreenplayException {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        // A line break ends a line; text after the last break is one more line (a file of n lines ending in a
        // break has n breaks, not n + 1 lines).
        long breaks = normalised.chars().filter(c -> c == '\n').count();
        long lineCount = breaks + (normalised.isEmpty() || normalised.endsWith("\n") ? 0 : 1);
        if (lineCount > MAX_LINES) {
            throw new ScreenplayException(fileName, ScreenplayException.words("fountain.tooManyLines", lineCount, MAX_LINES));
        }
        String[] lines = FountainComments.strip(normalised, fileName);
        return new Parse(lines).run();
    }

    /** One reading of one file; holds the state of the line-by-line walk. */
    private static final class Parse {
        private final String[] lines;
        private final List<ScriptElement> elements = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private ElementKind paragraphKind;
        private StringBuilder paragraph;
        private int paragraphLine;
        /** True from a character cue to the next blank line: lines read there are dialogue or parentheticals. */
        private boolean inSpeech;

        Parse(String[] lines) {
            this.lines = lines;
        }

        ParsedScript run() {
            int n = skipBlank(0);
            Map<String, String> titlePage = new LinkedHashMap<>();
            if (n < lines.length && startsTitlePage(lines[n])) {
                n = readTitlePage(n, titlePage);
            }
            readBody(n);
            String author = titlePage.getOrDefault("author", titlePage.getOrDefault("authors", ""));
            String draftDate = titlePage.getOrDefault("draft date", titlePage.getOrDefault("date", ""));
            return new ParsedScript(titlePage.getOrDefault("title", ""), elements, warnings, author, draftDate);
        }

        private int skipBlank(int from) {
            int n = from;
            while (n < lines.length && (lines[n] == null || isBlank(lines[n]))) {
                n++;
            }
            return n;
        }

        private static boolean isBlank(String line) {
            return line.isBlank() && !FountainComments.isDeliberatelyEmpty(line);
        }

        private static boolean startsTitlePage(String line) {
            Matcher m = TITLE_KEY.matcher(line);
            if (!m.matches()) {
                return false;
            }
            String key = m.group(1).strip();
            // "FADE IN:" or "CUT TO:" opening a script is not a title page; real keys are written in mixed case.
            return KNOWN_TITLE_KEYS.contains(key.toLowerCase(Locale.ROOT)) || !key.equals(key.toUpperCase(Locale.ROOT));
        }

        /** Reads keys and values up to the first blank line; returns the index of the line after the title page. */
        private int readTitlePage(int from, Map<String, String> titlePage) {
            int n = from;
            String key = null;
            for (; n < lines.length; n++) {
                String line = lines[n];
                if (line == null) {
                    continue;
                }
                if (isBlank(line)) {
                    break;
                }
                Matcher m = TITLE_KEY.matcher(line);
                String value;
                if (!Character.isWhitespace(line.charAt(0)) && m.matches()) {
                    key = m.group(1).strip().toLowerCase(Locale.ROOT);
                    value = m.group(2);
                } else {
                    value = line;
                }
                value = EmphasisMarkers.strip(value.strip());
                if (key != null && !value.isEmpty()) {
                    titlePage.merge(key, value, (a, b) -> a + " " + b);
                }
            }
            return n;
        }

        private void readBody(int from) {
            boolean previousBlank = true;
            for (int n = from; n < lines.length; n++) {
                String raw = lines[n];
                if (raw == null) {
                    continue;
                }
                int lineNumber = n + 1;
                if (isBlank(raw)) {
                    flush();
                    inSpeech = false;
                    previousBlank = true;
                    continue;
                }
                boolean deliberatelyEmpty = FountainComments.isDeliberatelyEmpty(raw);
                String t = raw.strip();
                if (inSpeech) {
                    if (!deliberatelyEmpty && t.startsWith("(") && t.endsWith(")")) {
                        flush();
                        emit(ElementKind.PARENTHETICAL, printed(t), lineNumber);
                    } else {
                        String spoken = t.startsWith("~") ? t.substring(1).strip() : t;
                        append(ElementKind.DIALOGUE, deliberatelyEmpty ? "" : printed(spoken), lineNumber);
                    }
                    previousBlank = false;
                    continue;
                }
                if (deliberatelyEmpty) {
                    append(ElementKind.ACTION, "", lineNumber);
                    previousBlank = false;
                    continue;
                }
                boolean nextBlank = nextIsBlank(n);
                if (PAGE_BREAK.matcher(t).matches()) {
                    flush();
                    emit(ElementKind.PAGE_BREAK, "", lineNumber);
                    previousBlank = true;
                    continue;
                }
                if (t.startsWith("#") || t.startsWith("=")) {
                    // Sections and synopses outline the story for the writer; they never print.
                    flush();
                    continue;
                }
                classify(raw, t, lineNumber, previousBlank, nextBlank);
                previousBlank = false;
            }
            flush();
        }

        /** Handles one line outside dialogue. */
        private void classify(String raw, String t, int lineNumber, boolean previousBlank, boolean nextBlank) {
            if (t.startsWith("!")) {
                int bang = raw.indexOf('!');
                append(ElementKind.ACTION, printed(actionText(raw.substring(0, bang) + raw.substring(bang + 1))),
                        lineNumber);
                return;
            }
            if (t.startsWith("~")) {
                append(ElementKind.LYRIC, printed(t.substring(1).strip()), lineNumber);
                return;
            }
            if (t.startsWith(">") && t.endsWith("<") && t.length() >= 2) {
                append(ElementKind.CENTERED, printed(t.substring(1, t.length() - 1).strip()), lineNumber);
                return;
            }
            if (t.startsWith(">")) {
                flush();
                emit(ElementKind.TRANSITION, printed(t.substring(1).strip()), lineNumber);
                return;
            }
            if (previousBlank && isForcedHeading(t)) {
                heading(t.substring(1), lineNumber);
                return;
            }
            if (previousBlank && HEADING_PREFIX.matcher(t).find()) {
                heading(t, lineNumber);
                return;
            }
            if (previousBlank && isTransition(t)) {
                flush();
                emit(ElementKind.TRANSITION, printed(t), lineNumber);
                return;
            }
            if (previousBlank && t.startsWith("@") && t.length() > 1) {
                cue(t.substring(1), lineNumber);
                return;
            }
            if (previousBlank && !nextBlank && isCharacterCue(t)) {
                cue(t, lineNumber);
                return;
            }
            append(ElementKind.ACTION, printed(actionText(raw)), lineNumber);
        }

        private static boolean isForcedHeading(String t) {
            return t.length() > 1 && t.charAt(0) == '.' && t.charAt(1) != '.' && !t.substring(1).isBlank();
        }

        private static boolean isTransition(String t) {
            return t.endsWith("TO:") && hasNoLowerCase(t);
        }

        /**
         * A cue is capitals (at least one upper-case letter, no lower-case one) up to its first extension, which
         * may be written in any case: {@code HANS (on the radio)}. Scripts without letter case, such as Chinese,
         * force their cues with {@code @}.
         */
        static boolean isCharacterCue(String t) {
            String cue = t.endsWith("^") ? t.substring(0, t.length() - 1).strip() : t;
            int paren = cue.indexOf('(');
            String name = paren < 0 ? cue : cue.substring(0, paren);
            if (name.isBlank() || name.endsWith("TO:")) {
                return false;
            }
            boolean upper = false;
            for (int i = 0; i < name.length(); ) {
                int cp = name.codePointAt(i);
                if (Character.isLowerCase(cp)) {
                    return false;
                }
                upper |= Character.isUpperCase(cp);
                i += Character.charCount(cp);
            }
            return upper;
        }

        private static boolean hasNoLowerCase(String t) {
            return t.codePoints().noneMatch(Character::isLowerCase);
        }

        private void heading(String text, int lineNumber) {
            flush();
            String t = text.strip();
            String number = "";
            if (t.endsWith("#")) {
                int open = t.lastIndexOf('#', t.length() - 2);
                if (open >= 0) {
                    number = t.substring(open + 1, t.length() - 1).strip();
                    t = t.substring(0, open).strip();
                    if (!SceneNumbers.isValid(number)) {
                        warnings.add(ScreenplayException.warning("warning.fountainSceneNumber", lineNumber,
                                InputLimits.quote(number),
                                SceneNumbers.MAX_LENGTH));
                        number = "";
                    }
                }
            }
            elements.add(ScriptElement.heading(printed(t), lineNumber, number, StoredSceneProperties.NONE));
        }

        private void cue(String text, int lineNumber) {
            flush();
            String t = text.strip();
            boolean dual = t.endsWith("^");
            if (dual) {
                t = t.substring(0, t.length() - 1).strip();
            }
            elements.add(ScriptElement.character(printed(t), lineNumber, dual));
            inSpeech = true;
        }

        private boolean nextIsBlank(int n) {
            for (int m = n + 1; m < lines.length; m++) {
                if (lines[m] != null) {
                    return isBlank(lines[m]);
                }
            }
            return true;
        }

        /** Action keeps its indentation (tabs count as four spaces) but not trailing white space. */
        private static String actionText(String raw) {
            return raw.replace("\t", " ".repeat(TAB_WIDTH)).stripTrailing();
        }

        private static String printed(String text) {
            return EmphasisMarkers.strip(text);
        }

        private void append(ElementKind kind, String text, int lineNumber) {
            if (paragraph != null && paragraphKind == kind) {
                paragraph.append('\n').append(text);
                return;
            }
            flush();
            paragraphKind = kind;
            paragraph = new StringBuilder(text);
            paragraphLine = lineNumber;
        }

        private void emit(ElementKind kind, String text, int lineNumber) {
            elements.add(ScriptElement.of(kind, text, lineNumber));
        }

        private void flush() {
            if (paragraph != null) {
                elements.add(ScriptElement.of(paragraphKind, paragraph.toString(), paragraphLine));
            }
            paragraph = null;
            paragraphKind = null;
        }
    }
}
