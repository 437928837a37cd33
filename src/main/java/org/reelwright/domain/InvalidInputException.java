package org.reelwright.domain;

import java.util.Locale;

/**
 * Thrown when a value cannot be built from the input given. The message is written for the user: it names the
 * subject (e.g. {@code Shot 12A}), the field, what is allowed and what was given, so it can be shown as is.
 * {@link #getMessage()} is the English text; {@link #message(Locale)} tells the same in the user's language, from the
 * bundle {@code org.reelwright.domain.messages} (or the bundle of the package that threw it).
 */
public final class InvalidInputException extends IllegalArgumentException implements LocalizedMessage {
    private final String field;
    private final transient Phrase phrase;

    /** A message that is already words for the user (e.g. translated by the UI); it reads the same in any locale. */
    public InvalidInputException(String field, String message) {
        this(field, Phrase.literal(message));
    }

    public InvalidInputException(String field, Phrase phrase) {
        super(phrase.english());
        this.field = field;
        this.phrase = phrase;
    }

    /** The field the message is about, e.g. {@code durationSeconds}, for forms that mark the offending input. */
    public String field() {
        return field;
    }

    /** The message as key and arguments, to be told in a language or nested in another message. */
    @Override
    public Phrase phrase() {
        return phrase;
    }

}
