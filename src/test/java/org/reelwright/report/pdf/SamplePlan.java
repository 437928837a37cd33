package org.reelwright.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PlanBuilder;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanInput;
import org.reelwright.report.PlanRenderer;
import org.reelwright.report.PlanSection;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** The sample production's plan and a renderer with this computer's fonts, made once for the PDF tests. */
final class SamplePlan {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:30:00Z"), ZoneOffset.UTC);
    static final Production PRODUCTION = production();
    static final PlanInput INPUT = input();
    static final PdfPlanRenderer RENDERER = PdfPlanRenderer.withSystemFonts(Locale.ENGLISH, CLOCK);

    private SamplePlan() {
    }

    static PlanDocument document(Set<PlanSection> sections) {
        return new PlanBuilder(Locale.ENGLISH).build(INPUT, sections, "Reelwright test");
    }

    /** The plan written as PDF bytes, with what the renderer reported. */
    record Written(byte[] pdf, PlanRenderer.Rendering rendering) {
    }

    static Written write(PlanDocument document, PageSetup setup) {
        return write(RENDERER, document, setup);
    }

    static Written write(PlanRenderer renderer, PlanDocument document, PageSetup setup) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PlanRenderer.Rendering rendering = renderer.write(document, setup, out);
            return new Written(out.toByteArray(), rendering);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Production production() {
        try (InputStream in = SamplePlan.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample-scifi-short.json");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PlanInput input() {
        try {
            Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()),
                    Locale.ENGLISH);
            return new PlanInput(PRODUCTION, planning.estimate(PRODUCTION, Scenario.CURRENT),
                    planning.compare(PRODUCTION), planning.schedule(PRODUCTION, Scenario.CURRENT),
                    planning.library(), LocalDate.of(2027, 4, 14));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
