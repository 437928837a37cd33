package org.reelwright.estimate;

import java.util.List;

/**
 * One term of a stage line: a quantity times one or more rates, giving cost and effort, with the sentence that
 * says how ("15 min × 3 h/min ÷ 8 h/day = 5.6 days × 350 USD/day").
 */
public record LineItem(String label, Range cost, Range effortDays, List<Rate> rates, String explanation) {

    LineItem scaled(java.math.BigDecimal weight, String prefix) {
        return new LineItem(prefix + label, cost.times(weight), effortDays.times(weight), rates, explanation);
    }
}
