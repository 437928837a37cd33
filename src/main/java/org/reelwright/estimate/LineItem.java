package org.reelwright.estimate;

import java.util.List;

/**
 * One term of a stage line: a quantity times one or more rates, giving cost and effort, with the sentence that
 * says how ("15 min × 3 h/min ÷ 8 h/day = 5.6 days × 350 USD/day"). {@code costFactors} says how each rate
 * enters the cost (× or ÷), so the Monte Carlo can redraw it with one draw per rate shared by every item.
 */
public record LineItem(String label, Range cost, Range effortDays, List<Rate> rates, String explanation,
        List<RateFactor> costFactors, org.reelwright.domain.PayTerm payTerm) {

    /**
     * An item met as its category's term says (the production's pay model or the stage's override); {@code payTerm}
     * is set only where the item's own people say otherwise (performers with a pay term of their own, issue 17).
     */
    public LineItem(String label, Range cost, Range effortDays, List<Rate> rates, String explanation,
            List<RateFactor> costFactors) {
        this(label, cost, effortDays, rates, explanation, costFactors, null);
    }

    /**
     * An item whose cost's dependence on its rates is not recorded: the Monte Carlo then draws its cost on its own
     * (independent of every other item) over its low / likely / high.
     */
    public LineItem(String label, Range cost, Range effortDays, List<Rate> rates, String explanation) {
        this(label, cost, effortDays, rates, explanation, List.of(), null);
    }

    LineItem scaled(java.math.BigDecimal weight, String prefix) {
        return new LineItem(prefix + label, cost.times(weight), effortDays.times(weight), rates, explanation,
                costFactors, payTerm);
    }
}
