package org.reelwright.store;

import java.nio.file.Path;
import java.util.List;
import org.reelwright.domain.Production;

/** Shot lists as files a spreadsheet opens (CSV): exported from a production, or merged into one. */
public interface ShotListFiles {

    /** What an import did: the production with the shots merged in, and what changed. */
    record Imported(Production production, int shotsAdded, int shotsUpdated, List<String> warnings) {
        public Imported {
            warnings = List.copyOf(warnings);
        }
    }

    /** @throws ProjectFileException naming the file, line and column of what could not be read */
    Imported importInto(Production production, Path file) throws ProjectFileException;

    /** Writes the file atomically. */
    void export(Production production, Path file) throws ProjectFileException;
}
