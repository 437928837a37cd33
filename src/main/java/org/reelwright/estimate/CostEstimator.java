package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;

/**
 * Estimates a production under a scenario (ESTIMATION.md): a line per stage from drivers × rates, hybrid stages
 * mixed by their AI share (share × AI line + (1 − share) × traditional line), calendar days by team size (at least
 * half a day for any work; the shoot's calendar is its shoot days), totals with contingency, PERT mean, the
 * correlated Monte Carlo's P10/P50/P80/P90 (P50 is the headline, ADR 0008), and the flags. Pure and thread-safe; cheap enough to run on every edit.
 */
public final class CostEstimator {
    private final BenchmarkLibrary library;
    private final MonteCarlo monteCarlo;
    private final EstimateMessages text;

    public CostEstimator(BenchmarkLibrary library, MonteCarlo monteCarlo, Locale locale) {
        this.library = library;
        this.monteCarlo = monteCarlo;
        this.text = new EstimateMessages(locale);
    }

    /** With 10,000 seeded Monte Carlo draws and English explanations. */
    public CostEstimator(BenchmarkLibrary library) {
        this(library, new MonteCarlo(10_000, MonteCarlo.DEFAULT_SEED), Locale.ENGLISH);
    }

    public BenchmarkLibrary library() {
        return library;
    }

    /** A rate as this estimator sees it for the production: override, library figure, converted currency. */
    public Rate rate(Production production, StageId stage, String benchmarkId) {
        return new RateBook(library, production).rate(stage, benchmarkId);
    }

    /** Days each strip group of the production needs, in the order of {@link Drivers#stripGroups()}. */
    public List<Range> stripGroupDays(Production production, Drivers drivers) {
        Rate pagesPerDay = rate(production, StageId.SHOOT, "shoot.pages-per-day");
        Rate setupsPerDay = rate(production, StageId.SHOOT, "shoot.setups-per-day");
        return drivers.stripGroups().stream().map(g -> StageFormulas.groupDays(g, pagesPerDay, setupsPerDay))
                .toList();
    }

    /** The words this estimator explains itself with (same locale). */
    public EstimateMessages messages() {
        return text;
    }

    public Estimate estimate(Production production, Scenario scenario) {
        Production plan = Scenarios.apply(production, scenario);
        Drivers drivers = Drivers.of(plan);
        RateBook rates = new RateBook(library, plan);
        StageFormulas formulas = new StageFormulas(rates, drivers, text);
        Map<StageId, StageLine> lines = new EnumMap<>(StageId.class);
        for (StagePlan stagePlan : plan.stages().values()) {
            lines.put(stagePlan.stage(), line(stagePlan, formulas, rates, drivers));
        }
        List<StageLine> ordered = new ArrayList<>(lines.values());
        Range subtotal = Range.ZERO;
        Range effort = Range.ZERO;
        for (StageLine line : ordered) {
            subtotal = subtotal.plus(line.cost());
            effort = effort.plus(line.effortDays());
        }
        double contingencyPercent = plan.contingencyPercent();
        Range contingency = subtotal.times(contingencyPercent / 100);
        Range total = subtotal.plus(contingency);
        // One run over every item of every line: rates shared between stages are drawn once per trial (ADR 0008).
        // Weighted subsets of the same trials (cash-only items…) come from trials.percentiles(weight, …).
        MonteCarlo.Trials trials = monteCarlo.run(items(ordered));
        double contingencyFactor = 1 + contingencyPercent / 100;
        Percentiles percentiles = Percentiles.of(trials.percentiles(contingencyFactor, Percentiles.QUANTILES),
                total.likely());
        List<RiskFlag> flags = new RiskRules(library, text).evaluate(plan, lines, drivers,
                liveCostOfAiShots(plan, drivers, lines), rates.missingIds(), rates.missingStages());
        return new Estimate(scenario, plan.currency(), List.copyOf(ordered), subtotal, contingencyPercent,
                contingency, total, total.pertMean(), percentiles, effort, List.copyOf(flags), drivers);
    }

    private static List<LineItem> items(List<StageLine> lines) {
        List<LineItem> all = new ArrayList<>();
        for (StageLine line : lines) {
            all.addAll(line.items());
        }
        return all;
    }

    private StageLine line(StagePlan plan, StageFormulas formulas, RateBook rates, Drivers drivers) {
        StageId stage = plan.stage();
        double share = plan.effectiveAiShare();
        BigDecimal aiWeight = BigDecimal.valueOf(share);
        BigDecimal traditionalWeight = BigDecimal.ONE.subtract(aiWeight);
        List<LineItem> items = new ArrayList<>();
        if (share < 1) {
            List<LineItem> traditional = formulas.traditional(stage);
            items.addAll(share == 0 ? traditional : scale(traditional, traditionalWeight,
                    text.get("item.traditionalPart", percent(traditionalWeight.doubleValue()))));
        }
        if (share > 0) {
            List<LineItem> ai = formulas.ai(stage, plan);
            items.addAll(share == 1 ? ai : scale(ai, aiWeight, text.get("item.aiPart", percent(share))));
        }
        Range cost = Range.ZERO;
        Range effort = Range.ZERO;
        List<Rate> used = new ArrayList<>();
        for (LineItem item : items) {
            cost = cost.plus(item.cost());
            effort = effort.plus(item.effortDays());
            used.addAll(item.rates());
        }
        Range calendar = stage == StageId.SHOOT ? formulas.shootDays(stage)
                : effort.dividedBy(BigDecimal.valueOf(plan.teamSize())).atLeastWhenNonZero(0.5);
        StringBuilder explanation = new StringBuilder();
        for (LineItem item : items) {
            if (!item.cost().isZero() || !item.effortDays().isZero()) {
                if (explanation.length() > 0) {
                    explanation.append(" + ");
                }
                explanation.append(item.label()).append(": ").append(item.explanation());
            }
        }
        if (explanation.length() == 0) {
            explanation.append(text.get("explain.nothingToDo"));
        }
        String citations = formulas.citations(used);
        if (!citations.isEmpty()) {
            explanation.append(". ").append(text.get("explain.sources")).append(' ').append(citations);
        }
        return new StageLine(stage, plan.workflow(), share, cost, effort, calendar, List.copyOf(items),
                StageFormulas.sources(items), explanation.toString());
    }

    private static List<LineItem> scale(List<LineItem> items, BigDecimal weight, String prefix) {
        return items.stream().map(i -> i.scaled(weight, prefix)).toList();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /**
     * What the AI shots would cost shot live instead: the shoot line with the AI shots counted as live, minus the
     * shoot line as planned, plus the VFX work the AI shots would need at their own VFX level instead of the
     * compositing pass an AI shot keeps (Drivers.vfxWork), both priced traditionally. Used by R4 (A5).
     */
    private BigDecimal liveCostOfAiShots(Production plan, Drivers drivers, Map<StageId, StageLine> lines) {
        if (drivers.aiSeconds() == 0) {
            return BigDecimal.ZERO;
        }
        RateBook rates = new RateBook(library, plan);
        StageFormulas live = new StageFormulas(rates, Drivers.of(plan, true), text);
        BigDecimal liveShoot = sum(live.traditional(StageId.SHOOT));
        BigDecimal liveVfx = sum(live.traditional(StageId.VFX))
                .subtract(sum(new StageFormulas(rates, drivers, text).traditional(StageId.VFX)));
        return liveShoot.subtract(lines.get(StageId.SHOOT).cost().likely()).add(liveVfx).max(BigDecimal.ZERO);
    }

    private static BigDecimal sum(List<LineItem> items) {
        BigDecimal total = BigDecimal.ZERO;
        for (LineItem item : items) {
            total = total.add(item.cost().likely());
        }
        return total;
    }
}
