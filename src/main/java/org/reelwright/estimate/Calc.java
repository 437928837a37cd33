package org.reelwright.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * A quantity carried through multiplications and divisions by rates, writing down each step so that the result
 * explains itself: {@code 15 min × 3 h/min ÷ 8 h/day}. Explanations show likely values; ranges are on the line.
 */
final class Calc {
    private Range value;
    private final StringBuilder text;
    private final List<Rate> rates = new ArrayList<>();
    /** How each rate enters the value (by id, in order of first use): see {@link RateFactor}. */
    private final Map<String, RateFactor> factors = new LinkedHashMap<>();

    private Calc(Range value, String text) {
        this.value = value;
        this.text = new StringBuilder(text);
    }

    static Calc of(double quantity, String unit) {
        return new Calc(Range.exactly(quantity), number(BigDecimal.valueOf(quantity)) + " " + unit);
    }

    static Calc of(Range quantity, String unit) {
        return new Calc(quantity, number(quantity.likely()) + " " + unit);
    }

    /** Starts from a quantity already written with its unit ("1 shot", "12 个镜头"). */
    static Calc counted(Range quantity, String written) {
        return new Calc(quantity, written);
    }

    /** Starts from the result of another calculation, keeping its steps and rates. */
    static Calc from(Calc other) {
        Calc c = new Calc(other.value, other.text.toString());
        c.rates.addAll(other.rates);
        c.factors.putAll(other.factors);
        return c;
    }

    Calc times(Rate rate) {
        value = value.times(rate.value());
        text.append(" × ").append(number(rate.value().likely())).append(unit(rate));
        rates.add(rate);
        factor(rate, 1);
        return this;
    }

    Calc times(double factor, String label) {
        value = value.times(factor);
        text.append(" × ").append(number(BigDecimal.valueOf(factor))).append(' ').append(label);
        return this;
    }

    /** Divides by a throughput (pages per day, hours per day…): more throughput, fewer days. */
    Calc per(Rate throughput) {
        value = value.dividedByThroughput(throughput.value());
        text.append(" ÷ ").append(number(throughput.value().likely())).append(unit(throughput));
        rates.add(throughput);
        factor(throughput, -1);
        return this;
    }

    /** Multiplies by a count already written with its unit ("× 2 languages"). */
    Calc timesCounted(double factor, String written) {
        value = value.times(factor);
        text.append(" × ").append(written);
        return this;
    }

    Calc ceilTo(double step, String note) {
        value = value.ceilTo(step);
        text.append(" (").append(note).append(')');
        return this;
    }

    /** A factor's unit is the multiplication sign itself, which the explanation already shows. */
    private static String unit(Rate rate) {
        String u = rate.unit();
        return u == null || u.isBlank() || "×".equals(u.strip()) ? "" : " " + u;
    }

    /**
     * Records that the value also moves with {@code rate}^{@code power} although the rate was applied outside this
     * calculation (shoot days, worked out per strip group, move inversely with pages per day): for the Monte Carlo,
     * the value and the text are unchanged.
     */
    Calc dependsOn(Rate rate, int power) {
        factor(rate, power);
        return this;
    }

    private void factor(Rate rate, int power) {
        RateFactor sum = factors.merge(rate.id(), new RateFactor(rate, power),
                (a, b) -> new RateFactor(a.rate(), a.power() + b.power()));
        if (sum.power() == 0) {
            factors.remove(rate.id());
        }
    }

    /** How each rate enters the value, for {@link LineItem#costFactors()}. */
    List<RateFactor> factors() {
        return List.copyOf(factors.values());
    }

    Range value() {
        return value;
    }

    String text() {
        return text.toString();
    }

    List<Rate> rates() {
        return List.copyOf(rates);
    }

    /** A number as a person writes it in an explanation: at most two decimals, no trailing zeros. */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(rounded(value));
    }

    /** The value {@link #number} writes, as a number, for patterns that choose a word by it ("1 day", "2 days"). */
    static BigDecimal rounded(BigDecimal value) {
        BigDecimal v = value.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? value.setScale(0, RoundingMode.HALF_UP)
                : value.setScale(value.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2, RoundingMode.HALF_UP);
        return v.stripTrailingZeros();
    }
}
