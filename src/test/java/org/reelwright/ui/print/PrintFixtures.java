package org.reelwright.ui.print;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.pdf.PdfPlanRenderer;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** The sample production, the real plan export (PDF with this computer's fonts) and a printer that only counts. */
final class PrintFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-14T08:00:00Z"), ZoneOffset.UTC);
    static final Planning PLANNING = planning();
    static final Production SAMPLE = sample();
    static final PlanExport EXPORT = new PlanExport(() -> PLANNING, PdfPlanRenderer.withSystemFonts(Locale.ENGLISH,
            CLOCK), Locale.ENGLISH, CLOCK, "Reelwright test");

    private PrintFixtures() {
    }

    /** A printer that keeps what it is sent; it can stand for a cancelled dialog or a computer without printers. */
    static final class CountingPrinter implements PlanPrinter {
        final List<PagedPlan.PageImage> printed = new ArrayList<>();
        PageSetup askedFor;
        boolean finished;
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
                public void print(PagedPlan.PageImage page) {
                    printed.add(page);
                }

                @Override
                public void finish() {
                    finished = true;
                }

                @Override
                public void cancel() {
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
