package org.reelwright.perf;

import java.awt.print.PrinterJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PrintRequest;
import org.reelwright.report.pdf.PicturePages;
import org.reelwright.report.pdf.PdfPlanRenderer;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/**
 * Times the two ways Print can reach a real print queue (docs/decisions/0009-printing-vector-pages.md): the plan's
 * vector pages through PagedPlan.print, the code path of the Print dialog, and the 200-dpi pictures the dialog
 * falls back to, drawn through Java 2D as JavaFX's printer job does. Prints wall-clock milliseconds from the call to
 * the job handed to the queue; the queue's log gives the bytes spooled.
 *
 * <p>Usage, after {@code mvn -B package -DskipTests}: {@code java -cp
 * 'target/test-classes:target/reelwright.jar:target/lib/*' org.reelwright.perf.PrintRouteHarness PRINTER
 * PRODUCTION.json en|zh [pictures]}
 */
public final class PrintRouteHarness {
    private PrintRouteHarness() {
    }

    public static void main(String[] args) throws Exception {
        String printer = args[0];
        Locale locale = Locale.forLanguageTag(args[2]);
        boolean pictures = args.length > 3 && args[3].equals("pictures");
        Path file = Path.of(args[1]);
        Production production = new JsonProductionFiles().parse(Files.readAllBytes(file), file.toString());
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), locale);
        PlanExport export = new PlanExport(() -> planning, PdfPlanRenderer.withSystemFonts(locale,
                Clock.systemDefaultZone()), locale, Clock.systemDefaultZone(), "Reelwright harness");
        try (PagedPlan plan = export.paginate(production, PlanExport.Options.defaults())) {
            long start = System.nanoTime();
            String what = pictures ? "pictures " + printPictures(plan, printer)
                    : "vector " + plan.print(PrintRequest.of(printer, production.title() + " (vector)"));
            System.out.printf("%s: %d pages, %d ms%n", what, plan.pageCount(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** What FxPlanPrinter sends when it falls back: each page as a 200-dpi picture over the sheet. */
    private static String printPictures(PagedPlan plan, String printer) throws Exception {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printer)).findFirst().orElseThrow();
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPrintService(service);
        job.setJobName("pictures");
        PicturePages.print(plan, job);
        return "(Java 2D)";
    }
}
