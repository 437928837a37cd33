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
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.PlanExport;
import org.reelwright.domain.Production;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PlanSection;
import org.reelwright.report.PrintOutcome;
import org.reelwright.report.PrintRequest;
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
        model = openWith(PrintFixtures.EXPORT);
    }

    private PrintViewModel openWith(PlanExport export) {
        PrintViewModel opened = new PrintViewModel(export, production, BackgroundWork.sameThread(),
                new Messages(Locale.ENGLISH));
        opened.setErrorHandler(errors::add);
        opened.open();
        return opened;
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
    void printsThePlansOwnPagesToThePrinterChosenInTheDialogAndCancelsTheDialogsJob() {
        List<PrintRequest> sent = new ArrayList<>();
        PrintViewModel vector = openWith(PrintFixtures.exportPrintingTo(request -> {
            sent.add(request);
            return new PrintOutcome.Printed(request.pagesOf(7));
        }));
        PrintFixtures.CountingPrinter printer = new PrintFixtures.CountingPrinter();
        printer.chosen = new PrintRequest("Office laser", "Mother Nebula", 2, false,
                List.of(new PrintRequest.PageRange(2, 4)), PrintRequest.Sides.TWO_SIDED_LONG_EDGE, Optional.empty());

        vector.print(printer);

        assertEquals(List.of(printer.chosen), sent, "the dialog's printer and settings, as they were chosen");
        assertTrue(printer.printed.isEmpty(), "no pictures");
        assertTrue(printer.cancelled, "the dialog's job is let go");
        assertFalse(printer.finished);
        assertEquals("Sent 3 pages to the printer", vector.statusProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void printsPicturesAtPrinterResolutionWhenNoPrintServiceHasThePrintersName() {
        PrintFixtures.CountingPrinter printer = new PrintFixtures.CountingPrinter();
        model.print(printer);
        int pages = model.pageCountProperty().get();
        assertEquals(pages, printer.printed.size());
        assertTrue(printer.finished);
        assertFalse(printer.cancelled);
        assertEquals(1654, printer.printed.get(0).width(), 1, "A4 at 200 dpi");
        assertEquals(PageSetup.Paper.A4, printer.askedFor.paper());
        assertEquals("Sent " + pages + " pages to the printer as pictures: no print service is named \u201c"
                + printer.chosen.printerName() + "\u201d", model.statusProperty().get());

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
    void printsPicturesWhenThePrinterRefusesVectorPages() {
        PrintViewModel refusing = openWith(PrintFixtures.exportPrintingTo(
                request -> new PrintOutcome.Refused("Not a 2D print service")));
        PrintFixtures.CountingPrinter printer = new PrintFixtures.CountingPrinter();

        refusing.print(printer);

        int pages = refusing.pageCountProperty().get();
        assertEquals(pages, printer.printed.size());
        assertTrue(printer.finished);
        assertEquals("Sent " + pages + " pages to the printer as pictures: the printer did not take vector pages"
                + " (Not a 2D print service)", refusing.statusProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aVectorJobThatFailsIsReportedAndNothingElseIsPrinted() {
        PrintViewModel failing = openWith(PrintFixtures.exportPrintingTo(request -> {
            throw new IllegalStateException("the spooler went away");
        }));
        PrintFixtures.CountingPrinter printer = new PrintFixtures.CountingPrinter();

        failing.print(printer);

        assertTrue(printer.printed.isEmpty());
        assertTrue(printer.cancelled);
        assertEquals(List.of("The plan could not be made: the spooler went away"), errors);
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
