package org.reelwright.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;

/**
 * The three scenarios side by side, with the difference per stage and the stages that drive the difference between
 * the traditional and the AI-where-suitable plan (largest absolute change of the likely cost first; a stage whose
 * change rounds to zero is never one).
 */
public record ScenarioComparison(Estimate current, Estimate traditional, Estimate ai, List<StageDelta> deltas,
        List<StageDelta> drivers) {

    /** One stage across the scenarios; deltas are against the traditional plan, likely values. */
    public record StageDelta(StageId stage, Workflow currentWorkflow, Workflow aiWorkflow, BigDecimal current,
            BigDecimal traditional, BigDecimal ai, String why) {

        public BigDecimal currentVsTraditional() {
            return current.subtract(traditional);
        }

        public BigDecimal aiVsTraditional() {
            return ai.subtract(traditional);
        }
    }

    private static final int DRIVER_COUNT = 3;

    public static ScenarioComparison of(CostEstimator estimator, Production production) {
        return of(scenario -> estimator.estimate(production, scenario));
    }

    /** The comparison of the estimates {@code estimateOf} gives for each scenario (made or remembered). */
    public static ScenarioComparison of(java.util.function.Function<Scenario, Estimate> estimateOf) {
        Estimate current = estimateOf.apply(Scenario.CURRENT);
        Estimate traditional = estimateOf.apply(Scenario.TRADITIONAL);
        Estimate ai = estimateOf.apply(Scenario.AI);
        List<StageDelta> deltas = new ArrayList<>();
        for (StageLine line : current.lines()) {
            StageLine t = traditional.line(line.stage()).orElseThrow();
            StageLine a = ai.line(line.stage()).orElseThrow();
            deltas.add(new StageDelta(line.stage(), line.workflow(), a.workflow(), line.cost().likely(),
                    t.cost().likely(), a.cost().likely(), a.explanation()));
        }
        // The drivers are the stages that make the AI plan differ from the traditional one, and every view shows
        // them by that difference: a stage only the user's own plan changes, or whose difference rounds to nothing
        // in whole currency units, is not a driver (it would be listed as "+0").
        List<StageDelta> drivers = deltas.stream()
                .filter(d -> d.aiVsTraditional().setScale(0, RoundingMode.HALF_UP).signum() != 0)
                .sorted(Comparator.comparing((StageDelta d) -> d.aiVsTraditional().abs()).reversed())
                .limit(DRIVER_COUNT).toList();
        return new ScenarioComparison(current, traditional, ai, List.copyOf(deltas), drivers);
    }

    public List<Estimate> all() {
        return List.of(current, traditional, ai);
    }

    /**
     * Working days if the stages ran one after another, likely values: an upper bound until the schedule (with
     * its parallel branches and critical path) replaces it.
     */
    public static BigDecimal serialDays(Estimate estimate) {
        return estimate.lines().stream().map(l -> l.calendarDays().likely()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
