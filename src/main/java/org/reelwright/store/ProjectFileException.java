package org.reelwright.store;

import java.util.Locale;
import org.reelwright.domain.LocalizedMessage;
import org.reelwright.domain.Phrase;

/**
 * A project file (or another data file, such as the benchmark library) could not be read or written. The message names the file and, where known, the line and column or
 * the field, and says what was wrong, so the UI and the command line can show it as is. {@link #getMessage()} is the
 * English text; {@link #message(Locale)} tells the same in the user's language (bundle
 * {@code org.reelwright.store.messages}, and the domain's words for a value the file holds that is not valid).
 */
public final class ProjectFileException extends Exception implements LocalizedMessage {
    /** The store's words for file errors: English in {@code messages.properties}, twins per language. */
    public static final String BUNDLE = "org.reelwright.store.messages";

    private final transient Phrase phrase;

    /** A message that is already words for the user; it reads the same in any locale. */
    public ProjectFileException(String message) {
        this(Phrase.literal(message), null);
    }

    public ProjectFileException(String message, Throwable cause) {
        this(Phrase.literal(message), cause);
    }

    public ProjectFileException(Phrase phrase) {
        this(phrase, null);
    }

    public ProjectFileException(Phrase phrase, Throwable cause) {
        super(phrase.english(), cause);
        this.phrase = phrase;
    }

    /** A phrase of {@link #BUNDLE}. */
    public static Phrase words(String key, Object... args) {
        return Phrase.of(BUNDLE, key, args);
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }

}
