package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.Edits;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.app.Workspace;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.store.sqlite.SqliteWorkspace;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/** The status bar says an edit is saved once the workspace has it, not "not saved yet" until the next action. */
class SavedStatusTest {
    @TempDir
    Path folder;

    private static MainWindowViewModel model() {
        return new MainWindowViewModel(new ProductionDocuments(new JsonProductionFiles(), Clock.systemUTC()),
                new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(), Clock.systemUTC()),
                BackgroundWork.sameThread(), new Messages(Locale.ENGLISH));
    }

    @Test
    void anEditTheWorkspaceSavedAtOnceSaysItIsSaved() throws Exception {
        Workspace workspace = new Workspace(SqliteWorkspace.open(folder, new JsonProductionFiles()).workspace(),
                Clock.systemUTC());
        try {
            MainWindowViewModel model = model();
            model.useWorkspace(workspace);
            model.startFromWorkspace();
            model.apply(Edits.setWorkflow(StageId.MUSIC, flipped(model)));
            assertEquals("Changed and saved", model.statusProperty().get());
        } finally {
            workspace.close();
        }
    }

    @Test
    void withoutAWorkspaceAnEditIsNotSavedYet() {
        MainWindowViewModel model = model();
        model.openSample();
        model.apply(Edits.setWorkflow(StageId.MUSIC, flipped(model)));
        assertEquals("Changed (not saved yet)", model.statusProperty().get());
    }

    private static Workflow flipped(MainWindowViewModel model) {
        Workflow now = model.productionProperty().get().stage(StageId.MUSIC).workflow();
        return now == Workflow.AI ? Workflow.TRADITIONAL : Workflow.AI;
    }
}
