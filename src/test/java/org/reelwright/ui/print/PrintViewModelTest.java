package org.reelwright.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.Production;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PlanSection;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/** The print dialog's model on the sample, with work done at once on the test's thread. */
class PrintViewModelTest {
    private final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(PrintFixtures.SAMPLE);
    private final List<String> errors = new ArrayList<>();
    private PrintViewModel model;

    @TempDir
    Path folder;

    @BeforeEach
    void open() {
        model = new PrintViewModel(PrintFixtures.EXPORT, production, BackgroundWork.sameThread(),
                new Messages(Locale.ENGLISH));
        model.setErrorHandler(errors::add);
        model.open();
    }

    @Test
    void opensOnTheFirstPageOfTheWholePlan() {
        assertTrue(model.readyProperty().get());
        int pages = model.pageCountProperty().get();
        assertTrue(pages > 8, "pages: " + pages);
        assertEquals(pages + " pages", model.statusProperty().get());
        assertEquals(0, model.pageIndexProperty().get());
        assertNotNull(model.pageProperty().get());
        assertEquals(992, model.pageProperty().get().width(), 1, "A4 at 120 dpi");
        assertEquals("", model.warningsProperty().get());
    }

    @Test
    void fewerSectionsMeanFewerPagesAndNoneMeansNothingToPrint() {
        int all = model.pageCountProperty().get();
        model.sectionProperty(PlanSection.SCENES).set(false);
        int withoutShotList = model.pageCountProperty().get();
        assertTrue(withoutShotList < all, withoutShotList + " < " + all);
        for (PlanSection section : PlanSection.values()) {
            model.sectionProperty(section).set(false);
        }
        assertFalse(model.readyProperty().get());
        assertEquals(0, model.pageCountProperty().get());
        assertEquals("Choose at least one section to print.", model.statusProperty().get());
        model.sectionProperty(PlanSection.COVER).set(true);
        assertEquals(1, model.pageCountProperty().get());
    }

    @Test
    void landscapeLettersAreWiderThanTall() {
        model.paperProperty().set(PageSetup.Paper.LETTER);
        model.orientationProperty().set(PageSetup.Orientation.LANDSCAPE);
        assertEquals(1320, model.pageProperty().get().width(), 1, "11 in at 120 dpi");
        assertEquals(1020, model.pageProperty().get().height(), 1);
    }

    @Test
    void leafsThroughThePagesWithinTheirCount() {
        model.previousPage();
        assertEquals(0, model.pageIndexProperty().get());
        model.nextPage();
        model.nextPage();
        assertEquals(2, model.pageIndexProperty().get());
        model.showPage(model.pageCountProperty().get());
        assertEquals(2, model.pageIndexProperty().get(), "no page after the last");
    }

    @Test
    void exportsThePdfToTheChosenFile() throws Exception {
        Path target = folder.resolve("plan.pdf");
        model.exportPdf(target);
        assertTrue(new String(Files.readAllBytes(target), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("%PDF-"));
        assertEquals("Saved plan.pdf (" + model.pageCountProperty().get() + " pages)", model.statusProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aFailedExportIsReportedAndChangesNothing() {
        model.exportPdf(folder.resolve("missing").resolve("plan.pdf"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("does not exist"), errors.get(0));
    }

    @Test
    void printsEveryPageAtPrinterResolution() {
        PrintFixtures.CountingPrinter printer = new PrintFixtures.CountingPrinter();
        model.print(printer);
        assertEquals(model.pageCountProperty().get(), printer.printed.size());
        assertTrue(printer.finished);
        assertEquals(1654, printer.printed.get(0).width(), 1, "A4 at 200 dpi");
        assertEquals(PageSetup.Paper.A4, printer.askedFor.paper());

        PrintFixtures.CountingPrinter cancelled = new PrintFixtures.CountingPrinter();
        cancelled.cancelInDialog = true;
        model.print(cancelled);
        assertTrue(cancelled.printed.isEmpty());

        PrintFixtures.CountingPrinter none = new PrintFixtures.CountingPrinter();
        none.noPrinter = true;
        model.print(none);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("No printer"), errors.get(0));
    }

    @Test
    void closingLetsThePagesGo() {
        model.close();
        assertNull(model.pageProperty().get());
        assertEquals(0, model.pageCountProperty().get());
        model.sectionProperty(PlanSection.SCENES).set(false);
        assertEquals(0, model.pageCountProperty().get(), "a closed dialog does not lay out");
    }
}
