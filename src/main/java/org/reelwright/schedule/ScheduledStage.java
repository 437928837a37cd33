package org.reelwright.schedule;

import java.time.LocalDate;
import java.util.List;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;

/**
 * A stage placed on the calendar. Times are working-day indices (start inclusive, finish exclusive); dates are the
 * first and last working day of the stage (equal for a one-day stage; for a stage without work, the day it would
 * start). Slack is how many working days the stage can slip without moving the end of the production.
 */
public record ScheduledStage(StageId stage, Workflow workflow, boolean usesAi, int duration, int earlyStart,
        int earlyFinish, int lateStart, int lateFinish, LocalDate start, LocalDate finish, List<StageId> predecessors) {

    public int slack() {
        return lateStart - earlyStart;
    }

    /** On the critical path: work to do and no slack. */
    public boolean critical() {
        return duration > 0 && slack() == 0;
    }
}
