package org.reelwright.estimate;

/**
 * How one rate enters a line item's cost: the cost is proportional to the rate raised to {@code power} (1 for
 * "× rate", −1 for "÷ throughput", 2 when the same rate is used twice). The Monte Carlo redraws an item's cost from
 * these: cost in a trial = likely cost × Π (rate drawn ÷ rate likely)^power, so a rate shared by several items moves
 * them all in the same trial.
 */
public record RateFactor(Rate rate, int power) {
}
