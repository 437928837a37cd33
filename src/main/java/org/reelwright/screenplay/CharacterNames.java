package org.reelwright.screenplay;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a character cue into the character's name as a breakdown lists it, without extensions: as spelled when it
 * has capitals (a cue forced with {@code @} keeps the mixed case of {@code McCLANE}, as the Fountain spec says;
 * Final Draft cues arrive upper-cased by {@link FdxReader}, since Final Draft prints them so), upper-cased when it
 * has none. A cue
 * is a name followed by optional extensions, so everything from the first opening bracket on is dropped
 * ({@code EDWARD (V.O.)(CONT'D)}, Final Draft's {@code edward (v.O.)}, {@code 角色2 （画外音）}), and so are the
 * bare extensions {@code V.O.}, {@code O.S.}, {@code O.C.} and {@code CONT'D} written without brackets. Names longer
 * than the domain allows are cut at {@value #MAX_LENGTH} characters.
 */
final class CharacterNames {

    static final int MAX_LENGTH = 120;

    private static final Pattern BARE_EXTENSION = Pattern.compile("(\\s+(V\\.O\\.|O\\.S\\.|O\\.C\\.|CONT['’]D\\.?))+$",
            Pattern.CASE_INSENSITIVE);

    private CharacterNames() {
    }

    /** A name read from a cue; {@code cut} when it was longer than the domain allows. */
    record Name(String value, boolean cut) {
    }

    /** Extensions that say a character is heard, not seen: voice-over, off-screen, off-camera, phone, radio. */
    private static final Pattern VOICE = Pattern.compile("[(（\\[]\\s*(?<mark>V\\.\\s?O\\.?|O\\.\\s?S\\.?|O\\.\\s?C\\.?|"
            + "VOICE[- ]?OVER|OFF[- ]?SCREEN|ON (?:THE )?PHONE|OVER (?:THE )?PHONE|PHONE|RADIO|FILTERED|画外音|画外|旁白|"
            + "电话里|电话中|电话)\\s*[)）\\]]|\\s(?<bare>V\\.O\\.|O\\.S\\.|O\\.C\\.)(?:\\s|$)", Pattern.CASE_INSENSITIVE);

    /** The voice extension of a cue, normalised (V.O., O.S., PHONE, 画外音…), or empty for a cue seen on screen. */
    static Optional<String> voiceMark(String cue) {
        Matcher m = VOICE.matcher(cue);
        if (!m.find()) {
            return Optional.empty();
        }
        String mark = (m.group("mark") != null ? m.group("mark") : m.group("bare")).toUpperCase(Locale.ROOT);
        if (mark.matches("[VO]\\.\\s?[OSC]\\.?")) { // V. O. → V.O.
            mark = mark.replace(" ", "");
            mark = mark.endsWith(".") ? mark : mark + ".";
        }
        return Optional.of(mark);
    }

    /** True for a scene's character kept with a voice mark ({@link #withVoiceMark}): heard there, not seen. */
    static boolean isVoiceRole(String character) {
        return character.endsWith(")") && voiceMark(character).isPresent();
    }

    /** {@code NAME (V.O.)} for a voice role, the name itself otherwise; never longer than a name may be. */
    static String withVoiceMark(String name, String mark) {
        if (mark == null) {
            return name;
        }
        String marked = name + " (" + mark + ")";
        return marked.length() <= MAX_LENGTH ? marked : name;
    }

    /** The name in a cue, or empty when the cue holds no name (only an extension, say). */
    static Optional<Name> fromCue(String cue) {
        String name = cue;
        int cutAt = name.length();
        for (char open : new char[] {'(', '（', '['}) {
            int at = name.indexOf(open);
            if (at >= 0 && at < cutAt) {
                cutAt = at;
            }
        }
        name = name.substring(0, cutAt).replaceAll("\\s+", " ").strip();
        if (name.codePoints().noneMatch(Character::isUpperCase)) {
            name = name.toUpperCase(Locale.ROOT);
        }
        name = BARE_EXTENSION.matcher(name).replaceFirst("").strip();
        if (name.endsWith("^")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.length() <= MAX_LENGTH) {
            return Optional.of(new Name(name, false));
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return Optional.of(new Name(name.substring(0, end).strip(), true));
    }
}
