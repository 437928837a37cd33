package org.reelwright.app;

import org.reelwright.domain.Production;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.Workflow;

/** The edits the window offers, each with the label Undo and Redo show. */
public final class Edits {
    private Edits() {
    }

    public static Edit setWorkflow(StageId stage, Workflow workflow) {
        return Edit.of("edit.workflow", p -> {
            StagePlan plan = p.stage(stage);
            return plan.workflow() == workflow ? p : p.withStage(plan.withWorkflow(workflow));
        }, stage, workflow);
    }

    /** Replaces a shot (found by id) with an edited copy; {@code field} names what changed, for the label. */
    public static Edit changeShot(Shot edited, String field) {
        return Edit.of("edit.shot", p -> p.withShot(edited), edited.number(), field);
    }

    public static Edit replaceProduction(Production replacement, String labelKey) {
        return Edit.of(labelKey, p -> replacement);
    }
}
