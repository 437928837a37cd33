package org.reelwright.ui.budget;

import org.reelwright.ui.testing.Sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Edits;
import org.reelwright.domain.Phase;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Scenario;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;

/** The top sheet's state for the sample production, without a stage. */
class BudgetViewModelTest {
    private final Sample.Open open = new Sample.Open();

    private BudgetViewModel model(Locale locale, BackgroundWork work) {
        return new BudgetViewModel(() -> Sample.PLANNING, work, new Messages(locale), new Formats(locale), locale,
                open.production);
    }

    private BudgetViewModel model() {
        return model(Locale.ENGLISH, BackgroundWork.sameThread());
    }

    @Test
    void listsEveryPhaseWithItsStagesInProductionOrder() {
        BudgetViewModel model = model();
        List<Phase> phases = model.rows().stream().filter(r -> r.kind() == BudgetRow.Kind.PHASE)
                .map(BudgetRow::phase).toList();
        assertEquals(List.of(Phase.values()), phases);
        List<StageId> stages = model.rows().stream().filter(r -> r.kind() == BudgetRow.Kind.STAGE)
                .map(BudgetRow::stage).toList();
        assertEquals(List.of(StageId.values()), stages);
        List<BudgetRow.Kind> closing = model.rows().subList(model.rows().size() - 3, model.rows().size()).stream()
                .map(BudgetRow::kind).toList();
        assertEquals(List.of(BudgetRow.Kind.SUBTOTAL, BudgetRow.Kind.CONTINGENCY, BudgetRow.Kind.TOTAL), closing);
        for (BudgetRow row : model.rows()) {
            if (row.kind() == BudgetRow.Kind.STAGE) {
                assertEquals(row.phase(), row.stage().phase(), row.label());
            }
        }
    }

    @Test
    void stageLinesAddUpToPhaseSubtotalsAndTheseToTheTotal() {
        BudgetViewModel model = model();
        Range phases = Range.ZERO;
        BudgetRow phase = null;
        Range inPhase = Range.ZERO;
        for (BudgetRow row : model.rows()) {
            if (row.kind() == BudgetRow.Kind.PHASE) {
                assertPhaseAddsUp(phase, inPhase);
                phase = row;
                inPhase = Range.ZERO;
                phases = phases.plus(row.cost());
            } else if (row.kind() == BudgetRow.Kind.STAGE) {
                inPhase = inPhase.plus(row.cost());
            }
        }
        assertPhaseAddsUp(phase, inPhase);
        Range subtotal = row(model, BudgetRow.Kind.SUBTOTAL).cost();
        Range contingency = row(model, BudgetRow.Kind.CONTINGENCY).cost();
        Range total = row(model, BudgetRow.Kind.TOTAL).cost();
        assertSameRange(phases, subtotal);
        assertSameRange(subtotal.plus(contingency), total);
        Estimate estimate = model.estimateProperty().get();
        assertSameRange(estimate.total(), total);
        assertSameRange(subtotal.times(BigDecimal.valueOf(estimate.contingencyPercent() / 100)), contingency);
    }

    @Test
    void showsFiguresInTheProductionsCurrencyForTheLocale() {
        BudgetViewModel model = model();
        Estimate estimate = model.estimateProperty().get();
        Formats formats = new Formats(Locale.ENGLISH);
        // The card leads with the headline, P50 of the simulation (ADR 0008), the range is P10–P90.
        assertEquals(formats.money(estimate.headline(), estimate.currency()), model.headlineProperty().get());
        assertEquals("Range (P10–P90) " + formats.money(estimate.p10(), estimate.currency()) + " – "
                + formats.money(estimate.p90(), estimate.currency()), model.totalRangeProperty().get());
        assertTrue(model.totalLikelyProperty().get().startsWith("$"), model.totalLikelyProperty().get());
        assertEquals(formats.money(estimate.p50(), estimate.currency()), model.p50Property().get());
        assertEquals(formats.money(estimate.p80(), estimate.currency()), model.p80Property().get());
        assertEquals("Contingency (10%)", row(model, BudgetRow.Kind.CONTINGENCY).label());
        assertEquals("All figures in US Dollar (USD)", model.currencyProperty().get());
        BudgetRow script = stage(model, StageId.SCRIPT);
        assertEquals("$3,000", script.likely());
        assertEquals("Traditional", script.workflowText());

        BudgetViewModel chinese = model(Locale.SIMPLIFIED_CHINESE, BackgroundWork.sameThread());
        assertEquals("小计", row(chinese, BudgetRow.Kind.SUBTOTAL).label());
        assertEquals("US$3,000", stage(chinese, StageId.SCRIPT).likely());
    }

    @Test
    void marksTheStagesThatUseAiTools() {
        BudgetViewModel model = model();
        List<StageId> ai = model.rows().stream().filter(BudgetRow::ai).map(BudgetRow::stage).toList();
        assertEquals(List.of(StageId.PREVIS, StageId.GENERATION, StageId.EDITING, StageId.VFX, StageId.SUBTITLES),
                ai);
        assertEquals("Hybrid (50% AI)", stage(model, StageId.PREVIS).workflowText());
        assertTrue(model.aiSummaryProperty().get().startsWith("5 of 16 stages use AI tools"),
                model.aiSummaryProperty().get());
    }

    @Test
    void sharesOfTheSubtotalAddUpToOne() {
        BudgetViewModel model = model();
        double stages = model.rows().stream().filter(r -> r.kind() == BudgetRow.Kind.STAGE)
                .mapToDouble(BudgetRow::share).sum();
        double phases = model.rows().stream().filter(r -> r.kind() == BudgetRow.Kind.PHASE)
                .mapToDouble(BudgetRow::share).sum();
        assertEquals(1.0, stages, 1e-9);
        assertEquals(1.0, phases, 1e-9);
        assertEquals("", row(model, BudgetRow.Kind.TOTAL).shareText());
    }

    @Test
    void switchingTheScenarioShowsThatPlan() {
        BudgetViewModel model = model();
        String current = model.totalLikelyProperty().get();
        model.scenarioProperty().set(Scenario.TRADITIONAL);
        assertEquals(Scenario.TRADITIONAL, model.topSheetProperty().get().scenario());
        assertFalse(model.rows().stream().anyMatch(BudgetRow::ai), "the traditional plan uses no AI");
        BudgetRow generation = stage(model, StageId.GENERATION);
        assertEquals(Workflow.AI, generation.workflow(), "generation can only be AI work...");
        assertTrue(generation.cost().isZero(), "...but the traditional plan has none");
        assertEquals("No stage of this plan uses AI tools.", model.aiSummaryProperty().get());
        assertFalse(current.equals(model.totalLikelyProperty().get()));
        assertEquals("AI where suitable", model.scenarioName(Scenario.AI));
    }

    @Test
    void anEditToTheProductionIsShownAtOnce() {
        BudgetViewModel model = model();
        BigDecimal before = stage(model, StageId.SUBTITLES).cost().likely();
        open.apply.accept(Edits.setWorkflow(StageId.SUBTITLES, Workflow.TRADITIONAL));
        BudgetRow subtitles = stage(model, StageId.SUBTITLES);
        assertEquals(Workflow.TRADITIONAL, subtitles.workflow());
        assertFalse(subtitles.ai());
        assertTrue(subtitles.cost().likely().compareTo(before) != 0, "human subtitles cost other than AI ones");
    }

    @Test
    void theNewestProductionWinsWhenEstimatesFinishOutOfOrder() {
        HeldWork work = new HeldWork();
        BudgetViewModel model = model(Locale.ENGLISH, work);
        open.apply.accept(Edits.setWorkflow(StageId.SUBTITLES, Workflow.TRADITIONAL));
        open.apply.accept(Edits.setWorkflow(StageId.SUBTITLES, Workflow.HYBRID));
        assertEquals(3, work.held.size());
        work.finish(2);
        work.finish(0);
        work.finish(1);
        assertEquals(Workflow.HYBRID, stage(model, StageId.SUBTITLES).workflow());
    }

    @Test
    void aFailedEstimateSaysWhy() {
        BackgroundWork failing = new HeldWork() {
            @Override
            public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                onFailure.accept(new IllegalStateException("No exchange rate from EUR to USD"));
            }
        };
        BudgetViewModel model = model(Locale.ENGLISH, failing);
        assertEquals("No exchange rate from EUR to USD", model.errorProperty().get());
        assertTrue(model.rows().isEmpty());
    }

    private static void assertPhaseAddsUp(BudgetRow phase, Range stages) {
        if (phase != null) {
            assertSameRange(stages, phase.cost());
        }
    }

    /** Equal to a millionth of a cent: sums in another order may differ in the 16th digit. */
    private static void assertSameRange(Range expected, Range actual) {
        assertEquals(expected.low().doubleValue(), actual.low().doubleValue(), 1e-8, () -> expected + " vs " + actual);
        assertEquals(expected.likely().doubleValue(), actual.likely().doubleValue(), 1e-8,
                () -> expected + " vs " + actual);
        assertEquals(expected.high().doubleValue(), actual.high().doubleValue(), 1e-8,
                () -> expected + " vs " + actual);
    }

    private static BudgetRow row(BudgetViewModel model, BudgetRow.Kind kind) {
        return model.rows().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    private static BudgetRow stage(BudgetViewModel model, StageId stage) {
        return model.rows().stream().filter(r -> r.stage() == stage).findFirst().orElseThrow();
    }

    /** Background work that waits until the test finishes it, so answers can arrive in any order. */
    private static class HeldWork implements BackgroundWork {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void finish(int index) {
            held.get(index).run();
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new SimpleBooleanProperty(false);
        }

        @Override
        public ReadOnlyStringProperty descriptionProperty() {
            return new SimpleStringProperty("");
        }
    }
}
