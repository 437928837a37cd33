package org.reelwright.screenplay;

import java.util.OptionalInt;

/**
 * A screenplay could not be imported. This is the only exception the readers and the importer throw for bad input:
 * the message is written for the user and always names the file, the line when one is known, and what was wrong
 * (for example {@code "pilot.fountain: line 12: the boneyard ... is never closed"}), so the UI and
 * the command line can show it as is.
 */
public final class ScreenplayException extends Exception {

    private final String fileName;
    private final int line;

    /**
     * @param fileName the file as the user knows it, e.g. {@code pilot.fountain}
     * @param line the 1-based line the problem was found on, or 0 when no single line is to blame
     * @param problem what was wrong, in words a user can act on
     */
    public ScreenplayException(String fileName, int line, String problem) {
        super(compose(fileName, line, problem));
        this.fileName = displayName(fileName);
        this.line = Math.max(0, line);
    }

    public ScreenplayException(String fileName, String problem) {
        this(fileName, 0, problem);
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

    private static String compose(String fileName, int line, String problem) {
        return displayName(fileName) + (line > 0 ? ": line " + line : "") + ": " + problem;
    }
}
