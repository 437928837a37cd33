package org.reelwright.store;

/**
 * A project file (or another data file, such as the benchmark library) could not be read or written. The message names the file and, where known, the line and column or
 * the field, and says what was wrong, so the UI and the command line can show it as is.
 */
public final class ProjectFileException extends Exception {
    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
