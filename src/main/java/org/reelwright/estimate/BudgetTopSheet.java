package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reelwright.domain.Phase;

/**
 * The budget top sheet (M7): stage lines grouped by phase with phase subtotals, then contingency and the total, in
 * the production's currency, and the simulated percentiles of the total: the headline is P50 ("expected budget"),
 * P80 the safe budget, P10–P90 the range (ADR 0008); the ranges' likely column is the sum of most-likely values.
 * Invariant: Σ phase subtotals = subtotal; subtotal + contingency = total (low, likely and high).
 */
public record BudgetTopSheet(Scenario scenario, Currency currency, List<PhaseBlock> phases, Range subtotal,
        double contingencyPercent, Range contingency, Range total, Percentiles percentiles) implements SimulatedTotal {

    public record PhaseBlock(Phase phase, List<StageLine> lines, Range subtotal) {
    }

    public static BudgetTopSheet of(Estimate estimate) {
        Map<Phase, List<StageLine>> byPhase = new EnumMap<>(Phase.class);
        for (StageLine line : estimate.lines()) {
            byPhase.computeIfAbsent(line.stage().phase(), p -> new ArrayList<>()).add(line);
        }
        List<PhaseBlock> blocks = new ArrayList<>();
        byPhase.forEach((phase, lines) -> blocks.add(new PhaseBlock(phase, List.copyOf(lines),
                lines.stream().map(StageLine::cost).reduce(Range.ZERO, Range::plus))));
        return new BudgetTopSheet(estimate.scenario(), estimate.currency(), List.copyOf(blocks), estimate.subtotal(),
                estimate.contingencyPercent(), estimate.contingency(), estimate.total(), estimate.percentiles());
    }
}
