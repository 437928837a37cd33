package org.reelwright.app;

import java.nio.file.Path;
import org.reelwright.domain.Production;
import org.reelwright.store.DisclosureFiles;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.csv.DisclosureCsv;

/**
 * Exports of the disclosure register and the shot disclosure map as CSV (issue 16), from the register reconciled
 * with the plan, so a file never misses a use the plan has. The JSON form of the register is the project file's
 * own {@code disclosure} part (File → Save As, or any command's PROJECT).
 */
public final class DisclosureExports {
    private final Planning planning;
    private final DisclosureFiles files;

    public DisclosureExports(Planning planning, DisclosureFiles files) {
        this.planning = planning;
        this.files = files;
    }

    /** With the CSV writer Reelwright ships. */
    public static DisclosureExports csv(Planning planning) {
        return new DisclosureExports(planning, new DisclosureCsv());
    }

    public void exportShotMap(Production production, Path file) throws ProjectFileException {
        files.exportShotMap(planning.disclosureRegister().reconciled(production), file);
    }

    public void exportRegister(Production production, Path file) throws ProjectFileException {
        files.exportRegister(planning.disclosureRegister().reconciled(production), file);
    }
}
