package org.reelwright.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * A plan's cost by simulation, with draws correlated the way the plan is built (ADR 0008).
 *
 * <p>In each trial every rate gets <b>one</b> draw, shared by every line item that uses it: the editor's day rate
 * moves editing, trailer, AI review and generation operators together; hours per day moves every line that divides
 * by it. A rate is drawn from a PERT-beta over its (low, likely, high) — shape 1 + 4·(likely − low)/(high − low) and
 * 1 + 4·(high − likely)/(high − low). An item's cost in a trial is its likely cost × Π (draw ÷ likely)^power over
 * its {@link LineItem#costFactors() cost factors} (power 1 for × rate, −1 for ÷ throughput), which is exact for the
 * products and quotients the stage formulas are made of, and approximate where a quantity is rounded (half shoot
 * days, whole months of a subscription). A hybrid stage's AI and traditional parts use the same draws, so the mix
 * is consistent. An item whose factors are not recorded (or whose likely cost is zero while its high is not) is
 * drawn on its own over its own range.
 *
 * <p>Each rate's draws come from a generator seeded by the estimate's seed and the rate's id, so the same plan
 * always gives the same percentiles, and two plans that share a rate share its draws (a one-stage switch compares
 * like with like).
 *
 * <p>{@link #run} keeps every item's cost in every trial, so percentiles of any <b>weighted subset</b> of the items
 * come from the same trials: {@code trials.percentiles(item -> isCash(item) ? 1 : 0, 1.1, 0.5, 0.8)} gives the
 * P50 and P80 of the cash-only lines (with 10 % contingency), consistent with the total's.
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

    /** Trials per run; 0 means no simulation (percentiles are then {@code null}). */
    public int draws() {
        return draws;
    }

    /** Runs the trials over {@code items} (every line item of the plan, each counted once). */
    public Trials run(List<LineItem> items) {
        int n = items.size();
        double[][] costs = new double[n][];
        if (draws == 0) {
            return new Trials(List.copyOf(items), costs, 0);
        }
        // One column of draws (as ratios draw ÷ likely) per distinct rate: same id and same range.
        Map<String, double[]> ratios = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            LineItem item = items.get(i);
            Range cost = item.cost();
            if (cost.isZero()) {
                continue;
            }
            double likely = cost.likely().doubleValue();
            List<RateFactor> factors = item.costFactors();
            double[] column = new double[draws];
            if (factors.isEmpty() || likely <= 0 || !allLikelyPositive(factors)) {
                if (cost.low().compareTo(cost.high()) == 0) {
                    Arrays.fill(column, cost.likely().doubleValue());
                } else {
                    fillPert(column, cost, seed ^ mix(i + 1L));
                }
                costs[i] = column;
                continue;
            }
            List<double[]> used = new ArrayList<>(factors.size());
            List<Integer> powers = new ArrayList<>(factors.size());
            for (RateFactor f : factors) {
                Range value = f.rate().value();
                if (value.low().compareTo(value.high()) == 0) {
                    continue; // a fixed rate moves nothing
                }
                String key = f.rate().id() + '|' + value.low() + '|' + value.likely() + '|' + value.high();
                used.add(ratios.computeIfAbsent(key, k -> ratiosOf(f.rate().id(), value)));
                powers.add(f.power());
            }
            Arrays.fill(column, likely);
            for (int f = 0; f < used.size(); f++) {
                double[] r = used.get(f);
                int power = powers.get(f);
                for (int k = 0; k < draws; k++) {
                    column[k] *= pow(r[k], power);
                }
            }
            costs[i] = column;
        }
        return new Trials(List.copyOf(items), costs, draws);
    }

    private static boolean allLikelyPositive(List<RateFactor> factors) {
        for (RateFactor f : factors) {
            if (f.rate().value().likely().signum() <= 0) {
                return false;
            }
        }
        return true;
    }

    private static double pow(double ratio, int power) {
        switch (power) {
            case 1:
                return ratio;
            case -1:
                return ratio == 0 ? 0 : 1 / ratio; // ÷ 0 counts as 0, as in Range
            case 2:
                return ratio * ratio;
            default:
                return ratio == 0 && power < 0 ? 0 : Math.pow(ratio, power);
        }
    }

    /** A rate's column of draws: which seed, how many, which rate over which range. */
    private record Column(long seed, int draws, String rateId, double low, double likely, double high) {
    }

    /**
     * Columns already drawn. A rate's draws depend only on the seed, the number of trials, the rate's id and its
     * range, so every estimate that uses the rate — the three scenarios, each of the recommender's trial plans, the
     * estimate after every edit — reuses them instead of drawing 10,000 beta variates again (most of a run's time).
     * Bounded: a library has about 80 rates, and overrides add a few; past the bound the cache starts over.
     */
    private static final Map<Column, double[]> DRAWN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_COLUMNS = 1_024;

    /** Draws of a rate divided by its likely value; shared, never to be written to. */
    private double[] ratiosOf(String rateId, Range value) {
        Column key = new Column(seed, draws, rateId, value.low().doubleValue(), value.likely().doubleValue(),
                value.high().doubleValue());
        double[] known = DRAWN.get(key);
        if (known != null) {
            return known;
        }
        double[] column = new double[draws];
        fillPert(column, value, seed ^ mix(rateId.hashCode()));
        double likely = key.likely();
        for (int k = 0; k < draws; k++) {
            column[k] /= likely;
        }
        if (DRAWN.size() >= MAX_COLUMNS) {
            DRAWN.clear();
        }
        DRAWN.put(key, column);
        return column;
    }

    private static void fillPert(double[] column, Range range, long seed) {
        double low = range.low().doubleValue();
        double likely = range.likely().doubleValue();
        double width = range.high().doubleValue() - low;
        double alpha = 1 + 4 * (likely - low) / width;
        double beta = 1 + 4 * (range.high().doubleValue() - likely) / width;
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        ContinuousDistribution.Sampler sampler = BetaDistribution.of(alpha, beta).createSampler(rng);
        for (int k = 0; k < column.length; k++) {
            column[k] = low + width * sampler.sample();
        }
    }

    /** SplitMix64's finaliser: spreads nearby ids and indexes over the seed space. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The outcome of a run: each item's cost in each trial. Immutable; percentiles of any weighting of the items
     * come from the same trials, so a subset (cash-only lines, one stage) is consistent with the whole.
     */
    public static final class Trials {
        private final List<LineItem> items;
        private final double[][] costs;
        private final int draws;

        private Trials(List<LineItem> items, double[][] costs, int draws) {
            this.items = items;
            this.costs = costs;
            this.draws = draws;
        }

        public int draws() {
            return draws;
        }

        public List<LineItem> items() {
            return items;
        }

        /**
         * Per trial, Σ weight(item) × the item's cost in that trial, × {@code factor} (1 + contingency); an array
         * of {@link #draws()} values in trial order (for correlations and charts). A weight of 0 leaves an item out.
         */
        public double[] totals(ToDoubleFunction<LineItem> weight, double factor) {
            double[] totals = new double[draws];
            for (int i = 0; i < items.size(); i++) {
                double w = costs[i] == null ? 0 : weight.applyAsDouble(items.get(i));
                if (w == 0) {
                    continue;
                }
                double[] c = costs[i];
                for (int k = 0; k < draws; k++) {
                    totals[k] += w * c[k];
                }
            }
            if (factor != 1) {
                for (int k = 0; k < draws; k++) {
                    totals[k] *= factor;
                }
            }
            return totals;
        }

        /**
         * Quantiles (0.5 for P50…) of the weighted subset's total in these trials, × {@code factor}; {@code null}
         * when there were no draws. Example, cash-only lines with contingency:
         * {@code percentiles(i -> cash(i) ? 1 : 0, 1 + contingency, 0.1, 0.5, 0.8, 0.9)}.
         */
        public double[] percentiles(ToDoubleFunction<LineItem> weight, double factor, double... quantiles) {
            if (draws == 0) {
                return null;
            }
            double[] totals = totals(weight, factor);
            Arrays.sort(totals);
            double[] result = new double[quantiles.length];
            for (int q = 0; q < quantiles.length; q++) {
                int index = (int) Math.ceil(quantiles[q] * draws) - 1;
                result[q] = totals[Math.max(0, Math.min(draws - 1, index))];
            }
            return result;
        }

        /** Quantiles of the whole plan (every item, weight 1) × {@code factor}; {@code null} without draws. */
        public double[] percentiles(double factor, double... quantiles) {
            return percentiles(item -> 1, factor, quantiles);
        }
    }
}
