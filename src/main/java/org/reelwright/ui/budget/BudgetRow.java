package org.reelwright.ui.budget;

import org.reelwright.domain.Phase;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.Range;

/**
 * One line of the top sheet as shown: a phase with its subtotal, a stage line, or one of the closing lines
 * (subtotal, contingency, total). Money is already formatted for the locale and the production's currency; the
 * range is kept for tests and sorting.
 *
 * @param phase the phase of a {@link Kind#PHASE} or {@link Kind#STAGE} row, else null
 * @param stage the stage of a {@link Kind#STAGE} row, else null
 * @param workflow the stage's workflow, else null
 * @param ai true when the stage uses AI tools (AI or hybrid workflow)
 * @param share the row's share of the subtotal (likely figures), 0–1; 0 for the closing lines
 * @param shareText {@code share} as a percentage for the locale, or empty for the closing lines
 * @param cash the row's cash (likely), or empty when nothing in the plan is deferred or in kind (cash = likely)
 * @param payDetail the row's cash, deferred and in-kind parts as a sentence when it has deferred or in-kind parts,
 *     else empty
 */
public record BudgetRow(Kind kind, String label, Phase phase, StageId stage, Workflow workflow, String workflowText,
        boolean ai, Range cost, String low, String likely, String high, double share, String shareText, String cash,
        String payDetail) {

    /** What a row stands for; the view indents stage rows under their phase and sets the closing lines apart. */
    public enum Kind {
        PHASE, STAGE, SUBTOTAL, CONTINGENCY, TOTAL
    }
}
