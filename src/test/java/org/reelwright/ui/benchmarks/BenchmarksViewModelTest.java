package org.reelwright.ui.benchmarks;

import org.reelwright.ui.testing.Sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.benchmark.Confidence;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.Scenario;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/** The benchmarks browser's state over the bundled library and the sample production, without a stage. */
class BenchmarksViewModelTest {
    private static final String EDITOR = "crew.editor-day-rate";
    private static final String HOURS = "work.hours-per-day";
    private final Sample.Open open = new Sample.Open();

    private BenchmarksViewModel model(Locale locale) {
        return new BenchmarksViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), new Messages(locale),
                locale, open.production, open.apply);
    }

    private BenchmarksViewModel model() {
        return model(Locale.ENGLISH);
    }

    @Test
    void listsEveryRateOfTheLibrary() {
        BenchmarksViewModel model = model();
        int size = Sample.PLANNING.library().benchmarks().size();
        assertEquals(size, model.rows().size());
        assertEquals("Showing " + size + " of " + size + " rates", model.countProperty().get());
        BenchmarkRow editor = row(model, EDITOR);
        assertEquals("Freelance editor day rate", editor.label());
        assertEquals("Editing", editor.stageName());
        assertEquals("Either", editor.basisName());
        assertEquals(List.of("150", "350", "600"), List.of(editor.low(), editor.likely(), editor.high()));
        assertEquals("USD/day", editor.unit());
        assertEquals("Low", editor.confidenceName());
        assertFalse(editor.yours());
        assertEquals("0.0043", row(model, "subtitles.ai.transcription-per-minute").low(), "small rates keep digits");
        assertEquals("Shared", row(model, HOURS).stageName());
    }

    @Test
    void searchLooksInLabelsIdsAndSourcesAndNeedsEveryWord() {
        BenchmarksViewModel model = model();
        model.searchProperty().set("Editor");
        assertTrue(ids(model).contains(EDITOR));
        assertTrue(ids(model).contains("trailer.traditional.days-per-minute"), "its label says editor");
        assertTrue(model.rows().size() < 10);

        model.searchProperty().set("generation.price");
        assertEquals(Set.of("generation.price-per-generated-second"), ids(model));

        // David Carpenter is the speaker of the FILMART source that rule A1 rests on.
        model.searchProperty().set("carpenter");
        assertTrue(ids(model).containsAll(Set.of("script.ai.effort-factor", "previs.ai.effort-factor",
                "editing.ai.effort-factor")), ids(model).toString());

        model.searchProperty().set("editor   TRAILER");
        assertTrue(ids(model).contains("trailer.traditional.days-per-minute"));
        assertFalse(ids(model).contains(EDITOR), "every word must match");

        model.searchProperty().set("no such rate anywhere");
        assertTrue(model.rows().isEmpty());
        assertEquals("Showing 0 of " + Sample.PLANNING.library().benchmarks().size() + " rates",
                model.countProperty().get());
    }

    @Test
    void filtersByStageAndConfidence() {
        BenchmarksViewModel model = model();
        model.stageFilterProperty().set(StageChoice.of(StageId.VFX));
        assertTrue(model.rows().stream().allMatch(r -> r.benchmark().stage() == StageId.VFX));
        assertEquals(count(b -> b.stage() == StageId.VFX), model.rows().size());

        model.stageFilterProperty().set(StageChoice.SHARED);
        assertEquals(Set.of(HOURS, "work.days-per-month"), ids(model));

        model.stageFilterProperty().set(StageChoice.ALL);
        model.confidenceFilterProperty().set(Confidence.HIGH);
        assertTrue(model.rows().stream().allMatch(r -> r.benchmark().confidence() == Confidence.HIGH));
        assertEquals(count(b -> b.confidence() == Confidence.HIGH), model.rows().size());

        model.confidenceFilterProperty().set(Confidence.ASSUMPTION);
        model.stageFilterProperty().set(StageChoice.of(StageId.SOUND));
        assertEquals(count(b -> b.confidence() == Confidence.ASSUMPTION && b.stage() == StageId.SOUND),
                model.rows().size());
        assertEquals("All confidence levels", model.confidenceName(null));
        assertEquals(18, model.stageChoices().size(), "all, shared and the 16 stages");
    }

    @Test
    void detailsGiveTheFigureNoteSourcesRulesAndUse() {
        BenchmarksViewModel model = model();
        model.select("editing.ai.effort-factor");
        BenchmarkDetails d = model.detailsProperty().get();
        assertEquals("editing.ai.effort-factor", d.id());
        assertEquals("0.6 \u00d7 likely, range 0.5 \u2013 0.85 (2026)", d.libraryFigure());
        assertFalse(d.yours());
        assertEquals(List.of("A1", "A2", "A6"), d.rules().stream().map(BenchmarkDetails.RuleLine::id).toList());
        assertTrue(d.rules().get(0).summary().contains("Carpenter"));
        assertTrue(d.sources().size() >= 2);
        assertTrue(d.sources().stream().allMatch(s -> !s.title().isBlank()));
        assertTrue(d.appliesTo().startsWith("Kept on the Editing stage"), d.appliesTo());

        model.select(EDITOR);
        BenchmarkDetails editor = model.detailsProperty().get();
        assertTrue(editor.usedBy().contains("Editing"), editor.usedBy());
        assertTrue(editor.usedBy().contains("Trailer"), "the trailer's editor is paid the same day rate");
        assertEquals("Nadian Sands \u00b7 topview.ai", editor.sources().get(0).byline());
        assertEquals("https://topview.ai", editor.sources().get(0).address());
    }

    @Test
    void theFormStartsWithTheFigureInUse() {
        BenchmarksViewModel model = model();
        model.select(EDITOR);
        assertEquals(List.of("150", "350", "600"), List.of(model.lowTextProperty().get(),
                model.likelyTextProperty().get(), model.highTextProperty().get()));
        assertEquals("USD/day", model.unitProperty().get());
        assertEquals("", model.validationProperty().get());
        assertTrue(model.canApplyProperty().get());
        assertFalse(model.canClearProperty().get());
    }

    @ParameterizedTest(name = "{0} / {1} / {2} \u2192 {4}")
    @CsvSource(delimiter = '|', value = {
        "abc | 350 | 600 | low | Low must be a number; \u201cabc\u201d is not one.",
        "150 | 3 5 | 600 | likely | Likely must be a number; \u201c3 5\u201d is not one.",
        "150 | 350 | '' | high | High is needed.",
        "150 | 350 | 600x | high | High must be a number; \u201c600x\u201d is not one.",
        "500 | 300 | 600 | likely | Rate override crew.editor-day-rate: values must satisfy low \u2264 likely \u2264 "
                + "high, got 500 / 300 / 600",
        "-5 | 300 | 600 | low | Rate override crew.editor-day-rate: low must not be negative, got -5",
        "150 | 350 | 1,200 | '' | ''",
    })
    void overrideFiguresAreCheckedAsTheyAreTyped(String low, String likely, String high, String field,
            String message) {
        BenchmarksViewModel model = model();
        model.select(EDITOR);
        model.lowTextProperty().set(low);
        model.likelyTextProperty().set(likely);
        model.highTextProperty().set(high == null ? "" : high);
        String expected = message == null ? "" : message;
        assertEquals(expected, model.validationProperty().get());
        assertEquals(field == null ? "" : field, model.invalidFieldProperty().get(), "the field to mark");
        assertEquals(expected.isEmpty(), model.canApplyProperty().get());
        if (!expected.isEmpty()) {
            assertFalse(model.useMyFigure());
            assertEquals(0, open.edits, "nothing changes while the figures are wrong");
        }
    }

    @Test
    void myFigureIsKeptOnTheHomeStageMarkedAndUsedByTheEstimate() {
        BenchmarksViewModel model = model();
        model.select(EDITOR);
        model.lowTextProperty().set("400");
        model.likelyTextProperty().set("500");
        model.highTextProperty().set("1,000");
        model.noteTextProperty().set("Quote from a local editor");
        assertTrue(model.useMyFigure());

        assertEquals(1, open.edits);
        RateOverride kept = open.production.get().stage(StageId.EDITING).override(EDITOR).orElseThrow();
        assertEquals(new RateOverride(EDITOR, new BigDecimal("400"), new BigDecimal("500"), new BigDecimal("1000"),
                "Quote from a local editor"), kept);
        assertTrue(open.production.get().stage(StageId.TRAILER).override(EDITOR).isEmpty(), "one place only");
        BenchmarkRow row = model.selectedProperty().get();
        assertTrue(row.yours());
        assertEquals(List.of("400", "500", "1,000"), List.of(row.low(), row.likely(), row.high()));
        BenchmarkDetails d = model.detailsProperty().get();
        assertEquals("500 USD/day likely, range 400 \u2013 1,000 (2026)", d.yourFigure());
        assertEquals("350 USD/day likely, range 150 \u2013 600 (2026)", d.libraryFigure(), "the original is kept");
        assertEquals("Quote from a local editor", d.yourNote());
        assertTrue(model.canClearProperty().get());
        model.onlyYoursProperty().set(true);
        assertEquals(Set.of(EDITOR), ids(model));
        // The trailer's editor is paid the same rate: the figure holds there too.
        assertNotEquals(Sample.PLANNING.estimate(Sample.PRODUCTION, Scenario.CURRENT).line(StageId.TRAILER)
                .orElseThrow().cost(), Sample.PLANNING.estimate(open.production.get(), Scenario.CURRENT)
                .line(StageId.TRAILER).orElseThrow().cost());

        model.useLibraryFigure();
        assertEquals(2, open.edits);
        assertTrue(open.production.get().stage(StageId.EDITING).override(EDITOR).isEmpty());
        assertFalse(model.selectedProperty().get().yours());
        assertTrue(model.rows().isEmpty(), "no own figures are left to list");
        assertEquals("350", model.likelyTextProperty().get(), "the form shows the library figure again");
    }

    @Test
    void aSharedRateIsKeptOnEveryStageInOneEdit() {
        BenchmarksViewModel model = model();
        model.select(HOURS);
        assertTrue(model.detailsProperty().get().appliesTo().startsWith("A rate shared by all stages"));
        model.lowTextProperty().set("10");
        model.likelyTextProperty().set("10");
        model.highTextProperty().set("10");
        assertTrue(model.useMyFigure());
        assertEquals(1, open.edits, "one undo step");
        for (StageId stage : StageId.values()) {
            assertEquals(0, BigDecimal.TEN.compareTo(open.production.get().stage(stage).override(HOURS).orElseThrow()
                    .likely()), stage.id());
        }
        assertTrue(model.selectedProperty().get().yours());

        model.useLibraryFigure();
        assertEquals(2, open.edits);
        for (StageId stage : StageId.values()) {
            assertTrue(open.production.get().stage(stage).override(HOURS).isEmpty(), stage.id());
        }
    }

    @Test
    void chineseNumbersAndWordsToo() {
        BenchmarksViewModel model = model(Locale.SIMPLIFIED_CHINESE);
        model.select(EDITOR);
        assertEquals("剪辑", row(model, EDITOR).stageName());
        assertEquals("低", row(model, EDITOR).confidenceName());
        model.highTextProperty().set("六百");
        assertEquals("\u201c高\u201d必须是数字；\u201c六百\u201d不是数字。", model.validationProperty().get());
        model.highTextProperty().set("1,200");
        assertEquals("", model.validationProperty().get());
    }

    private static BenchmarkRow row(BenchmarksViewModel model, String id) {
        return model.allRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> ids(BenchmarksViewModel model) {
        return model.rows().stream().map(BenchmarkRow::id).collect(Collectors.toSet());
    }

    private static long count(java.util.function.Predicate<Benchmark> test) {
        return Sample.PLANNING.library().benchmarks().stream().filter(test).count();
    }
}
