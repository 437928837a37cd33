package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.Language;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.estimate.FlagCode;
import org.reelwright.report.pdf.PdfPlanRenderer;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.scenes.ShotRow;
import org.reelwright.ui.testing.Screenshots;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a director does about a face made by AI, as a user walks it: marks a shot with a realistic face as AI in the
 * shot list, opens the disclosure panel with Ctrl+D and finds the missing consent naming that shot, records the
 * consent from there (the form already covers the shot), sees the gap close, and exports the disclosure pack.
 */
@ExtendWith(ApplicationExtension.class)
class DisclosureWalkTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-05T09:00:00Z"), ZoneOffset.UTC);
    private static BenchmarkLibrary library;

    private MainWindowViewModel model;
    private LocalizedWindow window;
    private final MainWindowTest.ScriptedDialogs dialogs = new MainWindowTest.ScriptedDialogs();
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.applyBase();
        if (library == null) {
            library = Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
        }
        BackgroundWork work = BackgroundWork.sameThread();
        model = new MainWindowViewModel(new ProductionDocuments(new JsonProductionFiles(), CLOCK),
                new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(), CLOCK), work,
                new Messages(Locale.US));
        window = new LocalizedWindow(model, work, locale -> () -> new Planning(library, locale),
                locale -> new PlanExport(() -> new Planning(library, locale), PdfPlanRenderer.withSystemFonts(locale,
                        CLOCK), locale, CLOCK, "Reelwright test"), Locale.US, (key, value) -> { });
        window.show(stage, dialogs);
        model.openSample();
    }

    @Test
    void aFaceShotMadeByAiAsksForAConsentUntilOneIsRecordedAndThePackIsWritten(FxRobot robot) throws Exception {
        assertEquals(Language.ENGLISH, window.language());
        // 1. In the shot list, shot 2D (a realistic face, shot live) becomes AI image-to-video.
        Scene scene2 = model.productionProperty().get().scenes().get(1);
        Shot shot = scene2.shots().stream().filter(s -> s.number().equals("2D")).findFirst().orElseThrow();
        robot.interact(() -> window.window().selectScene(scene2.id()));
        TableView<ShotRow> table = robot.lookup("#shot-table").query();
        int row = indexOf(table, shot);
        Node cell = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "column-ProductionMethod".equals(c.getTableColumn().getId()) && c.getIndex() == row).query();
        robot.doubleClickOn(cell);
        ComboBox<?> combo = robot.from(table).lookup(".combo-box").query();
        if (!combo.isShowing()) {
            robot.clickOn(combo);
        }
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && "AI image-to-video".equals(c.getText()))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProductionMethod.AI_IMAGE_TO_VIDEO, current(shot).method());

        // 2. Ctrl+D: the disclosure panel says the consent for 2D is missing.
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("disclosure", window.window().shownPanel());
        int card = cardFor(robot, "2D");
        assertTrue(card >= 0, "a missing consent names shot 2D");
        assertTrue(flagged(FlagCode.AI_CONSENT_MISSING, shot), "and Risks has the same flag");

        // 3. Record the consent from the card: the form covers 2D already; the person and the date are typed.
        robot.clickOn("#disclosure-record-consent-" + card);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#disclosure-tabs").query();
        assertEquals("disclosure-tab-consents", tabs.getSelectionModel().getSelectedItem().getId());
        robot.clickOn("#consent-person").write("Mara Quinn");
        DatePicker signed = robot.lookup("#consent-signedOn").query();
        robot.clickOn(signed.getEditor()).write("2026-11-20");
        robot.clickOn("#consent-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.productionProperty().get().disclosure().consents().size());
        assertEquals(List.of(shot.id()), model.productionProperty().get().disclosure().consents().get(0).shots());

        // 4. The gap is closed, in the panel and in the estimate.
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, cardFor(robot, "2D"), "no missing consent for 2D any more");
        assertFalse(flagged(FlagCode.AI_CONSENT_MISSING, shot));
        robot.interact(() -> Screenshots.save(window.window().root(), "disclosure-walk"));
        assertEquals("Undo Record the consent of Mara Quinn", model.undoLabelProperty().get());

        // 5. The statement for a festival, copied; then the pack, exported from the statement tab.
        robot.interact(() -> tabs.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea statement = robot.lookup("#disclosure-statement").query();
        assertFalse(statement.getText().isBlank(), "the statement is written from the register");
        robot.clickOn("#disclosure-copy");
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals(statement.getText(), copied[0]);
        Path pdf = folder.resolve("salt-archive-disclosure.pdf");
        dialogs.nextSavePath = pdf;
        robot.clickOn("#disclosure-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertTrue(Files.size(pdf) > 1000, "a pack was written");
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(head));
        }
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(model.statusProperty().get().contains(pdf.getFileName().toString()),
                model.statusProperty().get());
    }

    @Test
    void aMissingConsentInRisksLeadsToTheDisclosurePanel(FxRobot robot) {
        robot.interact(() -> window.window().showPanel("risks"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<org.reelwright.ui.risks.FlagRow> risks = robot.lookup("#risks-table").query();
        var consent = risks.getItems().stream().filter(r -> r.flag().code() == FlagCode.AI_CONSENT_MISSING)
                .findFirst().orElseThrow(() -> new AssertionError("the sample's AI shot 5A has no consent"));
        robot.interact(() -> risks.getSelectionModel().select(consent));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#risk-show-disclosure");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("disclosure", window.window().shownPanel());
        var uncanny = risks.getItems().stream().filter(r -> r.flag().code() == FlagCode.UNCANNY_VALLEY)
                .findFirst().orElseThrow();
        robot.interact(() -> window.window().showPanel("risks"));
        robot.interact(() -> risks.getSelectionModel().select(uncanny));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#risk-show-disclosure").tryQuery().isEmpty(), "only on the disclosure's flags");
    }

    @Test
    void aRegisterCellIsTypedInPlaceAndUndoneInOneStep(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#disclosure-tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<org.reelwright.ui.disclosure.EntryRow> register = robot.lookup("#disclosure-register").query();
        assertFalse(register.getItems().isEmpty(), "the sample's AI uses are in the register");
        Node cell = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "register-tool".equals(c.getTableColumn().getId()) && c.getIndex() == 0).query();
        robot.doubleClickOn(cell);
        robot.write("Runway Gen-4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var entry = model.productionProperty().get().disclosure().entries().get(0);
        assertEquals("Runway Gen-4", entry.tool());
        assertEquals("Undo Change the tool of Previs in the disclosure register", model.undoLabelProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.productionProperty().get().disclosure().entries().stream()
                .noneMatch(e -> e.tool().equals("Runway Gen-4")), "undone in one step");

        // a date: typed into the cell's date picker, in the language's pattern
        robot.interact(() -> register.scrollToColumn(register.getColumns().stream()
                .filter(c -> "register-doneOn".equals(c.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Node done = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "register-doneOn".equals(c.getTableColumn().getId()) && c.getIndex() == 0).query();
        robot.doubleClickOn(done);
        DatePicker picker = robot.lookup("#date-cell-picker").query();
        robot.interact(() -> picker.getEditor().setText("14 May 2027"));
        robot.clickOn(picker.getEditor()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.time.LocalDate.of(2027, 5, 14),
                model.productionProperty().get().disclosure().entries().get(0).doneOn());
        TableCell<?, ?> shown = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "register-doneOn".equals(c.getTableColumn().getId()) && c.getIndex() == 0).query();
        assertEquals("14 May 2027", shown.getText());
    }

    @Test
    void theFileMenuExportsThePackWhereTheUserSaysAndNamesAFailureInTheirLanguage(FxRobot robot) throws Exception {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) window
                .window().root()).getTop();
        javafx.scene.control.MenuItem export = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-file-exportDisclosure".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Export Disclosure Pack\u2026", export.getText());
        Path pdf = folder.resolve("pack");
        dialogs.nextSavePath = pdf;
        robot.interact(export::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(folder.resolve("pack.pdf")) > 1000, "written, with the extension added");
        // a folder that does not exist: the user is told, in Chinese once the window speaks it
        robot.interact(() -> window.switchTo(Language.SIMPLIFIED_CHINESE, false));
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.nextSavePath = folder.resolve("no-such-folder").resolve("pack.pdf");
        javafx.scene.control.MenuBar zhBar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) window
                .window().root()).getTop();
        javafx.scene.control.MenuItem zhExport = zhBar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-file-exportDisclosure".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("导出 AI 披露材料包\u2026", zhExport.getText());
        robot.interact(zhExport::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.errors.size(), () -> "errors: " + dialogs.errors);
        assertTrue(dialogs.errors.get(0).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN), dialogs.errors.get(0));
        assertFalse(Files.exists(folder.resolve("no-such-folder")));
        Locale.setDefault(Locale.US);
    }

    private static int indexOf(TableView<ShotRow> table, Shot shot) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).shot().id().equals(shot.id())) {
                return i;
            }
        }
        throw new AssertionError("shot " + shot.number() + " is not in the table");
    }

    private Shot current(Shot shot) {
        return model.productionProperty().get().scenes().stream().flatMap(s -> s.shots().stream())
                .filter(s -> s.id().equals(shot.id())).findFirst().orElseThrow();
    }

    /** The index of the missing-consent card whose subject names {@code shotNumber}, or -1. */
    private static int cardFor(FxRobot robot, String shotNumber) {
        for (int i = 0; ; i++) {
            var subject = robot.lookup("#disclosure-missing-subject-" + i).tryQuery();
            if (subject.isEmpty()) {
                return -1;
            }
            javafx.scene.control.Hyperlink link = (javafx.scene.control.Hyperlink) subject.get();
            boolean consentCard = robot.lookup("#disclosure-record-consent-" + i).tryQuery().isPresent();
            if (consentCard && link.getText().contains(shotNumber + " ")) {
                return i;
            }
        }
    }

    private boolean flagged(FlagCode code, Shot shot) {
        return new Planning(library, Locale.US).quickEstimate(model.productionProperty().get(),
                org.reelwright.estimate.Scenario.CURRENT).flags().stream()
                .anyMatch(f -> f.code() == code && shot.id().toString().equals(f.subjectId()));
    }
}
