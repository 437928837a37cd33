package org.reelwright.store;

import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Recommender;
import org.reelwright.estimate.ScenarioComparison;

/** Machine-readable renderings of estimates, for the command line's {@code --json} (PRODUCT.md's contract). */
public interface EstimateReports {

    String estimateJson(Estimate estimate);

    String comparisonJson(ScenarioComparison comparison);

    /** The comparison plus the recommender's proposal, per stage with reasons. */
    String recommendationJson(ScenarioComparison comparison, Recommender.Recommendation recommendation);
}
