package org.reelwright.ui.benchmarks;

import java.util.List;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageId;

/**
 * One library rate as the browser lists it. The figures are the ones the production uses: the user's own when
 * {@code yours} (the library's figure stays in {@code benchmark}), else the library's; numbers are formatted for the
 * locale, in the rate's own unit and currency.
 *
 * @param override the user's figure for this production, or null
 * @param usedBy the stages of the current plan whose estimate uses this rate, in stage order
 * @param haystack lower-case text the search looks in: id, label, unit, note, sources and rules
 */
public record BenchmarkRow(Benchmark benchmark, String stageName, String basisName, String low, String likely,
        String high, String confidenceName, RateOverride override, List<StageId> usedBy, String haystack) {

    public BenchmarkRow {
        usedBy = List.copyOf(usedBy);
    }

    public String id() {
        return benchmark.id();
    }

    public String label() {
        return benchmark.label();
    }

    public String unit() {
        return benchmark.unit();
    }

    public int year() {
        return benchmark.year();
    }

    /** True when the production uses the user's own figure for this rate. */
    public boolean yours() {
        return override != null;
    }
}
