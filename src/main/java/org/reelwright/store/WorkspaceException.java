package org.reelwright.store;

/**
 * The workspace could not do what was asked. The message says what happened and what to do, in words a user can
 * act on ("The disk is full; free some space — your last edit was not saved and is still on screen."). Nothing
 * that was stored before is lost when this is thrown.
 */
public class WorkspaceException extends Exception {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
