package org.reelwright.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Scenario;

/**
 * A production's stages on its working calendar under one scenario: dates, slack, the critical path and why it is
 * critical, and the strip plan of the shoot. {@code length} is in working days from the first working day.
 */
public record Schedule(Scenario scenario, List<ScheduledStage> stages, List<StageId> criticalPath, int length,
        LocalDate start, LocalDate finish, List<ShootGroup> shootGroups, String explanation, Estimate estimate,
        WorkCalendar calendar) {

    public Optional<ScheduledStage> stage(StageId id) {
        return stages.stream().filter(s -> s.stage() == id).findFirst();
    }
}
