package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.reelwright.domain.StageId;

/**
 * The estimate of one scenario: a line per stage, the subtotal, contingency and total as ranges in the
 * production's currency, the PERT mean, P50/P80 from a seeded Monte Carlo, and the flags.
 * Invariant: subtotal = Σ line costs; total = subtotal + contingency.
 */
public record Estimate(Scenario scenario, Currency currency, List<StageLine> lines, Range subtotal,
        double contingencyPercent, Range contingency, Range total, BigDecimal pertMean, BigDecimal p50,
        BigDecimal p80, Range effortDays, List<RiskFlag> flags, Drivers drivers) {

    public Optional<StageLine> line(StageId stage) {
        return lines.stream().filter(l -> l.stage() == stage).findFirst();
    }

    public long flagCount(Severity severity) {
        return flags.stream().filter(f -> f.severity() == severity).count();
    }
}
