package org.reelwright.report;

import java.time.LocalDate;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.schedule.Schedule;

/**
 * What a plan is made from: the production, the estimate and schedule of the chosen scenario, the comparison of
 * the three scenarios, the library the figures come from, and the date it is prepared on; and, when given, the
 * shooting schedule and the day-out-of-days of the current plan (issue 17), which the schedule section prints.
 */
public record PlanInput(Production production, Estimate estimate, ScenarioComparison comparison, Schedule schedule,
        BenchmarkLibrary library, LocalDate today, org.reelwright.schedule.ShootingSchedule shooting,
        org.reelwright.estimate.DayOutOfDays dayOutOfDays) {

    /** A plan without the shoot day by day (no shooting schedule or DOOD sections). */
    public PlanInput(Production production, Estimate estimate, ScenarioComparison comparison, Schedule schedule,
            BenchmarkLibrary library, LocalDate today) {
        this(production, estimate, comparison, schedule, library, today, null, null);
    }
}
