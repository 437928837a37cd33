package org.reelwright.store;

import org.reelwright.domain.LocalizedMessage;
import org.reelwright.domain.Phrase;

/**
 * The workspace could not do what was asked. The message says what happened and what to do, in words a user can
 * act on ("The disk is full; free some space — your last edit was not saved and is still on screen."). Nothing
 * that was stored before is lost when this is thrown.
 */
public class WorkspaceException extends Exception implements LocalizedMessage {
    private final transient Phrase phrase;

    /** A message that is already words for the user; it reads the same in any locale. */
    public WorkspaceException(String message) {
        this(Phrase.literal(message), null);
    }

    public WorkspaceException(String message, Throwable cause) {
        this(Phrase.literal(message), cause);
    }

    /**
     * A message told in the user's language ({@link #message(java.util.Locale)}); {@link #getMessage()} is the
     * English text. The cause (SQLite's, the file system's) stays attached for logs and never shows in the words.
     */
    public WorkspaceException(Phrase phrase, Throwable cause) {
        super(phrase.english(), cause);
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
