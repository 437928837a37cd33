package org.reelwright.store.csv;

import java.util.Optional;
import java.util.OptionalInt;
import org.reelwright.domain.LocalizedMessage;
import org.reelwright.domain.Phrase;
import org.reelwright.store.ProjectFileException;

/**
 * A shot-list CSV could not be read or written. This is the only exception {@link ShotListCsv} throws for bad input
 * or a failed write. The message is written for the user and names the file, the line and the column when known,
 * and what was wrong, with the allowed values where there is a fixed set — for example
 * {@code "shots.csv: line 7, column size: 'huge' is not allowed; use one of: extreme-wide, wide, ..."}.
 */
public final class ShotListCsvException extends Exception implements LocalizedMessage {

    private final int line;
    private final String column;
    private final transient Phrase phrase;

    /**
     * @param fileName the file as the user knows it
     * @param line the 1-based line, or 0 when no single line is to blame
     * @param column the column name, or null when no single column is to blame
     * @param problem what was wrong
     */
    public ShotListCsvException(String fileName, int line, String column, String problem) {
        this(fileName, line, column, Phrase.literal(problem));
    }

    public ShotListCsvException(String fileName, String problem) {
        this(fileName, 0, null, problem);
    }

    /** Like the others, with the problem in words of the bundle {@code org.reelwright.store.messages}. */
    public ShotListCsvException(String fileName, int line, String column, Phrase problem) {
        this(compose(fileName, line, column, problem), line, column);
    }

    public ShotListCsvException(String fileName, Phrase problem) {
        this(fileName, 0, null, problem);
    }

    private ShotListCsvException(Phrase phrase, int line, String column) {
        super(phrase.english());
        this.phrase = phrase;
        this.line = Math.max(0, line);
        this.column = column;
    }

    /** The whole message (file, line, column, problem) as key and arguments. */
    @Override
    public Phrase phrase() {
        return phrase;
    }


    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    private static Phrase compose(String fileName, int line, String column, Phrase problem) {
        Object name = fileName == null || fileName.isBlank() ? words("csv.unnamed") : fileName.strip();
        if (line > 0 && column != null) {
            return words("csv.atLineColumn", name, line, column, problem);
        }
        if (line > 0) {
            return words("csv.atLine", name, line, problem);
        }
        if (column != null) {
            return words("csv.atColumn", name, column, problem);
        }
        return words("file.about", name, problem);
    }

    static Phrase words(String key, Object... args) {
        return ProjectFileException.words(key, args);
    }
}
