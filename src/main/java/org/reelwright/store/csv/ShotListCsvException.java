package org.reelwright.store.csv;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A shot-list CSV could not be read or written. This is the only exception {@link ShotListCsv} throws for bad input
 * or a failed write. The message is written for the user and names the file, the line and the column when known,
 * and what was wrong, with the allowed values where there is a fixed set — for example
 * {@code "shots.csv: line 7, column size: 'huge' is not allowed; use one of: extreme-wide, wide, ..."}.
 */
public final class ShotListCsvException extends Exception {

    private final int line;
    private final String column;

    /**
     * @param fileName the file as the user knows it
     * @param line the 1-based line, or 0 when no single line is to blame
     * @param column the column name, or null when no single column is to blame
     * @param problem what was wrong
     */
    public ShotListCsvException(String fileName, int line, String column, String problem) {
        super(compose(fileName, line, column, problem));
        this.line = Math.max(0, line);
        this.column = column;
    }

    public ShotListCsvException(String fileName, String problem) {
        this(fileName, 0, null, problem);
    }

    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    private static String compose(String fileName, int line, String column, String problem) {
        String name = fileName == null || fileName.isBlank() ? "(unnamed shot list)" : fileName.strip();
        StringBuilder where = new StringBuilder(name);
        if (line > 0) {
            where.append(": line ").append(line);
        }
        if (column != null) {
            where.append(line > 0 ? ", column " : ": column ").append(column);
        }
        return where + ": " + problem;
    }
}
