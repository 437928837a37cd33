package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanRenderer;
import org.reelwright.report.PlanSection;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** The plan's use case with a stand-in renderer: what it builds, and that a file is replaced atomically. */
class PlanExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-14T08:00:00Z"), ZoneOffset.UTC);
    private static Planning planning;
    private static Production sample;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        try (InputStream in = PlanExportTest.class.getResourceAsStream(ProductionDocuments.SAMPLE_RESOURCE)) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    /** Writes the plan's title and section count as text, or fails after writing half of it. */
    private static final class FakeRenderer implements PlanRenderer {
        private final boolean failHalfway;
        final AtomicReference<PlanDocument> last = new AtomicReference<>();

        FakeRenderer(boolean failHalfway) {
            this.failHalfway = failHalfway;
        }

        @Override
        public Rendering write(PlanDocument plan, PageSetup setup, OutputStream out) throws IOException {
            last.set(plan);
            out.write(("NEW " + plan.title()).getBytes(StandardCharsets.UTF_8));
            if (failHalfway) {
                throw new IOException("the renderer broke down");
            }
            out.write((" " + plan.sections().size()).getBytes(StandardCharsets.UTF_8));
            return new Rendering(plan.sections().size(), List.of("a warning"));
        }

        @Override
        public PagedPlan paginate(PlanDocument plan, PageSetup setup) {
            throw new UnsupportedOperationException();
        }
    }

    private PlanExport export(PlanRenderer renderer) {
        return new PlanExport(() -> planning, renderer, Locale.ENGLISH, CLOCK, "Reelwright test");
    }

    @Test
    void buildsThePlanOfTheChosenScenarioWithTheChosenSections() {
        PlanDocument plan = export(new FakeRenderer(false)).plan(sample, new PlanExport.Options(Scenario.AI,
                EnumSet.of(PlanSection.BUDGET, PlanSection.COVER), PageSetup.defaults()));
        assertEquals(List.of(PlanSection.COVER, PlanSection.BUDGET), plan.sections().stream()
                .map(s -> s.kind()).toList());
        assertTrue(plan.subject().contains("AI where suitable"), plan.subject());
        assertEquals("Reelwright test", plan.author());
    }

    @Test
    void replacesTheTargetAndPassesTheWarningsOn() throws IOException {
        Path target = folder.resolve("plan.pdf");
        Files.writeString(target, "OLD");
        PlanRenderer.Rendering rendering = export(new FakeRenderer(false)).export(sample,
                PlanExport.Options.defaults(), target);
        assertEquals("NEW The Salt Archive 9", Files.readString(target));
        assertEquals(List.of("a warning"), rendering.warnings());
        assertEquals(List.of(target), filesIn(folder), "no temporary file is left behind");
    }

    @Test
    void aRendererThatFailsLeavesThePreviousFileIntact() throws IOException {
        Path target = folder.resolve("plan.pdf");
        byte[] old = "OLD PLAN".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        IOException failure = assertThrows(IOException.class, () -> export(new FakeRenderer(true)).export(sample,
                PlanExport.Options.defaults(), target));
        assertEquals("the renderer broke down", failure.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aTargetInAMissingFolderIsBadInput() {
        Path target = folder.resolve("no-such-folder").resolve("plan.pdf");
        PlanExport.TargetNotWritable failure = assertThrows(PlanExport.TargetNotWritable.class,
                () -> export(new FakeRenderer(false)).export(sample, PlanExport.Options.defaults(), target));
        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
        assertThrows(PlanExport.TargetNotWritable.class, () -> export(new FakeRenderer(false)).export(sample,
                PlanExport.Options.defaults(), folder));
    }

    @Test
    void suggestsAFileNameFromTheTitle() {
        assertEquals("the-salt-archive-plan.pdf", PlanExport.suggestedFileName(sample));
        assertEquals(Set.of(), PlanExport.Options.defaults().sections());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
