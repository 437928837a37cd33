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
 * correlated Monte Carlo's P10/P50/P80/P90 (P50 is the headline, ADR 0008), and the flags. Pure and thread-safe.
 * {@link #estimate} recomputes everything and is the reference; {@link #session()} estimates edit after edit
 * recomputing only what changed, the deterministic figures first and the simulation as a second step.
 */
public final class CostEstimator {
    private final BenchmarkLibrary library;
    private final MonteCarlo monteCarlo;
    private final EstimateMessages text;
    private final RiskRules riskRules;

    public CostEstimator(BenchmarkLibrary library, MonteCarlo monteCarlo, Locale locale) {
        this.library = library;
        this.monteCarlo = monteCarlo;
        this.text = new EstimateMessages(locale);
        this.riskRules = new RiskRules(library, text);
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

    /**
     * The reference estimate, recomputed in full: every scene counted, every line priced, then the Monte Carlo. For
     * a view that follows edits, {@link #session()} gives the same result recomputing only what an edit touched,
     * and the deterministic figures before the simulation.
     */
    public Estimate estimate(Production production, Scenario scenario) {
        return simulate(deterministic(production, scenario));
    }

    /**
     * The estimate without the simulation, recomputed in full: lines, totals, PERT mean, flags and drivers; the
     * {@link Estimate#percentiles() percentiles} are the total's likely value, {@link Estimate#simulated()} false.
     * {@link #simulate} adds them.
     */
    public Estimate deterministic(Production production, Scenario scenario) {
        Production plan = Scenarios.apply(production, scenario);
        Drivers drivers = Drivers.of(plan);
        RateBook rates = new RateBook(library, plan);
        StageFormulas formulas = new StageFormulas(rates, drivers, text);
        Map<StageId, StageLine> lines = new EnumMap<>(StageId.class);
        for (StagePlan stagePlan : plan.stages().values()) {
            lines.put(stagePlan.stage(), line(stagePlan, formulas, drivers));
        }
        BigDecimal liveCost = BigDecimal.ZERO;
        if (drivers.aiSeconds() > 0) {
            Drivers live = Drivers.of(plan, true);
            RateBook liveRates = new RateBook(library, plan); // its gaps are the lines' already: not counted twice
            liveCost = liveCostOfAiShots(traditionalLikely(liveRates, live, StageId.SHOOT),
                    traditionalLikely(liveRates, live, StageId.VFX), traditionalLikely(liveRates, drivers,
                            StageId.VFX), lines);
        }
        List<RiskFlag> flags = riskRules.evaluate(plan, lines, drivers, liveCost, rates.missingIds(),
                rates.missingStages(), stage -> traditionalLikely(new RateBook(library, plan), drivers, stage));
        return assemble(scenario, plan, lines, flags, drivers);
    }

    /**
     * Adds the Monte Carlo's P10/P50/P80/P90 to a deterministic estimate ({@link #deterministic} or
     * {@link EstimateSession#deterministic}): one run over every item of every line, rates shared between stages
     * drawn once per trial (ADR 0008). An estimator without draws, or an estimate already simulated, is returned
     * as it is.
     */
    public Estimate simulate(Estimate deterministic) {
        if (monteCarlo.draws() == 0 || deterministic.simulated()) {
            return deterministic;
        }
        // Weighted subsets of the same trials (cash-only items…) come from trials.percentiles(weight, …).
        MonteCarlo.Trials trials = monteCarlo.run(items(deterministic.lines()));
        double contingencyFactor = 1 + deterministic.contingencyPercent() / 100;
        return deterministic.withPercentiles(Percentiles.of(
                trials.percentiles(contingencyFactor, Percentiles.QUANTILES), deterministic.total().likely()));
    }

    /** A session that estimates productions after edits incrementally (see {@link EstimateSession}). */
    public EstimateSession session() {
        return new EstimateSession(this);
    }

    /** Trials per Monte Carlo run of this estimator (0: no simulation). */
    public int draws() {
        return monteCarlo.draws();
    }

    EstimateMessages text() {
        return text;
    }

    RiskRules riskRules() {
        return riskRules;
    }

    /** Lines in the plan's stage order, totals, contingency, PERT mean, unsimulated percentiles. */
    static Estimate assemble(Scenario scenario, Production plan, Map<StageId, StageLine> lines, List<RiskFlag> flags,
            Drivers drivers) {
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
        return new Estimate(scenario, plan.currency(), List.copyOf(ordered), subtotal, contingencyPercent,
                contingency, total, total.pertMean(), Percentiles.of(null, total.likely()), effort,
                List.copyOf(flags), drivers);
    }

    private static List<LineItem> items(List<StageLine> lines) {
        List<LineItem> all = new ArrayList<>();
        for (StageLine line : lines) {
            all.addAll(line.items());
        }
        return all;
    }

    /** Σ likely cost of the stage's traditional items under these drivers (for R4's comparison). */
    BigDecimal traditionalLikely(RateBook rates, Drivers drivers, StageId stage) {
        return sum(new StageFormulas(rates, drivers, text).traditional(stage));
    }

    /** The stage's line under these drivers; its rates are asked of the formulas' rate book. */
    StageLine line(StagePlan plan, StageFormulas formulas, Drivers drivers) {
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
     *
     * @param liveShoot Σ likely of the traditional shoot items with the AI shots live
     * @param liveVfx the same of the VFX items; {@code plannedVfx} of the VFX items as planned
     */
    static BigDecimal liveCostOfAiShots(BigDecimal liveShoot, BigDecimal liveVfx, BigDecimal plannedVfx,
            Map<StageId, StageLine> lines) {
        return liveShoot.subtract(lines.get(StageId.SHOOT).cost().likely()).add(liveVfx.subtract(plannedVfx))
                .max(BigDecimal.ZERO);
    }

    private static BigDecimal sum(List<LineItem> items) {
        BigDecimal total = BigDecimal.ZERO;
        for (LineItem item : items) {
            total = total.add(item.cost().likely());
        }
        return total;
    }
}
