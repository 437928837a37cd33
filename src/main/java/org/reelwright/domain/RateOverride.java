package org.reelwright.domain;

import java.math.BigDecimal;

/**
 * The user's own figure for one benchmark rate in this production (e.g. a local editor's day rate). The library's
 * original stays untouched; the override is marked as the user's wherever it is shown.
 * Invariants: a benchmark id is given; 0 ≤ low ≤ likely ≤ high.
 */
public record RateOverride(String benchmarkId, BigDecimal low, BigDecimal likely, BigDecimal high, String note) {

    public RateOverride {
        benchmarkId = Checks.nonBlank(benchmarkId, Checks.subject("rateOverrideUnnamed"), "benchmark", 120);
        Phrase subject = Checks.subject("rateOverride", benchmarkId);
        Checks.required(low, subject, "low");
        Checks.required(likely, subject, "likely");
        Checks.required(high, subject, "high");
        if (low.signum() < 0) {
            throw Checks.fail(subject, "low", "rateOverride.negative", Checks.field("low"), low);
        }
        if (low.compareTo(likely) > 0 || likely.compareTo(high) > 0) {
            throw Checks.fail(subject, "likely", "rateOverride.order", low, likely, high);
        }
        note = Checks.text(note, subject, "note", 1000);
    }
}
