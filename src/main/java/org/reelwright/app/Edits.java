package org.reelwright.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.Workflow;

/** The edits the window offers, each with the label Undo and Redo show. */
public final class Edits {
    private Edits() {
    }

    public static Edit setWorkflow(StageId stage, Workflow workflow) {
        return Edit.of("edit.workflow", p -> {
            StagePlan plan = p.stage(stage);
            return plan.workflow() == workflow ? p : p.withStage(plan.withWorkflow(workflow));
        }, stage, workflow);
    }

    /** Replaces a shot (found by id) with an edited copy; {@code field} names what changed, for the label. */
    public static Edit changeShot(Shot edited, String field) {
        return Edit.of("edit.shot", p -> p.withShot(edited), edited.number(), field);
    }

    /** Makes {@code link.after()} wait for {@code link.before()}; a link that closes a cycle is refused. */
    public static Edit addDependency(StageDependency link) {
        return Edit.of("edit.addDependency", p -> {
            List<StageDependency> links = new ArrayList<>(p.dependencies());
            links.removeIf(d -> d.before() == link.before() && d.after() == link.after());
            links.add(link);
            return p.withDependencies(links);
        }, link.before(), link.after());
    }

    public static Edit removeDependency(StageDependency link) {
        return Edit.of("edit.removeDependency", p -> p.withDependencies(p.dependencies().stream()
                .filter(d -> !d.equals(link)).toList()), link.before(), link.after());
    }

    /**
     * Changes production-level fields (title, genre, currency, calendar…).
     *
     * @param field the field's name as the user sees it, for the Undo label
     */
    public static Edit changeProduction(String field, UnaryOperator<Production> change) {
        return Edit.of("edit.production", change, field);
    }

    /** Changes one stage's plan (workflow, AI tool, AI share, team size, iteration allowance…). */
    public static Edit changeStage(StageId stage, String field, UnaryOperator<StagePlan> change) {
        return Edit.of("edit.stage", p -> p.withStage(change.apply(p.stage(stage))), stage, field);
    }

    /**
     * Puts the user's own figure for a benchmark on a stage's plan (replacing an earlier one). Kept on the
     * benchmark's home stage, it holds for every stage that uses the rate; the library's figure is kept.
     */
    public static Edit setRateOverride(StageId stage, RateOverride override) {
        return Edit.of("edit.override", p -> {
            StagePlan plan = p.stage(stage);
            List<RateOverride> overrides = new ArrayList<>(plan.rateOverrides());
            overrides.removeIf(o -> o.benchmarkId().equals(override.benchmarkId()));
            overrides.add(override);
            return p.withStage(plan.withRateOverrides(overrides));
        }, override.benchmarkId());
    }

    /** Goes back to the library's figure for a benchmark on a stage's plan. */
    public static Edit clearRateOverride(StageId stage, String benchmarkId) {
        return Edit.of("edit.clearOverride", p -> {
            StagePlan plan = p.stage(stage);
            return p.withStage(plan.withRateOverrides(plan.rateOverrides().stream()
                    .filter(o -> !o.benchmarkId().equals(benchmarkId)).toList()));
        }, benchmarkId);
    }

    public static Edit replaceProduction(Production replacement, String labelKey) {
        return Edit.of(labelKey, p -> replacement);
    }
}
