package org.reelwright.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.Paper;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PageSetup.Orientation;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanSection;
import org.reelwright.report.PrintOutcome;
import org.reelwright.report.PrintRequest;

/**
 * The plan printed as vector pages, checked headless in the PostScript Java 2D writes for a printer (a stream print
 * service stands for the printer's queue; CUPS turns the same PostScript into the printer's language).
 */
class PdfPrintingTest {
    /** PostScript's picture operators, as a word: a page sent as a picture has one per page. */
    private static final Pattern PICTURE = Pattern.compile("\\b(color)?image\\b");
    /** Java 2D's PostScript prolog binds fill and eofill to these names; text and rules arrive as filled paths. */
    private static final Pattern FILL = Pattern.compile("(?m)^(WF|EF)$");
    /** A transformation [0 -s s 0 x y]: what is drawn is turned a quarter, as a landscape page on upright paper. */
    private static final Pattern QUARTER_TURN = Pattern.compile("\\[0\\.0 -[\\d.]+ [\\d.]+ 0\\.0 ");
    private static PlanDocument plan;

    @BeforeAll
    static void layOut() {
        plan = SamplePlan.document(Set.of(PlanSection.COVER, PlanSection.BUDGET));
    }

    @Test
    void theSamplePlanReachesThePrinterAsPathsWithoutPictures() throws IOException {
        Printed postScript = printVector(PageSetup.defaults(), PrintRequest.of("PostScript stream", "Mother Nebula"));

        assertEquals(new PrintOutcome.Printed(postScript.planPages()), postScript.outcome());
        assertTrue(postScript.planPages() >= 2, "pages: " + postScript.planPages());
        assertEquals(postScript.planPages(), postScript.pages());
        assertEquals(0, postScript.count(PICTURE), "no picture operator");
        assertTrue(postScript.count(FILL) > 500 * postScript.planPages(), "glyphs and rules are filled paths: "
                + postScript.count(FILL));
        assertTrue(postScript.text().contains("/PageSize [595.27"), "A4");
    }

    /** The check above can fail: the picture route, through the same stream, is caught by it. */
    @Test
    void pagesSentAsPicturesHaveAPictureOperatorEachAndFewPaths() throws IOException {
        try (PagedPlan pages = paginate(PageSetup.defaults())) {
            Printed pictures = printPictures(pages);

            assertEquals(pages.pageCount(), pictures.pages());
            assertEquals(pages.pageCount(), pictures.count(PICTURE));
            assertTrue(pictures.count(FILL) < 10 * pages.pageCount(), "fills: " + pictures.count(FILL));
        }
    }

    @Test
    void landscapeLetterPagesGoOnALetterSheetTurnedSideways() throws IOException {
        PageSetup letterLandscape = PageSetup.of(PageSetup.Paper.LETTER, Orientation.LANDSCAPE, 18);

        Printed postScript = printVector(letterLandscape, PrintRequest.of("PostScript stream", "Mother Nebula"));

        assertEquals(postScript.planPages(), postScript.pages());
        assertEquals(1, postScript.count(Pattern.compile("/PageSize \\[612\\.0\\d* 792\\.0\\]")),
                "one Letter sheet, upright, for the whole job");
        assertTrue(postScript.count(QUARTER_TURN) > 0, "the landscape page is turned onto it");
    }

    @Test
    void copiesCollationAndPageRangesAreThoseOfTheRequest() throws IOException {
        PrintRequest secondPageTwice = new PrintRequest("PostScript stream", "Mother Nebula", 2, false,
                List.of(new PrintRequest.PageRange(2, 2)), PrintRequest.Sides.ONE_SIDED, Optional.empty());

        Printed postScript = printVector(PageSetup.defaults(), secondPageTwice);

        assertEquals(new PrintOutcome.Printed(1), postScript.outcome());
        assertEquals(1, postScript.pages());
        assertTrue(postScript.text().contains("/NumCopies 2 >> setpagedevice"), "two copies");
        assertEquals(0, postScript.count(Pattern.compile("/Collate true")), "page by page (PostScript's default)");
    }

    @Test
    void aPrinterNoPrintServiceIsNamedAfterIsReportedAndNothingPrints() throws IOException {
        try (PagedPlan pages = new PdfPagedPlan(Loader.loadPDF(pdf(PageSetup.defaults())), PageSetup.defaults(),
                List.of(), PrintServices.system())) {
            String unknown = "Reelwright test printer that no computer has";

            assertEquals(new PrintOutcome.NoSuchPrinter(unknown), pages.print(PrintRequest.of(unknown, "job")));
        }
    }

    @Test
    void aPrintServiceThatCannotDrawPagesRefusesTheJob() throws IOException {
        PrintService textOnly = (PrintService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> "Line printer";
                    case "isDocFlavorSupported" -> args[0].equals(DocFlavor.INPUT_STREAM.TEXT_PLAIN_UTF_8);
                    case "getSupportedDocFlavors" -> new DocFlavor[] {DocFlavor.INPUT_STREAM.TEXT_PLAIN_UTF_8};
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> null;
                });
        try (PagedPlan pages = new PdfPagedPlan(Loader.loadPDF(pdf(PageSetup.defaults())), PageSetup.defaults(),
                List.of(), name -> Optional.of(textOnly))) {

            PrintOutcome outcome = pages.print(PrintRequest.of("Line printer", "job"));

            assertTrue(outcome instanceof PrintOutcome.Refused, String.valueOf(outcome));
        }
    }

    private static byte[] pdf(PageSetup setup) {
        return SamplePlan.write(plan, setup).pdf();
    }

    private static PagedPlan paginate(PageSetup setup) throws IOException {
        return SamplePlan.RENDERER.paginate(plan, setup);
    }

    /** The plan laid out on {@code setup} and printed to a PostScript stream standing for the named printer. */
    private static Printed printVector(PageSetup setup, PrintRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamPrintService stream = postScriptTo(out);
        try (PagedPlan pages = new PdfPagedPlan(Loader.loadPDF(pdf(setup)), setup, List.of(),
                name -> name.equals(request.printerName()) ? Optional.of(stream) : Optional.empty())) {
            PrintOutcome outcome = pages.print(request);
            return new Printed(outcome, pages.pageCount(), out.toString(StandardCharsets.ISO_8859_1));
        }
    }

    /** The route vector pages replace: each page as a 200-dpi picture, drawn over the whole sheet. */
    private static Printed printPictures(PagedPlan pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(postScriptTo(out));
            PicturePages.print(pages, job);
        } catch (java.awt.print.PrinterException e) {
            throw new IllegalStateException(e);
        }
        return new Printed(null, pages.pageCount(), out.toString(StandardCharsets.ISO_8859_1));
    }

    private static StreamPrintService postScriptTo(ByteArrayOutputStream out) {
        return StreamPrintServiceFactory.lookupStreamPrintServiceFactories(null, "application/postscript")[0]
                .getPrintService(out);
    }

    /** What reached the stream: the outcome the printing reported, the plan's page count and the PostScript. */
    private record Printed(PrintOutcome outcome, int planPages, String text) {
        int pages() {
            return count(Pattern.compile("(?m)^%%Page: "));
        }

        int count(Pattern pattern) {
            Matcher matcher = pattern.matcher(text);
            int found = 0;
            while (matcher.find()) {
                found++;
            }
            return found;
        }
    }
}
