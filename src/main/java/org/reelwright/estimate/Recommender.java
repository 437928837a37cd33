package org.reelwright.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
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
 * Proposes a workflow per stage: for every stage where AI is an option, the workflow that gives the plan the lowest
 * headline — the expected budget, P50 of the simulated total (ADR 0008), the same figure the cards, Budget, the
 * printed plan and the command line lead with — whose new flags stay within the risk tolerance; then, if a deadline is given and the plan is too long, the
 * stages that buy the most days per extra unit of money are switched to their fastest acceptable workflow until the
 * plan fits. Each proposal says why in a sentence a director reads, naming the statistic ("Choosing AI for subtitles
 * saves $47 on the expected budget (P50) and a fifth of a day."). Whole plans are compared, so a stage's saving is
 * what the headline moves by; the simulation draws each rate from the same seeded stream in every plan, so the
 * difference is the stage's and not noise. The budget cap is checked against the same P50. The plan's length is measured by the function it is given (the app gives it
 * the schedule's critical path).
 */
public final class Recommender {
    private final CostEstimator estimator;
    private final java.util.function.BiFunction<Production, Estimate, BigDecimal> length;

    /**
     * @param estimator an estimator with Monte Carlo draws (the headline is P50); without draws P50 falls back to
     *     the sum of most-likely values
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

    /**
     * @param cost the plan's expected budget (P50) with this stage's choice and every other stage as the production
     *     has it
     * @param saving how much lower that headline is than with this stage traditional (negative: it costs more)
     * @param days the stage's calendar days with this choice
     */
    public record StageAdvice(StageId stage, Workflow from, Workflow to, BigDecimal cost, BigDecimal saving,
            BigDecimal days, Severity risk, String reason) {
    }

    /**
     * @param workingDays the proposed plan's length as the recommender measured it
     * @param meetsBudget whether the proposed plan's headline (P50) is within the cap
     */
    public record Recommendation(Production proposed, List<StageAdvice> advice, Estimate estimate,
            BigDecimal workingDays, boolean meetsBudget, boolean meetsDeadline) {

        /** The statistic every figure of the recommendation is: "p50". */
        public String statistic() {
            return STATISTIC;
        }

        /** The proposed plan's headline: its expected budget, P50. */
        public BigDecimal headline() {
            return estimate.headline();
        }
    }

    /** The id of the statistic the recommender compares and reports: P50 of the simulated total (ADR 0008). */
    public static final String STATISTIC = "p50";

    /** {@code cost} is the plan's headline (P50) with this workflow at the stage. */
    private record Option(Workflow workflow, BigDecimal cost, BigDecimal days, Severity risk) {
    }

    public Recommendation recommend(Production production, Request request) {
        Currency currency = production.currency();
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
            advice.add(advise(stagePlan.workflow(), stage, best, options, false, currency));
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
                        acceptable.get(bestIndex), true, currency));
                estimate = estimator.estimate(plan, Scenario.CURRENT);
            }
        }
        Estimate finalEstimate = estimate;
        BigDecimal days = length.apply(plan, estimate);
        boolean meetsBudget = request.budgetCap().map(cap -> finalEstimate.headline().compareTo(cap) <= 0)
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
                result.add(new Option(workflow, e.headline(), e.line(stage).orElseThrow().calendarDays().likely(),
                        risk));
            }
        }
        return result;
    }

    private StageAdvice advise(Workflow from, StageId stage, Option chosen, List<Option> options, boolean forDeadline,
            Currency currency) {
        EstimateMessages text = estimator.messages();
        Option traditional = options.stream().filter(o -> o.workflow() == Workflow.TRADITIONAL).findFirst()
                .orElse(chosen);
        BigDecimal saving = traditional.cost().subtract(chosen.cost());
        BigDecimal daysSaved = traditional.days().subtract(chosen.days());
        String stageName = text.get("advice.stage." + stage.id());
        String reason;
        if (chosen.workflow() == Workflow.TRADITIONAL) {
            Option next = options.stream().filter(o -> o.workflow() != Workflow.TRADITIONAL)
                    .min(Comparator.comparing(Option::cost)).orElse(null);
            reason = next == null ? text.get("advice.riskTooHigh", "", stageName)
                    : text.get("advice.traditionalCheapest", text.get("advice.workflow." + next.workflow().id()),
                            stageName, money(next.cost().subtract(chosen.cost()).max(BigDecimal.ZERO), currency));
        } else {
            String workflow = text.get("advice.workflow." + chosen.workflow().id());
            String key;
            String days = daysInWords(daysSaved.abs());
            if (saving.signum() < 0) {
                key = "advice.costsMoneySavesTime";
            } else if (days == null) {
                key = "advice.savesMoney";
            } else {
                key = daysSaved.signum() > 0 ? "advice.savesMoneyAndTime" : "advice.savesMoneyCostsTime";
            }
            reason = (forDeadline ? text.get("advice.forDeadline") + " " : "")
                    + text.get(key, workflow, stageName, money(saving.abs(), currency), days);
            if (chosen.risk().compareTo(Severity.INFO) > 0) {
                reason += " " + text.get("advice.newRisk", text.get("severity." + chosen.risk().id()));
            }
        }
        return new StageAdvice(stage, from, chosen.workflow(), chosen.cost(), saving, chosen.days(), chosen.risk(),
                reason);
    }

    /** Money as a director reads it in a sentence: whole units with the currency's sign ("$47", "US$47"). */
    private String money(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(estimator.messages().locale());
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /**
     * Working days in words: fractions of a day as a person says them ("a fifth of a day", "half a day"), more as
     * a count ("2.5 working days"); {@code null} when under a twentieth of a day (about the same time).
     */
    private String daysInWords(BigDecimal days) {
        EstimateMessages text = estimator.messages();
        double d = days.doubleValue();
        if (d < 0.05) {
            return null;
        }
        if (d >= 0.9) {
            double rounded = Math.round(d * 10) / 10.0;
            return rounded == 1 ? text.get("advice.days.one") : text.get("advice.days.count", Calc.number(
                    BigDecimal.valueOf(rounded)));
        }
        double[] fractions = {0.1, 0.2, 0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.75};
        String[] keys = {"tenth", "fifth", "quarter", "third", "half", "twoThirds", "threeQuarters"};
        int best = 0;
        for (int i = 1; i < fractions.length; i++) {
            if (Math.abs(fractions[i] - d) < Math.abs(fractions[best] - d)) {
                best = i;
            }
        }
        return text.get("advice.days." + keys[best]);
    }
}
