package org.reelwright.store;

import java.nio.file.Path;
import org.reelwright.domain.Production;

/** Reads and writes productions as portable project files (the format the app saves, exports and the CLI reads). */
public interface ProductionFiles {

    /** The file name extension, without the dot. */
    String extension();

    Production read(Path file) throws ProjectFileException;

    /**
     * Parses a project held in memory (a bundled sample, a file already read).
     *
     * @param displayName the name used in error messages, e.g. the file name
     */
    Production parse(byte[] content, String displayName) throws ProjectFileException;

    /** Replaces {@code file} atomically: on any failure the previous file stays as it was. */
    void write(Production production, Path file) throws ProjectFileException;
}
