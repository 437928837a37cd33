package org.reelwright.report;

import java.time.LocalDate;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.schedule.Schedule;

/**
 * What a plan is made from: the production, the estimate and schedule of the chosen scenario, the comparison of
 * the three scenarios, the library the figures come from, the date it is prepared on, and the AI disclosure
 * statement of the chosen profile (null for none; the production's register should be reconciled with its plan).
 */
public record PlanInput(Production production, Estimate estimate, ScenarioComparison comparison, Schedule schedule,
        BenchmarkLibrary library, LocalDate today, DisclosureStatement disclosure) {

    /**
     * A plan without a disclosure statement: the disclosure section then shows the register alone.
     */
    public PlanInput(Production production, Estimate estimate, ScenarioComparison comparison, Schedule schedule,
            BenchmarkLibrary library, LocalDate today) {
        this(production, estimate, comparison, schedule, library, today, null);
    }
}
