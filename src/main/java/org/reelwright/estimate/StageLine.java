package org.reelwright.estimate;

import java.util.List;
import org.reelwright.benchmark.Source;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;

/**
 * The estimate of one stage: cost as a range in the production's currency, effort in person-days, calendar days by
 * the stage's team size, the items it is the sum of, and the sources of every rate used.
 */
public record StageLine(StageId stage, Workflow workflow, double aiShare, Range cost, Range effortDays,
        Range calendarDays, List<LineItem> items, List<Source> sources, String explanation) {

    /** Ids of the benchmarks this line used, in order of first use. */
    public List<String> benchmarkIds() {
        return items.stream().flatMap(i -> i.rates().stream()).map(Rate::id).distinct().toList();
    }
}
