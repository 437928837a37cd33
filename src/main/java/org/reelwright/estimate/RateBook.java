package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageId;

/**
 * Looks rates up for one production: the user's override for the stage being estimated, else an override kept on the
 * benchmark's home stage (which then holds for the whole production), else the library's figure. Money is converted
 * to the production's currency with the production's own exchange rates. A rate the library lacks is recorded (and
 * becomes a {@code missing-rate} flag) and counts as zero, so one gap never hides the rest of the estimate.
 */
final class RateBook {
    private final BenchmarkLibrary library;
    private final Production production;
    private final Currency currency;
    private final Set<String> missing = new LinkedHashSet<>();
    private final List<StageId> missingStages = new ArrayList<>();

    RateBook(BenchmarkLibrary library, Production production) {
        this.library = library;
        this.production = production;
        this.currency = production.currency();
    }

    BenchmarkLibrary library() {
        return library;
    }

    Rate rate(StageId stage, String id) {
        Optional<Benchmark> found = library.benchmark(id);
        if (found.isEmpty()) {
            if (missing.add(id)) {
                missingStages.add(stage);
            }
            Benchmark placeholder = new Benchmark(id, id, stage, org.reelwright.benchmark.Basis.ANY, "?",
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, 2026,
                    org.reelwright.benchmark.Confidence.ASSUMPTION, List.of(), List.of(), "missing from the library");
            return new Rate(placeholder, Range.ZERO, "?", false, List.of());
        }
        Benchmark benchmark = found.get();
        Optional<RateOverride> override = production.stage(stage).override(id);
        if (override.isEmpty() && benchmark.stage() != null) {
            override = production.stage(benchmark.stage()).override(id);
        }
        Range value = override.map(o -> new Range(o.low(), o.likely(), o.high()))
                .orElseGet(() -> new Range(benchmark.low(), benchmark.likely(), benchmark.high()));
        String unit = benchmark.unit();
        if (benchmark.isMoney() && !benchmark.currency().equals(currency)) {
            BigDecimal factor = production.exchangeRates().toBase(
                    new org.reelwright.domain.Money(BigDecimal.ONE, benchmark.currency())).amount();
            value = value.times(factor);
            unit = unit.replace(benchmark.currency().getCurrencyCode(), currency.getCurrencyCode());
        }
        return new Rate(benchmark, value, unit, override.isPresent(), library.sourcesOf(benchmark));
    }

    /** Ids of the rates asked for but not in the library, with the stage that asked first. */
    List<String> missingIds() {
        return List.copyOf(missing);
    }

    List<StageId> missingStages() {
        return List.copyOf(missingStages);
    }
}
