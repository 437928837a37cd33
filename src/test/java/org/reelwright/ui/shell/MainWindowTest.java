package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.csv.CsvShotListFiles;
import javafx.scene.input.KeyCode;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.ui.compare.StageRow;
import org.reelwright.ui.scenes.ShotRow;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Dialogs;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the first window as a user would: the sample opens, its scenes are in the outline, a click shows shots. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Planning PLANNING = planning();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindowViewModel model;
    private Stage stage;

    @TempDir
    static Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        BackgroundWork work = BackgroundWork.sameThread();
        ProductionDocuments documents = new ProductionDocuments(new JsonProductionFiles(), Clock.systemUTC());
        model = new MainWindowViewModel(documents, new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(),
                Clock.systemUTC()), work, messages);
        MainWindow.assemble(model, () -> PLANNING, messages, work, Locale.ENGLISH).show(stage, dialogs);
        model.openSample();
    }

    @Test
    void sampleScenesAppearInTheOutline(FxRobot robot) {
        TreeView<Object> tree = robot.lookup("#production-tree").query();
        List<TreeItem<Object>> scenes = tree.getRoot().getChildren();
        assertTrue(tree.isShowRoot(), "the root lists all scenes");
        assertEquals(model.productionProperty().get().scenes().size(), scenes.size());
        assertTrue(scenes.size() >= 8, "the sample has about ten scenes");
        Scene first = (Scene) scenes.get(0).getValue();
        assertEquals("1", first.number());
        assertEquals("Reelwright — The Salt Archive", stage.getTitle());
    }

    @Test
    void clickingASceneShowsItsShots(FxRobot robot) {
        robot.clickOn("3  " + model.productionProperty().get().scenes().get(2).heading().text());
        TableView<ShotRow> table = robot.lookup("#shot-table").query();
        Scene third = model.productionProperty().get().scenes().get(2);
        assertEquals(third.shots(), table.getItems().stream().map(ShotRow::shot).toList());
        assertEquals("LIN YUE'S ROOFTOP WORKSHOP", robot.lookup("#scene-location")
                .queryAs(javafx.scene.control.TextField.class).getText());
    }

    @Test
    void truncatedFileShowsAMessageAndKeepsTheOpenProduction(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"title\": \"Half");
        byte[] before = Files.readAllBytes(broken);
        var open = model.productionProperty().get();
        robot.interact(() -> model.open(broken));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("broken.json: line 1, column "), dialogs.errors.get(0));
        assertEquals(open, model.productionProperty().get());
        assertEquals(new String(before), Files.readString(broken));
    }

    @Test
    void saveAsWritesAFileThatOpensAgain(FxRobot robot) throws Exception {
        Path target = folder.resolve("salt-archive");
        dialogs.nextSavePath = target;
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.S).release(javafx.scene.input.KeyCode.S,
                javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Path written = folder.resolve("salt-archive.json");
        assertTrue(Files.exists(written));
        assertEquals(written, model.fileProperty().get());
        assertEquals(model.productionProperty().get(), new JsonProductionFiles().read(written));
    }

    @Test
    void switchingAStageToAiInCompareMovesTheCurrentTotalOnly(FxRobot robot) {
        robot.clickOn("#nav-compare");
        List<String> before = cardTotals(robot);
        scrollTo(robot, StageId.SUBTITLES);
        robot.clickOn("#workflow-subtitles");
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
                && "Traditional".equals(cell.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> after = cardTotals(robot);
        assertEquals(Workflow.TRADITIONAL, model.productionProperty().get().stage(StageId.SUBTITLES).workflow());
        assertNotEquals(before.get(0), after.get(0), "the current plan's total moves");
        assertEquals(before.get(1), after.get(1), "the traditional plan does not");
        assertEquals(before.get(2), after.get(2), "nor does AI where suitable");
        TableView<StageRow> stages = robot.lookup("#stage-table").query();
        assertEquals(Workflow.TRADITIONAL, stages.getItems().get(StageId.SUBTITLES.ordinal()).workflow());
    }

    @Test
    void editingAShotsMethodCanBeUndoneAndRedone(FxRobot robot) {
        TableView<ShotRow> table = robot.lookup("#shot-table").query();
        Shot first = table.getItems().get(3).shot(); // 1D, live action
        assertEquals(ProductionMethod.LIVE_ACTION, first.method());
        javafx.scene.Node cell = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "column-ProductionMethod".equals(c.getTableColumn().getId())
                && c.getIndex() == 3).query();
        robot.doubleClickOn(cell);
        javafx.scene.control.ComboBox<?> combo = robot.from(table).lookup(".combo-box").query();
        if (!combo.isShowing()) {
            robot.clickOn(combo);
        }
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "AI image-to-video".equals(c.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProductionMethod.AI_IMAGE_TO_VIDEO, shotNamed(first.number()).method());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProductionMethod.LIVE_ACTION, shotNamed(first.number()).method());
        assertEquals("Redo Change Method of shot 1D", model.redoLabelProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProductionMethod.AI_IMAGE_TO_VIDEO, shotNamed(first.number()).method());
        assertEquals(ProductionMethod.AI_IMAGE_TO_VIDEO, table.getItems().get(3).shot().method(), "the table shows it");
    }

    @Test
    void aDurationThatIsNotANumberIsRefusedWithTheShotNamed(FxRobot robot) {
        robot.interact(() -> model.apply(org.reelwright.app.Edits.changeShot(shotNamed("1A"), "Duration")));
        TableView<ShotRow> table = robot.lookup("#shot-table").query();
        javafx.scene.Node cell = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "column-duration".equals(c.getTableColumn().getId())
                && c.getIndex() == 0).query();
        robot.doubleClickOn(cell);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("-3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Shot 1A: duration must be between 0.1 and 600 seconds, got -3"), dialogs.errors);
        assertEquals(table.getItems().get(0).shot().durationSeconds(), shotNamed("1A").durationSeconds());
    }

    @Test
    void importingAScreenplayShowsItsScenes(FxRobot robot) throws Exception {
        Path script = folder.resolve("relay.fountain");
        Files.writeString(script, "Title: The Relay\n\nINT. LAB - NIGHT\n\nADA checks the relay.\n\n"
                + "EXT. ROOF - DAY\n\nWind.\n");
        dialogs.nextOpenPath = script;
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The Relay", model.productionProperty().get().title());
        TreeView<Object> tree = robot.lookup("#production-tree").query();
        assertEquals(2, tree.getRoot().getChildren().size());
        assertEquals("Reelwright — The Relay", stage.getTitle());
    }

    @Test
    void aShotListRoundTripsThroughCsvAsOneUndoableEdit(FxRobot robot) throws Exception {
        Path csv = folder.resolve("shots.csv");
        dialogs.nextSavePath = csv;
        robot.interact(() -> model.exportShotList(csv));
        WaitForAsyncUtils.waitForFxEvents();
        String text = Files.readString(csv).replace("Extreme wide", "x").replace(",10,", ",12,");
        String edited = text.replaceFirst("(?m)^(1,1A,[^,]*,[^,]*,[^,]*,)10(,)", "$112$2");
        Files.writeString(csv, edited);
        var before = model.productionProperty().get();
        robot.interact(() -> model.importShotList(csv));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Undo Import a shot list", model.undoLabelProperty().get());
        robot.interact(model::undo);
        assertEquals(before, model.productionProperty().get());
    }

    private Shot shotNamed(String number) {
        return model.productionProperty().get().scenes().get(0).shots().stream()
                .filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void selectingAStageShowsItsExplanationAndSources(FxRobot robot) {
        robot.clickOn("#nav-compare");
        TableView<StageRow> stages = robot.lookup("#stage-table").query();
        robot.interact(() -> stages.getSelectionModel().select(StageId.COLOR.ordinal()));
        String details = robot.lookup("#stage-details").queryAs(TextArea.class).getText();
        assertTrue(details.startsWith("Colour grading — Traditional"), details);
        assertTrue(details.contains("h/min"), details);
        assertTrue(details.contains("Tools for Film"), details);
    }

    @Test
    void aBudgetCapGivesARecommendationThatAppliesInOneUndoableEdit(FxRobot robot) {
        robot.clickOn("#nav-compare");
        robot.clickOn("#compare-tab-recommend");
        robot.clickOn("#recommend-budget").write("80000");
        robot.clickOn("#recommend-run");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> proposals = robot.lookup("#recommend-table").query();
        assertTrue(proposals.getItems().size() > 5, "a workflow per stage where AI is an option");
        assertTrue(robot.lookup("#recommend-summary").queryAs(Label.class).getText().contains("Within the cap"));
        var before = model.productionProperty().get();
        robot.clickOn("#recommend-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, model.productionProperty().get());
        assertEquals("Undo Apply the recommended workflows", model.undoLabelProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.productionProperty().get());
    }

    /** PRODUCT.md's journey through the planning desk, as a director would walk it. */
    @Test
    void theDirectorsJourneyThroughThePlanningDesk(FxRobot robot) {
        // A face-free live shot (2C, an insert) becomes AI image-to-video: the generation line grows.
        var sample = model.productionProperty().get();
        Shot insert = sample.scenes().get(1).shots().stream().filter(s -> s.number().equals("2C")).findFirst()
                .orElseThrow();
        var generationBefore = PLANNING.quickEstimate(sample, org.reelwright.estimate.Scenario.CURRENT)
                .line(StageId.GENERATION).orElseThrow().cost().likely();
        robot.interact(() -> model.apply(org.reelwright.app.Edits.changeShot(insert.withMethod(
                ProductionMethod.AI_IMAGE_TO_VIDEO).withRealisticFaces(true), "Method")));
        var changed = model.productionProperty().get();
        var estimate = PLANNING.quickEstimate(changed, org.reelwright.estimate.Scenario.CURRENT);
        assertTrue(estimate.line(StageId.GENERATION).orElseThrow().cost().likely().compareTo(generationBefore) > 0);
        // …and, now with realistic faces, it carries the uncanny-valley flag, shown on its row.
        TableView<ShotRow> table = robot.lookup("#shot-table").query();
        ShotRow row = table.getItems().stream().filter(r -> r.shot().id().equals(insert.id())).findFirst()
                .orElseThrow();
        assertTrue(row.flags().stream().anyMatch(f -> f.code() == org.reelwright.estimate.FlagCode.UNCANNY_VALLEY));
        // Subtitles to traditional and back to AI in Compare: the current total moves, the others stay.
        robot.clickOn("#nav-compare");
        List<String> before = cardTotals(robot);
        scrollTo(robot, StageId.SUBTITLES);
        robot.clickOn("#workflow-subtitles");
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
                && "Traditional".equals(cell.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before.get(0), cardTotals(robot).get(0));
        assertEquals(before.get(1), cardTotals(robot).get(1));
        // A budget cap, the recommendation applied in one click, then undone.
        robot.clickOn("#compare-tab-recommend");
        robot.clickOn("#recommend-budget").write("90000");
        robot.clickOn("#recommend-run");
        WaitForAsyncUtils.waitForFxEvents();
        var beforeApply = model.productionProperty().get();
        robot.clickOn("#recommend-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(beforeApply, model.productionProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(beforeApply, model.productionProperty().get());
    }

    @Test
    void aBudgetThatIsNotANumberSaysSo(FxRobot robot) {
        robot.clickOn("#nav-compare");
        robot.clickOn("#compare-tab-recommend");
        robot.clickOn("#recommend-budget").write("lots");
        robot.clickOn("#recommend-run");
        assertTrue(robot.lookup(".error-text").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Budget cap must be a positive amount, got 'lots'")));
    }

    private static void scrollTo(FxRobot robot, StageId stage) {
        TableView<StageRow> stages = robot.lookup("#stage-table").query();
        robot.interact(() -> stages.scrollTo(stage.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> cardTotals(FxRobot robot) {
        return robot.lookup(".card-total").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static Planning planning() {
        try {
            return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Dialogs answered by the test. */
    static final class ScriptedDialogs implements Dialogs {
        ScriptedDialogs() {
        }

        final List<String> errors = new ArrayList<>();
        Path nextSavePath;
        Path nextOpenPath;

        @Override
        public Optional<Path> chooseFileToOpen(String title, String filterName, String... extensions) {
            return Optional.ofNullable(nextOpenPath);
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
                String... extensions) {
            return Optional.ofNullable(nextSavePath);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }
    }
}
