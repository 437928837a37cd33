package org.reelwright.screenplay;

import java.util.Locale;
import java.util.OptionalInt;
import org.reelwright.domain.LocalizedMessage;
import org.reelwright.domain.Phrase;

/**
 * A screenplay could not be imported. This is the only exception the readers and the importer throw for bad input:
 * the message is written for the user and always names the file, the line when one is known, and what was wrong
 * (for example {@code "pilot.fountain: line 12: the boneyard ... is never closed"}), so the UI and
 * the command line can show it as is. {@link #getMessage()} is the English text; {@link #message(Locale)} tells the
 * same in the user's language, from the bundle {@code org.reelwright.screenplay.messages}.
 */
public final class ScreenplayException extends Exception implements LocalizedMessage {

    static final String BUNDLE = "org.reelwright.screenplay.messages";

    private final String fileName;
    private final int line;
    private final transient Phrase phrase;

    /**
     * @param fileName the file as the user knows it, e.g. {@code pilot.fountain}
     * @param line the 1-based line the problem was found on, or 0 when no single line is to blame
     * @param problem what was wrong, in words a user can act on
     */
    public ScreenplayException(String fileName, int line, String problem) {
        this(fileName, line, Phrase.literal(problem));
    }

    public ScreenplayException(String fileName, String problem) {
        this(fileName, 0, problem);
    }

    /** Like the others, with the problem in words of the bundle {@code org.reelwright.screenplay.messages}. */
    public ScreenplayException(String fileName, int line, Phrase problem) {
        this(compose(fileName, line, problem), fileName, line);
    }

    public ScreenplayException(String fileName, Phrase problem) {
        this(fileName, 0, problem);
    }

    private ScreenplayException(Phrase phrase, String fileName, int line) {
        super(phrase.english());
        this.phrase = phrase;
        this.fileName = displayName(fileName);
        this.line = Math.max(0, line);
    }

    /** A phrase of the screenplay bundle. */
    /**
     * A warning of an import in the application's language: the default locale, which the window's language
     * switch and the command line's {@code --lang} set (an import runs in one language from start to end).
     */
    static String warning(String key, Object... args) {
        return words(key, args).in(java.util.Locale.getDefault());
    }

    static Phrase words(String key, Object... args) {
        return Phrase.of(BUNDLE, key, args);
    }

    /** The whole message (file, line, problem) as key and arguments. */
    @Override
    public Phrase phrase() {
        return phrase;
    }


    public String fileName() {
        return fileName;
    }

    /** The 1-based line the problem was found on, when there is one. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    static String displayName(String fileName) {
        return fileName == null || fileName.isBlank() ? "(unnamed script)" : fileName.strip();
    }

    private static Phrase compose(String fileName, int line, Phrase problem) {
        Object name = fileName == null || fileName.isBlank() ? words("script.unnamed") : fileName.strip();
        return line > 0 ? words("script.atLine", name, line, problem) : words("script.about", name, problem);
    }
}
