package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.reelwright.domain.StageId;

/**
 * The estimate of one scenario: a line per stage, the subtotal, contingency and total as ranges in the
 * production's currency (low / likely / high: sums of the lines' extremes and of their most-likely values, kept as
 * details), the PERT mean, the simulated {@link Percentiles} of the total from a seeded, correlated Monte Carlo, and
 * the flags. The headline is P50 ({@link #headline()}), the safe budget P80, the range P10–P90 (ADR 0008).
 * Invariant: subtotal = Σ line costs; total = subtotal + contingency (for low, likely and high).
 */
public record Estimate(Scenario scenario, Currency currency, List<StageLine> lines, Range subtotal,
        double contingencyPercent, Range contingency, Range total, BigDecimal pertMean, Percentiles percentiles,
        Range effortDays, List<RiskFlag> flags, Drivers drivers) implements SimulatedTotal {

    /** P80 of the simulated total: the "safe budget". */
    public BigDecimal safeBudget() {
        return percentiles.p80();
    }
    /**
     * Whether the percentiles come from trials; false for an estimator without draws and for a deterministic
     * estimate whose simulation is still to come ({@link CostEstimator#deterministic},
     * {@link EstimateSession#deterministic}): its percentiles are then the likely sum, not P10–P90.
     */
    public boolean simulated() {
        return percentiles.simulated();
    }

    /** The same estimate with these percentiles (the simulation's, added after the deterministic figures). */
    public Estimate withPercentiles(Percentiles value) {
        return new Estimate(scenario, currency, lines, subtotal, contingencyPercent, contingency, total, pertMean,
                value, effortDays, flags, drivers);
    }

    public Optional<StageLine> line(StageId stage) {
        return lines.stream().filter(l -> l.stage() == stage).findFirst();
    }

    public long flagCount(Severity severity) {
        return flags.stream().filter(f -> f.severity() == severity).count();
    }
}
