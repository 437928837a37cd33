package org.reelwright.ui.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanRenderer;
import org.reelwright.report.PrintOutcome;
import org.reelwright.report.PrintRequest;
import org.reelwright.report.pdf.PdfPlanRenderer;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/**
 * The sample production, the real plan export (PDF with this computer's fonts), the same export with pages that go to
 * a stand-in for the printer's print service, and a printer that only counts.
 */
final class PrintFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-14T08:00:00Z"), ZoneOffset.UTC);
    static final Planning PLANNING = planning();
    static final Production SAMPLE = sample();
    static final PlanExport EXPORT = new PlanExport(() -> PLANNING, PdfPlanRenderer.withSystemFonts(Locale.ENGLISH,
            CLOCK), Locale.ENGLISH, CLOCK, "Reelwright test");

    private PrintFixtures() {
    }

    /**
     * The real export, but each laid-out plan hands its vector print requests to {@code printService} instead of
     * this computer's printers; everything else (pages, pictures, warnings) is the real PDF's.
     */
    static PlanExport exportPrintingTo(Function<PrintRequest, PrintOutcome> printService) {
        PlanRenderer pdf = PdfPlanRenderer.withSystemFonts(Locale.ENGLISH, CLOCK);
        PlanRenderer renderer = new PlanRenderer() {
            @Override
            public Rendering write(PlanDocument plan, PageSetup setup, OutputStream out) throws IOException {
                return pdf.write(plan, setup, out);
            }

            @Override
            public PagedPlan paginate(PlanDocument plan, PageSetup setup) throws IOException {
                return new PrintingElsewhere(pdf.paginate(plan, setup), printService);
            }
        };
        return new PlanExport(() -> PLANNING, renderer, Locale.ENGLISH, CLOCK, "Reelwright test");
    }

    /** A laid-out plan whose vector pages go to a stand-in print service. */
    private record PrintingElsewhere(PagedPlan pages, Function<PrintRequest, PrintOutcome> printService)
            implements PagedPlan {
        @Override
        public int pageCount() {
            return pages.pageCount();
        }

        @Override
        public PageSetup setup() {
            return pages.setup();
        }

        @Override
        public List<String> warnings() {
            return pages.warnings();
        }

        @Override
        public PageImage draw(int index, double dotsPerInch) {
            return pages.draw(index, dotsPerInch);
        }

        @Override
        public PrintOutcome print(PrintRequest request) {
            return printService.apply(request);
        }

        @Override
        public void close() {
            pages.close();
        }
    }

    /**
     * A printer that keeps what it is sent; it can stand for a cancelled dialog or a computer without printers. No
     * print service of this computer has its name, so the real plan's vector pages never reach a real printer.
     */
    static final class CountingPrinter implements PlanPrinter {
        final List<PagedPlan.PageImage> printed = new ArrayList<>();
        PrintRequest chosen = PrintRequest.of("Reelwright counting printer (no such print service)", "test");
        PageSetup askedFor;
        boolean finished;
        boolean cancelled;
        boolean cancelInDialog;
        boolean noPrinter;

        @Override
        public Optional<Job> begin(PageSetup setup, String jobName) throws IOException {
            if (noPrinter) {
                throw new IOException("No printer is set up on this computer.");
            }
            askedFor = setup;
            if (cancelInDialog) {
                return Optional.empty();
            }
            return Optional.of(new Job() {
                @Override
                public PrintRequest request() {
                    return chosen;
                }

                @Override
                public void print(PagedPlan.PageImage page) {
                    printed.add(page);
                }

                @Override
                public void finish() {
                    finished = true;
                }

                @Override
                public void cancel() {
                    cancelled = true;
                }
            });
        }
    }

    private static Planning planning() {
        try {
            return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Production sample() {
        try (InputStream in = PrintFixtures.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample-scifi-short.json");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
