package org.reelwright.estimate;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Percentiles of a plan's total cost by simulation: each stage line's cost is drawn from a PERT-beta distribution
 * over its (low, likely, high) — shape 1 + 4·(likely − low)/(high − low) and 1 + 4·(high − likely)/(high − low) —
 * independently, summed, and raised by the contingency. Seeded, so the same plan always gives the same P50 and P80.
 * Independence understates the spread when stages share a cause (one bad rate); P80 is therefore a floor, which the
 * explanation says.
 */
public final class MonteCarlo {
    /** The seed every estimate uses unless told otherwise: results must be reproducible. */
    public static final long DEFAULT_SEED = 0x5EE_D_2026L;

    private final int draws;
    private final long seed;

    public MonteCarlo(int draws, long seed) {
        if (draws < 0) {
            throw new IllegalArgumentException("draws must not be negative, got " + draws);
        }
        this.draws = draws;
        this.seed = seed;
    }

    /** Percentiles of Σ lines × (1 + contingency), or {@code null} when there are no draws. */
    public double[] percentiles(List<Range> lines, double contingencyFactor, double... quantiles) {
        if (draws == 0) {
            return null;
        }
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        int n = lines.size();
        double[] fixed = new double[n];
        double[] width = new double[n];
        ContinuousDistribution.Sampler[] samplers = new ContinuousDistribution.Sampler[n];
        for (int i = 0; i < n; i++) {
            Range r = lines.get(i);
            double low = r.low().doubleValue();
            double likely = r.likely().doubleValue();
            double high = r.high().doubleValue();
            fixed[i] = low;
            width[i] = high - low;
            if (width[i] > 0) {
                double alpha = 1 + 4 * (likely - low) / width[i];
                double beta = 1 + 4 * (high - likely) / width[i];
                samplers[i] = BetaDistribution.of(alpha, beta).createSampler(rng);
            }
        }
        double[] totals = new double[draws];
        for (int k = 0; k < draws; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += samplers[i] == null ? fixed[i] : fixed[i] + width[i] * samplers[i].sample();
            }
            totals[k] = sum * contingencyFactor;
        }
        Arrays.sort(totals);
        double[] result = new double[quantiles.length];
        for (int q = 0; q < quantiles.length; q++) {
            int index = (int) Math.ceil(quantiles[q] * draws) - 1;
            result[q] = totals[Math.max(0, Math.min(draws - 1, index))];
        }
        return result;
    }
}
