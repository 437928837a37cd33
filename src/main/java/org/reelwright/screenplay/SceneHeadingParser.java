package org.reelwright.screenplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.TimeOfDay;

/**
 * Splits a scene heading's text into interior/exterior, location and time of day.
 *
 * <ul>
 * <li><b>Interior or exterior</b> comes from the prefix: INT → INT; EXT and EST → EXT; INT./EXT, INT/EXT, EXT/INT,
 * I/E → INT_EXT (any case, with or without the dot). Chinese prefixes 内景/内, 外景/外 and 内外景 are read the same
 * way. A heading without a prefix (a forced {@code .FLASHBACK - 1973}, or Final Draft's {@code A RIVER.}) states
 * neither, and is read as {@link IntExt#NONE}: guessing INT, or the previous scene's value, would put a flashback or
 * a montage on a set it may not be on.</li>
 * <li><b>Time of day</b> is the part after the last separator ({@code -}, {@code --}, an en or em dash, or a comma)
 * when that part names a time: DAY, MORNING, AFTERNOON, NOON → DAY; NIGHT, MIDNIGHT → NIGHT; DAWN, SUNRISE → DAWN;
 * DUSK, SUNSET, EVENING, TWILIGHT → DUSK; CONTINUOUS, CONTINUED, SAME → CONTINUOUS; LATER, MOMENTS LATER and the like
 * → UNSPECIFIED; and the Chinese words for these (日, 夜, 清晨, 黄昏, ...). The first such word wins
 * ({@code LATER THAT EVENING} is DUSK). When the part names no time ({@code HOUSE - KITCHEN}) it stays in the
 * location and the time is UNSPECIFIED.</li>
 * <li><b>Location</b> is the rest, upper-cased as a heading prints. Bracketed qualifiers after the time that are not
 * times themselves, such as {@code (1973)} or {@code [闪回]}, are kept at the end of the location so that
 * flashbacks and periods stay visible. An empty location becomes {@value #UNKNOWN_LOCATION}; one longer than the
 * domain allows is cut at {@value #MAX_LOCATION} characters.</li>
 * </ul>
 */
final class SceneHeadingParser {

    static final String UNKNOWN_LOCATION = "UNKNOWN LOCATION";
    static final int MAX_LOCATION = 200;
    /** A time part longer than this is a location with a time-like word in it ({@code SCHOOL - DAY CARE ROOM}). */
    private static final int MAX_TIME_WORDS = 5;

    private static final Pattern PREFIX = Pattern.compile(
            "^(INT\\.?\\s?/\\s?EXT|EXT\\.?\\s?/\\s?INT|I/E|E/I|INT|EXT|EST|内外景|内/外景|外/内景|内景|外景|内|外)"
                    + "(?:[.。:：\\s]+|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile(" -{1,2} | ?[—–] ?| ?[,，] ?");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}']+");

    private static final Map<String, TimeOfDay> ENGLISH_TIMES = Map.ofEntries(
            Map.entry("DAY", TimeOfDay.DAY), Map.entry("DAYTIME", TimeOfDay.DAY), Map.entry("MORNING", TimeOfDay.DAY),
            Map.entry("AFTERNOON", TimeOfDay.DAY), Map.entry("NOON", TimeOfDay.DAY),
            Map.entry("MIDDAY", TimeOfDay.DAY),
            Map.entry("NIGHT", TimeOfDay.NIGHT), Map.entry("NIGHTTIME", TimeOfDay.NIGHT),
            Map.entry("MIDNIGHT", TimeOfDay.NIGHT),
            Map.entry("DAWN", TimeOfDay.DAWN), Map.entry("SUNRISE", TimeOfDay.DAWN),
            Map.entry("DAYBREAK", TimeOfDay.DAWN),
            Map.entry("DUSK", TimeOfDay.DUSK), Map.entry("SUNSET", TimeOfDay.DUSK), Map.entry("EVENING", TimeOfDay.DUSK),
            Map.entry("TWILIGHT", TimeOfDay.DUSK),
            Map.entry("CONTINUOUS", TimeOfDay.CONTINUOUS), Map.entry("CONTINUED", TimeOfDay.CONTINUOUS),
            Map.entry("CONT'D", TimeOfDay.CONTINUOUS), Map.entry("SAME", TimeOfDay.CONTINUOUS),
            Map.entry("LATER", TimeOfDay.UNSPECIFIED), Map.entry("MOMENTS", TimeOfDay.UNSPECIFIED),
            Map.entry("MOMENT", TimeOfDay.UNSPECIFIED));

    /** Checked in this order, so that 傍晚 (dusk) is not taken for 晚 (night) nor 清晨 (dawn) for 晨. */
    private static final List<Map.Entry<String, TimeOfDay>> CHINESE_TIMES = List.of(
            Map.entry("清晨", TimeOfDay.DAWN), Map.entry("黎明", TimeOfDay.DAWN), Map.entry("拂晓", TimeOfDay.DAWN),
            Map.entry("凌晨", TimeOfDay.DAWN), Map.entry("破晓", TimeOfDay.DAWN),
            Map.entry("黄昏", TimeOfDay.DUSK), Map.entry("傍晚", TimeOfDay.DUSK), Map.entry("日落", TimeOfDay.DUSK),
            Map.entry("夜", TimeOfDay.NIGHT), Map.entry("晚", TimeOfDay.NIGHT),
            Map.entry("连续", TimeOfDay.CONTINUOUS), Map.entry("同时", TimeOfDay.CONTINUOUS),
            Map.entry("日", TimeOfDay.DAY), Map.entry("白天", TimeOfDay.DAY), Map.entry("早", TimeOfDay.DAY),
            Map.entry("午", TimeOfDay.DAY), Map.entry("晨", TimeOfDay.DAY),
            Map.entry("稍后", TimeOfDay.UNSPECIFIED));

    private SceneHeadingParser() {
    }

    /**
     * @param intExtStated false when the heading had no INT/EXT prefix (its intExt is {@link IntExt#NONE})
     * @param locationCut true when the location was longer than the domain allows and was cut
     */
    record Result(SceneHeading heading, boolean intExtStated, boolean locationCut) {
    }

    /** @param text the heading as printed, without a forcing dot or scene number */
    static Result parse(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        IntExt intExt = IntExt.NONE;
        boolean stated = false;
        Matcher prefix = PREFIX.matcher(s);
        if (prefix.find()) {
            intExt = intExtOf(prefix.group(1));
            stated = true;
            s = s.substring(prefix.end()).strip();
        }
        String location = s;
        TimeOfDay time = TimeOfDay.UNSPECIFIED;
        int lastStart = -1;
        int lastEnd = -1;
        Matcher separator = SEPARATOR.matcher(s);
        while (separator.find()) {
            lastStart = separator.start();
            lastEnd = separator.end();
        }
        if (lastStart >= 0) {
            Tail tail = Tail.of(s.substring(lastEnd));
            Optional<TimeOfDay> named = timeNamedBy(tail.main());
            if (named.isPresent()) {
                time = named.get();
                location = s.substring(0, lastStart).strip();
                for (String qualifier : tail.qualifiers()) {
                    if (timeNamedBy(qualifier).isEmpty()) {
                        location = location + " " + qualifier;
                    }
                }
            }
        }
        location = location.toUpperCase(Locale.ROOT).strip();
        boolean cut = false;
        if (location.isEmpty()) {
            location = UNKNOWN_LOCATION;
        } else if (location.length() > MAX_LOCATION) {
            location = cut(location, MAX_LOCATION);
            cut = true;
        }
        return new Result(new SceneHeading(intExt, location, time), stated, cut);
    }

    private static IntExt intExtOf(String prefix) {
        String p = prefix.toUpperCase(Locale.ROOT).replace(" ", "");
        if (p.contains("/")) {
            return IntExt.INT_EXT;
        }
        if (p.startsWith("内外")) {
            return IntExt.INT_EXT;
        }
        if (p.startsWith("INT") || p.startsWith("内")) {
            return IntExt.INT;
        }
        return IntExt.EXT;
    }

    /** The time a phrase names, or empty when it names none. */
    static Optional<TimeOfDay> timeNamedBy(String phrase) {
        String upper = phrase.toUpperCase(Locale.ROOT).replace('’', '\'');
        String[] words = WORD_BREAK.split(upper.strip());
        int wordCount = 0;
        TimeOfDay vague = null;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            wordCount++;
            TimeOfDay time = ENGLISH_TIMES.get(word);
            if (time == null) {
                continue;
            }
            if (time != TimeOfDay.UNSPECIFIED) {
                return wordCount <= MAX_TIME_WORDS && words.length <= MAX_TIME_WORDS ? Optional.of(time)
                        : Optional.empty();
            }
            vague = time;
        }
        if (vague != null && words.length <= MAX_TIME_WORDS) {
            return Optional.of(vague);
        }
        if (upper.length() <= 12) {
            for (Map.Entry<String, TimeOfDay> entry : CHINESE_TIMES) {
                if (upper.contains(entry.getKey())) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static String cut(String text, int max) {
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }

    /** The part after the last separator: its words, and the bracketed qualifiers set apart from them. */
    private record Tail(String main, List<String> qualifiers) {

        static Tail of(String text) {
            StringBuilder main = new StringBuilder();
            List<String> qualifiers = new ArrayList<>();
            // Once a closing bracket is known to be missing, later searches for it are skipped: linear time.
            StringBuilder missing = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                char close = closing(c);
                int end = close == 0 || missing.indexOf(String.valueOf(close)) >= 0 ? -1 : text.indexOf(close, i + 1);
                if (close != 0 && end < 0) {
                    missing.append(close);
                }
                if (end > i) {
                    qualifiers.add(text.substring(i, end + 1));
                    i = end + 1;
                } else {
                    main.append(c);
                    i++;
                }
            }
            return new Tail(main.toString().strip(), qualifiers);
        }

        private static char closing(char open) {
            return switch (open) {
                case '(' -> ')';
                case '[' -> ']';
                case '（' -> '）';
                case '【' -> '】';
                default -> 0;
            };
        }
    }
}
