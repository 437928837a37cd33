package org.reelwright.report;

import java.time.LocalDate;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.schedule.Schedule;

/**
 * What a plan is made from: the production, the estimate and schedule of the chosen scenario, the comparison of
 * the three scenarios, the library the figures come from, the date it is prepared on, the AI disclosure statement of
 * the chosen profile (null for none; the production's register should be reconciled with its plan), and, when given,
 * the shooting schedule and the day-out-of-days of the current plan (issue 17), which the schedule section prints.
 */
public record PlanInput(Production production, Estimate estimate, ScenarioComparison comparison, Schedule schedule,
        BenchmarkLibrary library, LocalDate today, DisclosureStatement disclosure,
        org.reelwright.schedule.ShootingSchedule shooting, org.reelwright.estimate.DayOutOfDays dayOutOfDays) {

    /** A plan without a disclosure statement or the shoot day by day. */
    public PlanInput(Production production, Estimate estimate, ScenarioComparison comparison, Schedule schedule,
            BenchmarkLibrary library, LocalDate today) {
        this(production, estimate, comparison, schedule, library, today, null, null, null);
    }

    /** A plan with a disclosure statement, without the shoot day by day. */
    public PlanInput(Production production, Estimate estimate, ScenarioComparison comparison, Schedule schedule,
            BenchmarkLibrary library, LocalDate today, DisclosureStatement disclosure) {
        this(production, estimate, comparison, schedule, library, today, disclosure, null, null);
    }

    /** A plan with the shoot day by day, without a disclosure statement. */
    public PlanInput(Production production, Estimate estimate, ScenarioComparison comparison, Schedule schedule,
            BenchmarkLibrary library, LocalDate today, org.reelwright.schedule.ShootingSchedule shooting,
            org.reelwright.estimate.DayOutOfDays dayOutOfDays) {
        this(production, estimate, comparison, schedule, library, today, null, shooting, dayOutOfDays);
    }
}
