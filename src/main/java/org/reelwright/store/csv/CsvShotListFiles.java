package org.reelwright.store.csv;

import java.nio.file.Path;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.ShotListFiles;

/** The shot-list port over {@link ShotListCsv}; the CSV reader's messages pass through unchanged. */
public final class CsvShotListFiles implements ShotListFiles {
    private final ShotListCsv csv = new ShotListCsv();

    @Override
    public Imported importInto(Production production, Path file) throws ProjectFileException {
        try {
            ShotListImport result = csv.importInto(production, file);
            return new Imported(result.production(), result.shotsAdded(), result.shotsUpdated(), result.warnings());
        } catch (ShotListCsvException e) {
            throw new ProjectFileException(e.phrase(), e);
        }
    }

    @Override
    public void export(Production production, Path file) throws ProjectFileException {
        try {
            csv.export(production, file);
        } catch (ShotListCsvException e) {
            throw new ProjectFileException(e.phrase(), e);
        }
    }
}
