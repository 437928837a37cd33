package org.reelwright.app;

import java.util.ArrayList;
import java.util.List;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageDependency;
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

    /** Makes {@code link.after()} wait for {@code link.before()}; a link that closes a cycle is refused. */
    public static Edit addDependency(StageDependency link) {
        return Edit.of("edit.addDependency", p -> {
            List<StageDependency> links = new ArrayList<>(p.dependencies());
            links.removeIf(d -> d.before() == link.before() && d.after() == link.after());
            links.add(link);
            return p.withDependencies(links);
        }, link.before(), link.after());
    }

    public static Edit removeDependency(StageDependency link) {
        return Edit.of("edit.removeDependency", p -> p.withDependencies(p.dependencies().stream()
                .filter(d -> !d.equals(link)).toList()), link.before(), link.after());
    }

    public static Edit replaceProduction(Production replacement, String labelKey) {
        return Edit.of(labelKey, p -> replacement);
    }
}
