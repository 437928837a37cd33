package org.reelwright.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a rule's {@link Citation} names the speaker an article really gives for the cited statement. The
 * article is split into paragraphs at blank (or whitespace-only) lines, counted from 1; the citation's anchor locates
 * the statement in its paragraph. A named speaker is confirmed when
 * <ul>
 * <li>the sentence holding the anchor names them, or</li>
 * <li>the anchor is inside a quotation whose lead-in or trailing attribution names them, or</li>
 * <li>the sentence (or the quotation's lead-in) reports through a pronoun ("he noted", "her studio") and the nearest
 * name before it, among the people and studios the library cites, is theirs, within two paragraphs, or</li>
 * <li>the article is an interview with them and the paragraph belongs to a first-person answer.</li>
 * </ul>
 * "narration" is confirmed when the anchor is outside every quotation and its sentence reports nobody's words.
 */
final class ArticleAttribution {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n(?:[ \\t\\u00a0]*\\n)+");
    private static final Pattern REPORTING = Pattern.compile("\\b(said|says|say|noted|notes|stated|states|related"
            + "|relates|added|adds|explained|explains|offers|offered|told|according to|suggesting|believes)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|his|her|him)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|my|me|I’m|I've|I’ve)\\b");

    private final List<String> paragraphs;
    private final Collection<String> knownNames;

    /**
     * @param text the article
     * @param knownNames every person or studio the library quotes (used to find the nearest name before a pronoun)
     */
    ArticleAttribution(String text, Collection<String> knownNames) {
        String normal = text.replace("\r\n", "\n");
        List<String> parts = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(normal)) {
            if (!p.isBlank()) {
                parts.add(p);
            }
        }
        this.paragraphs = parts;
        this.knownNames = List.copyOf(knownNames);
    }

    static ArticleAttribution read(Path file, Collection<String> knownNames) throws IOException {
        return new ArticleAttribution(Files.readString(file, StandardCharsets.UTF_8), knownNames);
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    /** Empty when the citation holds; otherwise why not, for the failure message. */
    Optional<String> problem(Citation c) {
        if (c.paragraph() > paragraphs.size()) {
            return Optional.of("the article has only " + paragraphs.size() + " paragraphs, not " + c.paragraph());
        }
        String para = paragraphs.get(c.paragraph() - 1);
        int at = para.toLowerCase(Locale.ROOT).indexOf(c.anchor().toLowerCase(Locale.ROOT));
        if (at < 0) {
            return Optional.of("paragraph " + c.paragraph() + " does not contain \"" + c.anchor() + "\"");
        }
        int quoteStart = openQuoteBefore(para, at);
        String sentence = sentenceAround(para, at);
        if (c.isNarration()) {
            if (quoteStart >= 0) {
                return Optional.of("\"" + c.anchor() + "\" is inside a quotation, not the article's narration");
            }
            if (REPORTING.matcher(sentence).find()) {
                return Optional.of("the sentence with \"" + c.anchor() + "\" reports someone's words: " + sentence);
            }
            return Optional.empty();
        }
        if (names(sentence, c.speaker())) {
            return Optional.empty();
        }
        String leadIn = "";
        if (quoteStart >= 0) {
            leadIn = sentenceBefore(para, quoteStart);
            if (names(leadIn, c.speaker()) || names(tailAfterQuote(para, at), c.speaker())) {
                return Optional.empty();
            }
        }
        boolean pronounReport = PRONOUN.matcher(sentence).find() || PRONOUN.matcher(leadIn).find();
        if (pronounReport && c.speaker().equals(nearestNameBefore(c.paragraph() - 1, at))) {
            return Optional.empty();
        }
        if (quoteStart < 0 && interviewWith(c.speaker()) && firstPersonAnswer(c.paragraph() - 1)) {
            return Optional.empty();
        }
        return Optional.of("nothing in paragraph " + c.paragraph() + " attributes \"" + c.anchor() + "\" to "
                + c.speaker() + (quoteStart < 0 ? " (it is outside any quotation): " : ": ") + sentence.strip());
    }

    /** True when the text names the speaker: the full name (any case) or a capitalised part of four letters or more. */
    static boolean names(String text, String speaker) {
        if (text.toLowerCase(Locale.ROOT).contains(speaker.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return nameParts(speaker).stream()
                .anyMatch(t -> Pattern.compile("\\b" + Pattern.quote(t) + "\\b").matcher(text).find());
    }

    /**
     * The parts of a person's name that identify them alone: parts of four letters or more ("Carpenter", "Baoyu",
     * "Bingliang"). A studio or company (three words or more) is only recognised by its full name, since its parts
     * ("Hong", "Studio") are ordinary words elsewhere.
     */
    private static List<String> nameParts(String name) {
        String[] parts = name.split("\\s+");
        return parts.length > 2 ? List.of() : Arrays.stream(parts).filter(t -> t.length() >= 4).toList();
    }

    /** The position of the opening mark of the quotation holding {@code at}, or -1 when it is not quoted. */
    private static int openQuoteBefore(String para, int at) {
        int open = -1;
        boolean straightOpen = false;
        int straightAt = -1;
        for (int i = 0; i < at; i++) {
            char ch = para.charAt(i);
            if (ch == '\u201c') {
                open = i;
            } else if (ch == '\u201d') {
                open = -1;
            } else if (ch == '"') {
                straightOpen = !straightOpen;
                straightAt = straightOpen ? i : -1;
            }
        }
        return open >= 0 ? open : straightOpen ? straightAt : -1;
    }

    private static boolean boundary(String s, int i) {
        char ch = s.charAt(i);
        if (ch == '\n') {
            return true;
        }
        return (ch == '.' || ch == '?' || ch == '!') && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }

    private static String sentenceAround(String s, int at) {
        int start = at;
        while (start > 0 && !boundary(s, start - 1)) {
            start--;
        }
        int end = at;
        while (end < s.length() && !boundary(s, end)) {
            end++;
        }
        return s.substring(start, Math.min(s.length(), end + 1));
    }

    /** The sentence that introduces a quotation: from the last sentence end before the mark up to the mark. */
    private static String sentenceBefore(String s, int quote) {
        int start = quote;
        while (start > 0 && !boundary(s, start - 1)) {
            start--;
        }
        return s.substring(start, quote);
    }

    /** What follows the quotation's closing mark up to the end of the line ("—Bingliang Li, Writer…"). */
    private static String tailAfterQuote(String s, int at) {
        int close = s.indexOf('\u201d', at);
        if (close < 0) {
            return "";
        }
        int end = s.indexOf('\n', close);
        return s.substring(close + 1, end < 0 ? s.length() : end);
    }

    /** The last known name before position {@code at} of paragraph {@code index}, looking back two paragraphs. */
    private String nearestNameBefore(int index, int at) {
        for (int p = index; p >= Math.max(0, index - 2); p--) {
            String text = p == index ? paragraphs.get(p).substring(0, at) : paragraphs.get(p);
            String best = null;
            int bestAt = -1;
            for (String name : knownNames) {
                int pos = lastMention(text, name);
                if (pos > bestAt) {
                    bestAt = pos;
                    best = name;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static int lastMention(String text, String name) {
        int last = text.toLowerCase(Locale.ROOT).lastIndexOf(name.toLowerCase(Locale.ROOT));
        for (String t : nameParts(name)) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(t) + "\\b").matcher(text);
            while (m.find()) {
                last = Math.max(last, m.start());
            }
        }
        return last;
    }

    /** The article opens as an interview with the speaker (its first three paragraphs say so and name them). */
    private boolean interviewWith(String speaker) {
        String head = String.join("\n", paragraphs.subList(0, Math.min(3, paragraphs.size())));
        return head.toLowerCase(Locale.ROOT).contains("interview") && names(head, speaker);
    }

    /** The paragraph is part of an answer (after a question, before the next) that speaks in the first person. */
    private boolean firstPersonAnswer(int index) {
        if (paragraphs.get(index).contains("?")) {
            return false;
        }
        int from = index;
        while (from > 0 && !paragraphs.get(from - 1).contains("?")) {
            from--;
        }
        if (from == 0) {
            return false;
        }
        int to = index;
        while (to + 1 < paragraphs.size() && !paragraphs.get(to + 1).contains("?")) {
            to++;
        }
        return FIRST_PERSON.matcher(String.join("\n", paragraphs.subList(from, to + 1))).find();
    }
}
