package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.report.pdf.PdfPlanRenderer;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Print Call Sheet…: the Shoot panel's call sheet comes forward, the day chosen there is the one printed, and
 * its PDF is written where the user chose; the status bar says so.
 */
@ExtendWith(ApplicationExtension.class)
class PrintCallSheetTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-14T08:00:00Z"), ZoneOffset.UTC);
    private final MainWindowTest.ScriptedDialogs dialogs = new MainWindowTest.ScriptedDialogs();
    private MainWindowViewModel model;
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        BackgroundWork work = BackgroundWork.sameThread();
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        model = new MainWindowViewModel(new ProductionDocuments(new JsonProductionFiles(), CLOCK), new ScriptImports(
                new ScreenplayImporter(), new CsvShotListFiles(), CLOCK), work, messages);
        PlanExport export = new PlanExport(() -> planning, PdfPlanRenderer.withSystemFonts(Locale.ENGLISH, CLOCK),
                Locale.ENGLISH, CLOCK, "Reelwright test");
        window = MainWindow.assemble(model, () -> planning, export, messages, work, Locale.ENGLISH);
        window.show(stage, dialogs);
        model.openSample();
    }

    @Test
    void printsTheCallSheetOfTheDayChosenInTheShootPanel(FxRobot robot) throws Exception {
        Path target = folder.resolve("day-2.pdf");
        robot.interact(() -> window.showPanel("shoot"));
        robot.clickOn("#shoot-tab-callsheet");
        ComboBox<Integer> day = robot.lookup("#callsheet-day").queryComboBox();
        robot.interact(() -> day.getSelectionModel().select(Integer.valueOf(2)));
        robot.interact(() -> window.showPanel("scenes"));
        dialogs.nextSavePath = target;

        MenuItem print = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "menu-file-printCallSheet".equals(item.getId())).findFirst().orElseThrow();
        robot.interact(print::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), dialogs.errors);
        assertEquals("shoot", window.shownPanel(), "the call sheet that is printed is in sight");
        assertTrue(Files.size(target) > 1000, "a PDF was written");
        assertEquals("%PDF", new String(Files.readAllBytes(target), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("Call sheet of day 2 saved as day-2.pdf", model.statusProperty().get());
    }
}
