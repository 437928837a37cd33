package org.reelwright.store;

import java.util.List;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.estimate.Recommender;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.schedule.Schedule;

/** Machine-readable renderings of estimates and schedules, for the command line's {@code --json} (PRODUCT.md). */
public interface PlanReports {

    String estimateJson(Estimate estimate);

    /** The estimate as {@link #estimateJson(Estimate)} writes it, plus how its money is met under the pay model. */
    String estimateJson(Estimate estimate, PayBreakdown pay);

    String comparisonJson(ScenarioComparison comparison);

    /** The comparison plus the recommender's proposal, per stage with reasons. */
    String recommendationJson(ScenarioComparison comparison, Recommender.Recommendation recommendation);

    String scheduleJson(Schedule schedule);

    /** Several scenarios' schedules and the stages that move the finish between the first and the others. */
    String schedulesJson(List<Schedule> schedules);
}
