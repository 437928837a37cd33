package org.reelwright.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.EditHistory;
import org.reelwright.app.Edits;
import org.reelwright.app.Workspace;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.store.sqlite.SqliteWorkspace;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;

/** After "Restore this version" (or any edit), the comparison line compares the version with the new today. */
class ComparisonStaysCurrentTest {
    @TempDir
    Path folder;

    @Test
    void restoringAVersionComparesItAgainWithWhatTodayBecame() throws Exception {
        try (Workspace workspace = new Workspace(SqliteWorkspace.open(folder, new JsonProductionFiles()).workspace(),
                Clock.systemUTC())) {
            Production kept = workspace.adopt(Sample.PRODUCTION, "first");
            SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(kept);
            EditHistory history = new EditHistory();
            HistoryViewModel model = new HistoryViewModel(() -> Optional.of(workspace), () -> Sample.PLANNING,
                    BackgroundWork.sameThread(), new Messages(Locale.ENGLISH), new Formats(Locale.ENGLISH),
                    production, edit -> history.apply(production.get(), edit).ifPresent(e -> production.set(
                    e.after())));
            Workspace.Version version = workspace.version(kept, "before the change", false);
            Workflow now = kept.stage(StageId.VFX).workflow();
            production.set(Edits.setWorkflow(StageId.VFX, now == Workflow.AI ? Workflow.TRADITIONAL : Workflow.AI)
                    .applyTo(kept));
            model.compareWithToday(version);
            String changed = model.comparisonProperty().get();

            model.restore(version);
            String afterRestore = model.comparisonProperty().get();
            assertNotEquals(changed, afterRestore, "the line follows the restore");
            model.compareWithToday(version);
            assertEquals(model.comparisonProperty().get(), afterRestore, "the same as comparing afresh");
        }
    }
}
