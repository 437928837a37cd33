package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.app.Workspace;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Shot;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.store.sqlite.SqliteWorkspace;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.scenes.ShotRow;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Nothing is lost: an edit made in the window is in the workspace when the app starts again. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {
    private static final Planning PLANNING = planning();

    @TempDir
    Path folder;

    private Workspace workspace;

    @AfterEach
    void closeWorkspace() throws Exception {
        if (workspace != null) {
            workspace.close();
        }
    }

    private MainWindowViewModel start(FxRobot robot) throws Exception {
        workspace = new Workspace(SqliteWorkspace.open(folder, new JsonProductionFiles()).workspace(),
                Clock.systemUTC());
        Messages messages = new Messages(Locale.ENGLISH);
        BackgroundWork work = BackgroundWork.sameThread();
        MainWindowViewModel model = new MainWindowViewModel(new ProductionDocuments(new JsonProductionFiles(),
                Clock.systemUTC()), new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(),
                Clock.systemUTC()), work, messages);
        FxToolkit.setupStage(stage -> {
            Theme.LIGHT.applyBase();
            MainWindow.assemble(model, () -> PLANNING, messages, work, Locale.ENGLISH)
                    .show(stage, new MainWindowTest.ScriptedDialogs());
            model.useWorkspace(workspace);
            model.startFromWorkspace();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    @Test
    void anEditUndoneAndRedoneIsThereAfterARestart(FxRobot robot) throws Exception {
        MainWindowViewModel model = start(robot);
        assertEquals("The Salt Archive", model.productionProperty().get().title(), "first start: the sample");
        TableView<ShotRow> table = robot.lookup("#shot-table").query();
        Shot before = table.getItems().get(3).shot();
        Node cell = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "column-ProductionMethod".equals(c.getTableColumn().getId()) && c.getIndex() == 3).query();
        robot.doubleClickOn(cell);
        ComboBox<?> combo = robot.from(table).lookup(".combo-box").query();
        if (!combo.isShowing()) {
            robot.clickOn(combo);
        }
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c
                && "AI image-to-video".equals(c.getText())).<Node>query());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProductionMethod.AI_IMAGE_TO_VIDEO, method(model, before));

        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
        workspace.close();
        MainWindowViewModel restarted = start(robot);
        assertEquals(model.productionProperty().get().id(), restarted.productionProperty().get().id());
        assertEquals(ProductionMethod.AI_IMAGE_TO_VIDEO, method(restarted, before));
        TableView<ShotRow> again = robot.lookup("#shot-table").query();
        assertTrue(again.getItems().stream().anyMatch(r -> r.shot().id().equals(before.id())
                && r.shot().method() == ProductionMethod.AI_IMAGE_TO_VIDEO), "the window shows it");
    }

    @Test
    void aProductionOpenedFromOutsideIsKeptAsANewOneAndVersioned(FxRobot robot) throws Exception {
        MainWindowViewModel model = start(robot);
        var first = model.productionProperty().get();
        robot.interact(model::openSample);
        var copy = model.productionProperty().get();
        assertTrue(!copy.id().equals(first.id()), "a second sample lives beside the first");
        assertEquals(2, workspace.productions().size());
        assertEquals(1, workspace.versions(copy.id()).size());
        assertEquals(Optional.of(copy), Optional.of(workspace.open(copy.id())));
    }

    @Test
    void aNamedVersionCanBeComparedWithTodayAndRestoredUndoably(FxRobot robot) throws Exception {
        MainWindowViewModel model = start(robot);
        robot.clickOn("#nav-history");
        robot.clickOn("#history-name").write("Sent to the funder");
        robot.clickOn("#history-keep");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Workspace.Version> versions = robot.lookup("#history-table").query();
        assertEquals("Sent to the funder", versions.getItems().get(0).label(), "newest first");
        assertEquals(2, versions.getItems().size(), "with the first start's automatic version");
        var kept = model.productionProperty().get();
        robot.interact(() -> model.apply(org.reelwright.app.Edits.setWorkflow(org.reelwright.domain.StageId.SOUND,
                org.reelwright.domain.Workflow.AI)));
        robot.interact(() -> versions.getSelectionModel().select(0));
        robot.clickOn("#history-compare");
        WaitForAsyncUtils.waitForFxEvents();
        String comparison = robot.lookup("#history-comparison").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(comparison.startsWith("“Sent to the funder”: expected budget (P50) $"), comparison);
        assertTrue(comparison.contains("Difference: -$"), comparison);
        robot.clickOn("#history-restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kept, model.productionProperty().get());
        assertEquals("Undo Restore a version", model.undoLabelProperty().get());
        robot.interact(model::undo);
        assertEquals(org.reelwright.domain.Workflow.AI, model.productionProperty().get()
                .stage(org.reelwright.domain.StageId.SOUND).workflow());
    }

    @Test
    void homeListsTheProductionsKeptAndOpensOne(FxRobot robot) throws Exception {
        MainWindowViewModel model = start(robot);
        var first = model.productionProperty().get();
        robot.interact(model::openSample);
        robot.clickOn("#nav-home");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<Workspace.Kept> kept = robot.lookup("#home-productions").query();
        assertEquals(2, kept.getItems().size());
        int index = kept.getItems().get(0).id().equals(first.id()) ? 0 : 1;
        robot.interact(() -> kept.getSelectionModel().select(index));
        robot.clickOn(kept).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.id(), model.productionProperty().get().id());
    }

    private static ProductionMethod method(MainWindowViewModel model, Shot shot) {
        return model.productionProperty().get().sceneOf(shot.id()).orElseThrow().shot(shot.id()).orElseThrow()
                .method();
    }

    private static Planning planning() {
        try {
            return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
