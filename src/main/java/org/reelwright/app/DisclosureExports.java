package org.reelwright.app;

import java.nio.file.Path;
import java.util.Locale;
import org.reelwright.domain.Production;
import org.reelwright.store.DisclosureFiles;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.csv.DisclosureCsv;
import org.reelwright.store.json.JsonDisclosureFiles;

/**
 * Exports of the disclosure register and the shot disclosure map (issue 16), as CSV for a spreadsheet or JSON for
 * other tools, chosen by the file's extension ({@code .json}, else CSV). Written from the register reconciled with
 * the plan, so a file never misses a use the plan has.
 */
public final class DisclosureExports {
    private final Planning planning;
    private final DisclosureFiles csv;
    private final DisclosureFiles json;

    public DisclosureExports(Planning planning, DisclosureFiles csv, DisclosureFiles json) {
        this.planning = planning;
        this.csv = csv;
        this.json = json;
    }

    /** With the CSV and JSON writers Reelwright ships. */
    public static DisclosureExports standard(Planning planning) {
        return new DisclosureExports(planning, new DisclosureCsv(), new JsonDisclosureFiles());
    }

    public void exportShotMap(Production production, Path file) throws ProjectFileException {
        format(file).exportShotMap(planning.disclosureRegister().reconciled(production), file);
    }

    public void exportRegister(Production production, Path file) throws ProjectFileException {
        format(file).exportRegister(planning.disclosureRegister().reconciled(production), file);
    }

    private DisclosureFiles format(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? json : csv;
    }
}
