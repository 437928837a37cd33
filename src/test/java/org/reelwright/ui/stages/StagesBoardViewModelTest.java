package org.reelwright.ui.stages;

import org.reelwright.ui.testing.Sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Edit;
import org.reelwright.app.EditHistory;
import org.reelwright.domain.AiToolCategory;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.Scenario;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;

class StagesBoardViewModelTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(Sample.PRODUCTION);
    private final EditHistory history = new EditHistory();
    private final List<String> labels = new ArrayList<>();
    private final StagesBoardViewModel model = board(BackgroundWork.sameThread());

    private StagesBoardViewModel board(BackgroundWork work) {
        return new StagesBoardViewModel(() -> Sample.PLANNING, work, messages, new Formats(Locale.ENGLISH),
                production, this::apply);
    }

    private void apply(Edit edit) {
        Object[] args = edit.labelArgs().stream().map(a -> a instanceof StageId s ? messages.name(s)
                : a instanceof Workflow w ? messages.name(w) : a).toArray();
        labels.add(messages.get(edit.labelKey(), args));
        history.apply(production.get(), edit).ifPresent(e -> production.set(e.after()));
    }

    @Test
    void everyStageIsARowInProductionOrderWithTheLineOfTheCurrentPlan() {
        assertEquals(List.of(StageId.values()), model.rows().stream().map(StageRowModel::stage).toList());
        var estimate = Sample.PLANNING.estimate(Sample.PRODUCTION, Scenario.CURRENT);
        for (StageRowModel row : model.rows()) {
            assertEquals(estimate.line(row.stage()).orElseThrow().cost(), row.lineProperty().get().cost());
        }
        StageRowModel color = model.row(StageId.COLOR);
        assertTrue(color.lowProperty().get().startsWith("$"));
        assertTrue(color.explanationProperty().get().contains("h/min"), color.explanationProperty().get());
        assertTrue(color.sources().stream().anyMatch(s -> s.contains("Tools for Film")), color.sources().toString());
        assertTrue(model.totalProperty().get().startsWith("Expected budget (P50) $"), model.totalProperty().get());
    }

    @Test
    void stagesOfferOnlyTheWorkflowsAndToolsTheyAccept() {
        StageRowModel casting = model.row(StageId.CASTING);
        assertEquals(List.of(Workflow.TRADITIONAL), casting.workflows());
        assertFalse(casting.aiApplicable());
        assertEquals(List.of(), casting.aiTools());
        assertEquals(List.of(Workflow.AI), model.row(StageId.GENERATION).workflows());
        assertEquals(List.of(Workflow.TRADITIONAL, Workflow.HYBRID, Workflow.AI), model.row(StageId.VFX)
                .workflows());
        assertEquals(List.of(AiToolCategory.IMAGE_GENERATION, AiToolCategory.PREVIS_GENERATOR,
                AiToolCategory.VIDEO_GENERATION), model.row(StageId.PREVIS).aiTools());
        assertTrue(model.row(StageId.VOICE).likenessApplies());
        assertTrue(model.row(StageId.GENERATION).likenessApplies());
        assertFalse(model.row(StageId.MUSIC).likenessApplies());
    }

    @Test
    void switchingTheWorkflowChangesTheLine() {
        StageRowModel storyboard = model.row(StageId.STORYBOARD);
        String before = storyboard.likelyProperty().get();
        storyboard.setWorkflow(Workflow.AI);
        assertEquals(Workflow.AI, production.get().stage(StageId.STORYBOARD).workflow());
        assertEquals(Workflow.AI, storyboard.workflowProperty().get());
        assertEquals(Workflow.AI, storyboard.lineProperty().get().workflow());
        assertNotEquals(before, storyboard.likelyProperty().get());
        assertEquals(List.of("Set Storyboard to AI"), labels);
        storyboard.setWorkflow(Workflow.AI);
        model.row(StageId.CASTING).setWorkflow(Workflow.AI);
        assertEquals(1, labels.size(), "the same workflow again and a workflow the stage refuses make no edit");
    }

    @Test
    void anAiShareOutsideZeroToAHundredIsRefusedAsTyped() {
        StageField share = model.row(StageId.PREVIS).aiShare();
        assertEquals("50", share.textProperty().get());
        share.textProperty().set("150");
        assertEquals("Stage previs: AI share must be between 0 and 100 %, got 150", share.errorProperty().get());
        assertFalse(share.commit());
        share.textProperty().set("half");
        assertEquals("Stage previs: AI share must be a number, got \u201chalf\u201d", share.errorProperty().get());
        assertEquals(0.5, production.get().stage(StageId.PREVIS).aiShare());
        assertEquals(List.of(), labels);
    }

    @Test
    void aTypedAiShareIsPreviewedAndThenCommittedAsOneEdit() {
        StageRowModel previs = model.row(StageId.PREVIS);
        String before = previs.likelyProperty().get();
        previs.aiShare().textProperty().set("90");
        assertNotEquals(before, previs.likelyProperty().get(), "the cost follows the typing");
        assertTrue(previs.previewProperty().get());
        assertEquals(Sample.PRODUCTION, production.get(), "the production waits for the commit");
        String preview = previs.likelyProperty().get();
        assertTrue(previs.aiShare().commit());
        assertEquals(0.9, production.get().stage(StageId.PREVIS).aiShare(), 1e-9);
        assertEquals(preview, previs.likelyProperty().get());
        assertFalse(previs.previewProperty().get());
        assertEquals(List.of("Change AI share of Previs"), labels);
    }

    @Test
    void escapeTakesBackATypedValueAndItsPreview() {
        StageRowModel previs = model.row(StageId.PREVIS);
        String before = previs.likelyProperty().get();
        previs.aiShare().textProperty().set("90");
        previs.aiShare().revert();
        assertEquals("50", previs.aiShare().textProperty().get());
        assertEquals(before, previs.likelyProperty().get());
        assertFalse(previs.previewProperty().get());
    }

    @Test
    void teamSizeAndIterationsAreCheckedWithMessagesNamingTheStage() {
        StageField team = model.row(StageId.VOICE).teamSize();
        team.textProperty().set("0");
        assertEquals("Stage voice: teamSize must be between 1 and 200, got 0", team.errorProperty().get());
        team.textProperty().set("1.5");
        assertEquals("Stage voice: team size must be a whole number, got \u201c1.5\u201d", team.errorProperty().get());
        StageField iterations = model.row(StageId.VFX).iterations();
        assertEquals("25", iterations.textProperty().get());
        iterations.textProperty().set("600");
        assertEquals("Stage vfx: iteration allowance must be between 0 and 500 %, got 600",
                iterations.errorProperty().get());
        iterations.textProperty().set("40");
        assertTrue(iterations.commit());
        assertEquals(0.4, production.get().stage(StageId.VFX).iterationAllowance(), 1e-9);
        team.textProperty().set("3");
        assertTrue(team.commit());
        assertEquals(3, production.get().stage(StageId.VOICE).teamSize());
        assertEquals(List.of("Change iteration allowance of VFX", "Change team size of Voice & dubbing"), labels);
    }

    @Test
    void aiToolAndRealPerformersAreOneEditEach() {
        StageRowModel generation = model.row(StageId.GENERATION);
        generation.setAiTool(AiToolCategory.IMAGE_GENERATION);
        generation.setRealPerformers(true);
        assertEquals(AiToolCategory.IMAGE_GENERATION, production.get().stage(StageId.GENERATION).aiTool());
        assertTrue(production.get().stage(StageId.GENERATION).realPerformerLikeness());
        assertTrue(generation.realPerformersProperty().get());
        assertEquals(List.of("Change AI tool of AI generation", "Change real-performer likeness of AI generation"),
                labels);
    }

    @Test
    void yourOwnRateIsAppliedShownAsYoursAndClearedBackToTheLibrary() {
        StageRowModel subtitles = model.row(StageId.SUBTITLES);
        String before = subtitles.likelyProperty().get();
        RateRowModel rate = rate(subtitles, "subtitles.ai.transcription-per-minute");
        assertFalse(rate.overriddenProperty().get());
        String library = rate.libraryProperty().get();
        rate.lowProperty().set("20");
        rate.likelyProperty().set("25");
        rate.highProperty().set("30");
        rate.noteProperty().set("quote from a local studio");
        assertTrue(rate.apply());
        assertEquals(new RateOverride("subtitles.ai.transcription-per-minute", new BigDecimal("20"),
                new BigDecimal("25"), new BigDecimal("30"), "quote from a local studio"),
                production.get().stage(StageId.SUBTITLES).override("subtitles.ai.transcription-per-minute")
                        .orElseThrow());
        assertTrue(rate.overriddenProperty().get());
        assertEquals("Your figure", rate.originProperty().get());
        assertEquals(library, rate.libraryProperty().get(), "the library's figure is kept and still shown");
        assertNotEquals(before, subtitles.likelyProperty().get());
        assertEquals(List.of("Use your own rate for subtitles.ai.transcription-per-minute"), labels);

        rate.useLibrary();
        assertFalse(rate.overriddenProperty().get());
        assertEquals(List.of(), production.get().stage(StageId.SUBTITLES).rateOverrides());
        assertEquals(before, subtitles.likelyProperty().get());
        assertEquals("", rate.originProperty().get());
    }

    @Test
    void yourOwnRateMustBeOrderedAndNumeric() {
        RateRowModel rate = rate(model.row(StageId.SUBTITLES), "subtitles.ai.transcription-per-minute");
        rate.lowProperty().set("3");
        rate.likelyProperty().set("2");
        rate.highProperty().set("4");
        assertFalse(rate.apply());
        assertEquals("Rate override subtitles.ai.transcription-per-minute: values must satisfy low \u2264 likely "
                + "\u2264 high, got 3 / 2 / 4", rate.errorProperty().get());
        rate.lowProperty().set("-1");
        assertFalse(rate.apply());
        assertEquals("Rate override subtitles.ai.transcription-per-minute: low must not be negative, got -1",
                rate.errorProperty().get());
        rate.highProperty().set("a lot");
        assertFalse(rate.apply());
        assertEquals("Rate override subtitles.ai.transcription-per-minute: high must be a number, got "
                + "\u201ca lot\u201d", rate.errorProperty().get());
        assertEquals(Sample.PRODUCTION, production.get());
    }

    @Test
    void anOverrideKeptOnTheRatesHomeStageIsShownAndClearedThere() {
        StageRowModel script = model.row(StageId.SCRIPT);
        RateRowModel writer = rate(script, "crew.writer-day-rate");
        assertEquals("100 \u2013 200 \u2013 350", writer.libraryProperty().get());
        assertEquals("USD/day", writer.unitProperty().get());
        assertEquals("Assumption, 2026", writer.confidenceProperty().get());
        // A rate kept on its home stage (as the benchmarks browser does) holds for another stage that uses it:
        // the subtitles' AI review is paid at the editor's day rate.
        StageRowModel subtitles = model.row(StageId.SUBTITLES);
        String shared = "crew.editor-day-rate";
        assertTrue(subtitles.lineProperty().get().benchmarkIds().contains(shared));
        StageId home = Sample.PLANNING.library().benchmark(shared).orElseThrow().stage();
        assertEquals(StageId.EDITING, home);
        apply(org.reelwright.app.Edits.setRateOverride(home, new RateOverride(shared, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, "")));
        RateRowModel used = rate(subtitles, shared);
        assertTrue(used.overriddenProperty().get());
        assertEquals("Your figure (kept on " + messages.name(home) + ")", used.originProperty().get());
        used.useLibrary();
        assertEquals(List.of(), production.get().stage(home).rateOverrides());
    }

    @Test
    void theNewestRequestWinsAndTypingDoesNotQueueEstimates() {
        HeldWork held = new HeldWork();
        StagesBoardViewModel board = board(held);
        assertEquals(1, held.tasks.size(), "the first estimate runs");
        StageRowModel previs = board.row(StageId.PREVIS);
        previs.aiShare().textProperty().set("6");
        previs.aiShare().textProperty().set("60");
        previs.aiShare().textProperty().set("70");
        assertEquals(1, held.tasks.size(), "while it runs, typing only marks the board for one more estimate");
        held.finishNext();
        assertEquals("", previs.likelyProperty().get(), "a result overtaken by typing is not shown");
        assertEquals(2, held.tasks.size(), "one follow-up with the newest text");
        held.finishNext();
        production.set(production.get().withStage(production.get().stage(StageId.PREVIS).withAiShare(0.7)));
        held.finishNext();
        assertEquals(Sample.PLANNING.estimate(production.get(), Scenario.CURRENT).line(StageId.PREVIS).orElseThrow()
                .cost().likely(), previs.lineProperty().get().cost().likely());
    }

    @Test
    void theLinesComeFirstAndTheHeadlineFollowsTheSimulation() {
        HeldWork held = new HeldWork();
        StagesBoardViewModel board = board(held);
        held.finishNext();
        assertNotEquals("", board.row(StageId.COLOR).likelyProperty().get(), "the lines, from the deterministic step");
        assertEquals("", board.totalProperty().get(), "no headline before the simulation");
        assertTrue(board.totalPendingProperty().get());
        assertEquals(2, held.tasks.size(), "the simulation runs after the lines are shown");
        held.finishNext();
        assertFalse(board.totalPendingProperty().get());
        assertTrue(board.totalProperty().get().startsWith("Expected budget (P50) $"), board.totalProperty().get());
    }

    private static RateRowModel rate(StageRowModel row, String id) {
        return row.rates().stream().filter(r -> r.benchmarkId().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(row.stage() + " uses " + row.rates().stream().map(RateRowModel::benchmarkId)
                        .toList()));
    }

    /** Background work that runs only when the test says so, to see what happens while an estimate runs. */
    private static final class HeldWork implements BackgroundWork {
        final List<Runnable> tasks = new ArrayList<>();
        private int next;

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess,
                Consumer<Exception> onFailure) {
            tasks.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void finishNext() {
            tasks.get(next++).run();
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty descriptionProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }
    }
}
