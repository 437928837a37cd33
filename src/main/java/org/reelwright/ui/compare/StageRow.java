package org.reelwright.ui.compare;

import java.math.BigDecimal;
import java.util.List;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.Range;

/** One stage in the comparison table: the current plan's line and the likely cost of the other two scenarios. */
public record StageRow(StageId stage, Workflow workflow, List<Workflow> choices, Range cost, BigDecimal days,
        BigDecimal traditional, BigDecimal ai, String explanation, String sources) {
}
