package org.reelwright.estimate;

import java.math.BigDecimal;

/**
 * A total as the simulation sees it (ADR 0008): P10, P50, P80 and P90 of the plan's cost over the Monte Carlo
 * trials. P50 is the headline ("expected budget": as likely to come in under as over), P80 the safe budget, and
 * P10–P90 the range shown to users. Invariant: p10 ≤ p50 ≤ p80 ≤ p90. {@code simulated} is false when no trial was
 * run (an estimator without draws): every figure is then the sum of most-likely values, and views must say so.
 */
public record Percentiles(BigDecimal p10, BigDecimal p50, BigDecimal p80, BigDecimal p90, boolean simulated) {

    public Percentiles {
        if (p10.compareTo(p50) > 0 || p50.compareTo(p80) > 0 || p80.compareTo(p90) > 0) {
            throw new IllegalArgumentException("percentiles must rise: " + p10 + " / " + p50 + " / " + p80 + " / "
                    + p90);
        }
    }

    /** The quantiles {@link Percentiles} is made of, in order, for {@link MonteCarlo.Trials#percentiles}. */
    public static final double[] QUANTILES = {0.1, 0.5, 0.8, 0.9};

    /** From quantiles 0.1, 0.5, 0.8, 0.9 of a run, or every figure {@code fallback} when there was none. */
    public static Percentiles of(double[] quantiles, BigDecimal fallback) {
        if (quantiles == null) {
            return new Percentiles(fallback, fallback, fallback, fallback, false);
        }
        return new Percentiles(BigDecimal.valueOf(quantiles[0]), BigDecimal.valueOf(quantiles[1]),
                BigDecimal.valueOf(quantiles[2]), BigDecimal.valueOf(quantiles[3]), true);
    }

    /** The headline statistic: P50. */
    public BigDecimal headline() {
        return p50;
    }
}
