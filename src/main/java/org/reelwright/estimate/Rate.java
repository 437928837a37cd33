package org.reelwright.estimate;

import java.util.List;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.benchmark.Confidence;
import org.reelwright.benchmark.Source;

/**
 * A benchmark as used in one estimate: its value in the production's currency (or the user's override of it), the
 * unit to show, and the sources it rests on.
 */
public record Rate(Benchmark benchmark, Range value, String unit, boolean userOverride, List<Source> sources) {

    public String id() {
        return benchmark.id();
    }

    public Confidence confidence() {
        return benchmark.confidence();
    }
}
