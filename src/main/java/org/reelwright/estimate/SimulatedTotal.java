package org.reelwright.estimate;

import java.math.BigDecimal;

/**
 * A figure with the simulated percentiles of its total, read the one way every view reads them (ADR 0008): the
 * headline is P50, the safe budget P80, the range P10–P90.
 */
public interface SimulatedTotal {
    Percentiles percentiles();

    /** The headline statistic, everywhere: P50 of the simulated total ("expected budget"). */
    default BigDecimal headline() {
        return percentiles().p50();
    }

    default BigDecimal p10() {
        return percentiles().p10();
    }

    default BigDecimal p50() {
        return percentiles().p50();
    }

    /** The safe budget. */
    default BigDecimal p80() {
        return percentiles().p80();
    }

    default BigDecimal p90() {
        return percentiles().p90();
    }
}
