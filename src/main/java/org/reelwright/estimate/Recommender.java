package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.Workflow;

/**
 * Proposes a workflow per stage: for every stage where AI is an option, the workflow with the lowest expected (PERT)
 * cost whose new flags stay within the risk tolerance; then, if a deadline is given and the plan is too long, the
 * stages that buy the most days per extra unit of money are switched to their fastest acceptable workflow until the
 * plan fits. Each proposal says why. The plan's length is measured by the function it is given (the app gives it
 * the schedule's critical path).
 */
public final class Recommender {
    private final CostEstimator estimator;
    private final java.util.function.BiFunction<Production, Estimate, BigDecimal> length;

    /**
     * @param estimator an estimator without Monte Carlo draws is enough and much faster
     * @param length the plan's length in working days (the schedule's critical path), given the plan and its
     *     estimate
     */
    public Recommender(CostEstimator estimator, java.util.function.BiFunction<Production, Estimate, BigDecimal> length) {
        this.estimator = estimator;
        this.length = length;
    }

    /** Measures a plan's length as its stages' working days in sequence (an upper bound of the schedule). */
    public Recommender(CostEstimator estimator) {
        this(estimator, (plan, estimate) -> ScenarioComparison.serialDays(estimate));
    }

    /** What the director asks for; empty means no limit. */
    public record Request(Optional<BigDecimal> budgetCap, Optional<BigDecimal> deadlineDays, Severity riskTolerance) {
    }

    public record StageAdvice(StageId stage, Workflow from, Workflow to, BigDecimal cost, BigDecimal days,
            Severity risk, String reason) {
    }

    /** @param workingDays the proposed plan's length as the recommender measured it */
    public record Recommendation(Production proposed, List<StageAdvice> advice, Estimate estimate,
            BigDecimal workingDays, boolean meetsBudget, boolean meetsDeadline) {
    }

    private record Option(Workflow workflow, BigDecimal cost, BigDecimal days, Severity risk) {
    }

    public Recommendation recommend(Production production, Request request) {
        Production plan = production;
        List<StageAdvice> advice = new ArrayList<>();
        List<List<Option>> acceptable = new ArrayList<>();
        List<StageId> stages = new ArrayList<>();
        for (StagePlan stagePlan : production.stages().values()) {
            StageId stage = stagePlan.stage();
            if (!stage.aiApplicable()) {
                continue;
            }
            List<Option> options = options(production, stage, request.riskTolerance());
            if (options.isEmpty()) {
                continue;
            }
            Option best = options.stream().min(Comparator.comparing(Option::cost)).orElseThrow();
            plan = plan.withStage(plan.stage(stage).withWorkflow(best.workflow()));
            stages.add(stage);
            acceptable.add(options);
            advice.add(advise(stagePlan.workflow(), stage, best, options, false));
        }
        Estimate estimate = estimator.estimate(plan, Scenario.CURRENT);
        if (request.deadlineDays().isPresent()) {
            BigDecimal deadline = request.deadlineDays().get();
            Set<StageId> switched = new HashSet<>();
            while (length.apply(plan, estimate).compareTo(deadline) > 0) {
                int bestIndex = -1;
                Option bestFaster = null;
                BigDecimal bestValue = null;
                for (int i = 0; i < stages.size(); i++) {
                    StageId stage = stages.get(i);
                    if (switched.contains(stage)) {
                        continue;
                    }
                    Workflow now = plan.stage(stage).workflow();
                    Option current = acceptable.get(i).stream().filter(o -> o.workflow() == now).findFirst()
                            .orElseThrow();
                    Option fastest = acceptable.get(i).stream().min(Comparator.comparing(Option::days)).orElseThrow();
                    BigDecimal saved = current.days().subtract(fastest.days());
                    if (saved.signum() <= 0) {
                        continue;
                    }
                    BigDecimal extra = fastest.cost().subtract(current.cost()).max(BigDecimal.ONE);
                    BigDecimal value = saved.divide(extra, Range.MATH);
                    if (bestValue == null || value.compareTo(bestValue) > 0) {
                        bestValue = value;
                        bestIndex = i;
                        bestFaster = fastest;
                    }
                }
                if (bestIndex < 0) {
                    break;
                }
                StageId stage = stages.get(bestIndex);
                switched.add(stage);
                plan = plan.withStage(plan.stage(stage).withWorkflow(bestFaster.workflow()));
                advice.set(bestIndex, advise(production.stage(stage).workflow(), stage, bestFaster,
                        acceptable.get(bestIndex), true));
                estimate = estimator.estimate(plan, Scenario.CURRENT);
            }
        }
        Estimate finalEstimate = estimate;
        BigDecimal days = length.apply(plan, estimate);
        boolean meetsBudget = request.budgetCap().map(cap -> finalEstimate.pertMean().compareTo(cap) <= 0)
                .orElse(true);
        boolean meetsDeadline = request.deadlineDays().map(d -> days.compareTo(d) <= 0).orElse(true);
        return new Recommendation(plan, List.copyOf(advice), finalEstimate, days, meetsBudget, meetsDeadline);
    }

    /** The stage's workflows whose new flags (compared with doing it traditionally) stay within the tolerance. */
    private List<Option> options(Production production, StageId stage, Severity tolerance) {
        Set<String> baseline = null;
        List<Option> result = new ArrayList<>();
        for (Workflow workflow : List.of(Workflow.TRADITIONAL, Workflow.HYBRID, Workflow.AI)) {
            if (!stage.accepts(workflow)) {
                continue;
            }
            Production variant = production.withStage(production.stage(stage).withWorkflow(workflow));
            Estimate e = estimator.estimate(variant, Scenario.CURRENT);
            Set<String> keys = new HashSet<>();
            for (RiskFlag f : e.flags()) {
                keys.add(f.code().id() + "|" + f.subjectId() + "|" + f.severity().id());
            }
            Severity risk = Severity.INFO;
            if (baseline == null) {
                baseline = keys;
            } else {
                for (RiskFlag f : e.flags()) {
                    if (!baseline.contains(f.code().id() + "|" + f.subjectId() + "|" + f.severity().id())
                            && f.severity().compareTo(risk) > 0) {
                        risk = f.severity();
                    }
                }
            }
            if (risk.compareTo(tolerance) <= 0) {
                StageLine line = e.line(stage).orElseThrow();
                result.add(new Option(workflow, line.cost().pertMean(), line.calendarDays().likely(), risk));
            }
        }
        return result;
    }

    private StageAdvice advise(Workflow from, StageId stage, Option chosen, List<Option> options, boolean forDeadline) {
        EstimateMessages text = estimator.messages();
        Option traditional = options.stream().filter(o -> o.workflow() == Workflow.TRADITIONAL).findFirst()
                .orElse(chosen);
        BigDecimal saving = traditional.cost().subtract(chosen.cost());
        BigDecimal daysSaved = traditional.days().subtract(chosen.days());
        String reason;
        if (chosen.workflow() == Workflow.TRADITIONAL) {
            reason = text.get(options.size() == 1 ? "advice.riskTooHigh" : "advice.traditionalCheapest");
        } else {
            reason = (forDeadline ? text.get("advice.forDeadline") + " " : "") + text.get("advice.saves",
                    text.get("workflow." + chosen.workflow().id()), Calc.number(saving), Calc.number(daysSaved),
                    text.get("severity." + chosen.risk().id()));
        }
        return new StageAdvice(stage, from, chosen.workflow(), chosen.cost(), chosen.days(), chosen.risk(), reason);
    }
}
