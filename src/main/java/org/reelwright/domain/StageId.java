package org.reelwright.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stage catalogue of ESTIMATION.md, in production order. Ids are stable: they appear in project files, the
 * command line's JSON and tests. A stage lists the workflows it accepts: casting, locations and the shoot have no
 * AI basis (AI characters replace cast only for AI shots), and generation exists only as AI work.
 */
public enum StageId implements CodedEnum {
    SCRIPT(Phase.DEVELOPMENT, true, true),
    STORYBOARD(Phase.PRE_PRODUCTION, true, true),
    PREVIS(Phase.PRE_PRODUCTION, true, true),
    CASTING(Phase.PRE_PRODUCTION, true, false),
    LOCATIONS(Phase.PRE_PRODUCTION, true, false),
    SHOOT(Phase.PRODUCTION, true, false),
    GENERATION(Phase.PRODUCTION, false, true),
    EDITING(Phase.POST_PRODUCTION, true, true),
    VFX(Phase.POST_PRODUCTION, true, true),
    SOUND(Phase.POST_PRODUCTION, true, true),
    VOICE(Phase.POST_PRODUCTION, true, true),
    MUSIC(Phase.POST_PRODUCTION, true, true),
    COLOR(Phase.POST_PRODUCTION, true, true),
    SUBTITLES(Phase.POST_PRODUCTION, true, true),
    TRAILER(Phase.DISTRIBUTION, true, true),
    FESTIVALS(Phase.DISTRIBUTION, true, false);

    private final Phase phase;
    private final Set<Workflow> workflows;

    StageId(Phase phase, boolean traditional, boolean ai) {
        this.phase = phase;
        EnumSet<Workflow> accepted = EnumSet.noneOf(Workflow.class);
        if (traditional) {
            accepted.add(Workflow.TRADITIONAL);
        }
        if (ai) {
            accepted.add(Workflow.AI);
        }
        if (traditional && ai) {
            accepted.add(Workflow.HYBRID);
        }
        this.workflows = Set.copyOf(accepted);
    }

    public Phase phase() {
        return phase;
    }

    /** The workflows this stage can be planned with. */
    public Set<Workflow> workflows() {
        return workflows;
    }

    public boolean accepts(Workflow workflow) {
        return workflows.contains(workflow);
    }

    /** True when AI (fully or as a hybrid) is a real option for this stage. */
    public boolean aiApplicable() {
        return workflows.contains(Workflow.AI) && workflows.contains(Workflow.TRADITIONAL);
    }

    /** The workflow a new plan starts with: traditional where possible. */
    public Workflow defaultWorkflow() {
        return accepts(Workflow.TRADITIONAL) ? Workflow.TRADITIONAL : Workflow.AI;
    }

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static StageId fromId(String id) {
        return CodedEnum.parse(StageId.class, id, "stage");
    }
}
