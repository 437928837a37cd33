package org.reelwright.estimate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A three-point figure — low, likely, high — of money or of a quantity, exact in BigDecimal.
 * Invariant: 0 ≤ low ≤ likely ≤ high. Arithmetic keeps the invariant: products multiply point by point, and a
 * division by a throughput (pages per day…) pairs the low with the high, because more throughput means fewer days.
 */
public record Range(BigDecimal low, BigDecimal likely, BigDecimal high) {
    static final MathContext MATH = MathContext.DECIMAL64;
    public static final Range ZERO = new Range(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Range {
        if (low.signum() < 0 || low.compareTo(likely) > 0 || likely.compareTo(high) > 0) {
            throw new IllegalArgumentException("a range needs 0 ≤ low ≤ likely ≤ high, got " + low + " / " + likely
                    + " / " + high);
        }
    }

    public static Range of(double low, double likely, double high) {
        return new Range(BigDecimal.valueOf(low), BigDecimal.valueOf(likely), BigDecimal.valueOf(high));
    }

    public static Range exactly(double value) {
        BigDecimal v = BigDecimal.valueOf(value);
        return new Range(v, v, v);
    }

    public static Range exactly(BigDecimal value) {
        return new Range(value, value, value);
    }

    public Range plus(Range other) {
        return new Range(low.add(other.low, MATH), likely.add(other.likely, MATH), high.add(other.high, MATH));
    }

    public Range times(Range other) {
        return new Range(low.multiply(other.low, MATH), likely.multiply(other.likely, MATH),
                high.multiply(other.high, MATH));
    }

    public Range times(BigDecimal factor) {
        return new Range(low.multiply(factor, MATH), likely.multiply(factor, MATH), high.multiply(factor, MATH));
    }

    public Range times(double factor) {
        return times(BigDecimal.valueOf(factor));
    }

    /** This quantity divided by a throughput: low ÷ high, likely ÷ likely, high ÷ low (0 where the divisor is 0). */
    public Range dividedByThroughput(Range throughput) {
        return new Range(divide(low, throughput.high), divide(likely, throughput.likely), divide(high, throughput.low));
    }

    public Range dividedBy(BigDecimal divisor) {
        return new Range(divide(low, divisor), divide(likely, divisor), divide(high, divisor));
    }

    /** Each point rounded up to a multiple of {@code step} (e.g. half shoot days). */
    public Range ceilTo(double step) {
        BigDecimal s = BigDecimal.valueOf(step);
        return new Range(ceil(low, s), ceil(likely, s), ceil(high, s));
    }

    /** Each point raised to at least {@code minimum}, unless it is zero (nothing to do stays nothing). */
    public Range atLeastWhenNonZero(double minimum) {
        BigDecimal m = BigDecimal.valueOf(minimum);
        return new Range(floor(low, m), floor(likely, m), floor(high, m));
    }

    /** PERT mean (low + 4·likely + high) / 6. */
    public BigDecimal pertMean() {
        return low.add(likely.multiply(BigDecimal.valueOf(4)), MATH).add(high, MATH)
                .divide(BigDecimal.valueOf(6), MATH);
    }

    public boolean isZero() {
        return high.signum() == 0;
    }

    private static BigDecimal divide(BigDecimal value, BigDecimal divisor) {
        return divisor.signum() == 0 ? BigDecimal.ZERO : value.divide(divisor, MATH);
    }

    private static BigDecimal ceil(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    private static BigDecimal floor(BigDecimal value, BigDecimal minimum) {
        return value.signum() == 0 || value.compareTo(minimum) >= 0 ? value : minimum;
    }
}
