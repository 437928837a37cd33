package org.reelwright.domain;

import java.util.Locale;

/**
 * A failure that can tell its message in the user's language (validation, project files, screenplay import), so the
 * window and the command line show it in that language without knowing which layer threw it. {@code getMessage()}
 * stays the English text.
 */
public interface LocalizedMessage {
    /** The message as key and arguments, to be told in a language or nested in another message. */
    Phrase phrase();

    /** The message in {@code locale}'s language; English where there is no translation. */
    default String message(Locale locale) {
        return phrase().in(locale);
    }
}
