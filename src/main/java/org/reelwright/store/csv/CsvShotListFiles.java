package org.reelwright.store.csv;

import java.nio.file.Path;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.ShotListFiles;

/** The shot-list port over {@link ShotListCsv}; the CSV reader's messages pass through unchanged. */
public final class CsvShotListFiles implements ShotListFiles {
    private final ShotListCsv csv = new ShotListCsv();

    @Override
    public Imported importInto(Production production, Path file) throws ProjectFileException {
        String name = String.valueOf(file.getFileName());
        byte[] content;
        try {
            // The shared input budget: an ordinary file of at most InputLimits.SHOT_LIST_BYTES, checked before reading.
            content = InputLimits.readFile(file, InputLimits.SHOT_LIST_BYTES);
        } catch (InputLimits.FileRefused e) {
            throw new ProjectFileException(ProjectFileException.words("file.about", name,
                    e.reason() == InputLimits.FileRefused.Reason.TOO_LARGE ? ProjectFileException.words("csv.tooLarge",
                            InputLimits.megabytes(e.size()), InputLimits.wholeMegabytes(InputLimits.SHOT_LIST_BYTES))
                            : e.phrase()), e);
        }
        try {
            ShotListImport result = csv.importInto(production, content, name);
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
