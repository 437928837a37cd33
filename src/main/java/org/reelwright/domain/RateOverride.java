package org.reelwright.domain;

import java.math.BigDecimal;

/**
 * The user's own figure for one benchmark rate in this production (e.g. a local editor's day rate). The library's
 * original stays untouched; the override is marked as the user's wherever it is shown.
 * Invariants: a benchmark id is given; 0 ≤ low ≤ likely ≤ high.
 */
public record RateOverride(String benchmarkId, BigDecimal low, BigDecimal likely, BigDecimal high, String note) {

    public RateOverride {
        benchmarkId = Checks.nonBlank(benchmarkId, "Rate override", "benchmark", 120);
        String subject = "Rate override " + benchmarkId;
        Checks.required(low, subject, "low");
        Checks.required(likely, subject, "likely");
        Checks.required(high, subject, "high");
        if (low.signum() < 0) {
            throw new InvalidInputException("low", subject + ": low must not be negative, got " + low.toPlainString());
        }
        if (low.compareTo(likely) > 0 || likely.compareTo(high) > 0) {
            throw new InvalidInputException("likely", subject + ": values must satisfy low ≤ likely ≤ high, got "
                    + low.toPlainString() + " / " + likely.toPlainString() + " / " + high.toPlainString());
        }
        note = Checks.text(note, subject, "note", 1000);
    }
}
