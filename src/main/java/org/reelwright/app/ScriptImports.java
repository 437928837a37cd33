package org.reelwright.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.reelwright.domain.Production;
import org.reelwright.screenplay.ImportedScreenplay;
import org.reelwright.screenplay.ScreenplayException;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.ShotListFiles;

/**
 * Use cases that bring work in from other tools: a screenplay (Fountain or Final Draft) becomes a new production,
 * and a shot list (CSV) is merged into the open one or written out for a spreadsheet.
 */
public final class ScriptImports {
    private final ScreenplayImporter screenplays;
    private final ShotListFiles shotLists;
    private final Clock clock;

    public ScriptImports(ScreenplayImporter screenplays, ShotListFiles shotLists, Clock clock) {
        this.screenplays = screenplays;
        this.shotLists = shotLists;
        this.clock = clock;
    }

    /** A new production from a screenplay, its work starting next Monday. */
    public ImportedScreenplay importScript(Path script) throws ScreenplayException {
        LocalDate nextMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return screenplays.importScript(script, nextMonday);
    }

    /** What merging a shot list did: the production with its shots, and how many were added or updated. */
    public record ShotListMerged(Production production, int shotsAdded, int shotsUpdated,
            java.util.List<String> warnings) {
    }

    public ShotListMerged importShotList(Production into, Path csv) throws ProjectFileException {
        ShotListFiles.Imported imported = shotLists.importInto(into, csv);
        return new ShotListMerged(imported.production(), imported.shotsAdded(), imported.shotsUpdated(),
                imported.warnings());
    }

    public void exportShotList(Production production, Path csv) throws ProjectFileException {
        shotLists.export(production, csv);
    }
}
