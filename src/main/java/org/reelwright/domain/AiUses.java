package org.reelwright.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the plan uses AI, as register keys with what the plan alone can say about each use: the shots it touches,
 * generated or enhanced, and the share of the frame. Every stage planned AI or hybrid is a use (generation excepted:
 * its uses are its shots, one per AI-generated shot). The VFX stage's use lists the live shots with effects, which
 * AI then enhances. Pure and O(shots); the register is reconciled with it when it is read or edited, never on a shot
 * edit (ADR 0012).
 */
public final class AiUses {
    private AiUses() {
    }

    /**
     * Share of a live shot's frame that AI changes when the VFX stage uses AI, by effects level: a planning
     * assumption (a clean-up or sky replacement touches a corner, a complex composite most of the frame), ADR 0012.
     */
    public static double enhancedShare(VfxLevel level) {
        return switch (level) {
            case NONE -> 0;
            case SIMPLE -> 0.1;
            case MEDIUM -> 0.3;
            case COMPLEX -> 0.6;
        };
    }

    /**
     * Generated or enhanced for a stage's own use. Stages that work on picture or sound people made (editing, VFX,
     * sound, colour, subtitles) enhance it whatever the workflow; the others generate what they make when AI does
     * the stage and enhance it when AI helps people (hybrid).
     */
    public static AiContribution stageContribution(StageId stage, Workflow workflow) {
        return switch (stage) {
            case EDITING, VFX, SOUND, COLOR, SUBTITLES -> AiContribution.ENHANCED;
            case GENERATION -> AiContribution.GENERATED;
            default -> workflow == Workflow.AI ? AiContribution.GENERATED : AiContribution.ENHANCED;
        };
    }

    /** True when the VFX stage of this production uses AI, so its effects shots are enhanced by AI. */
    public static boolean vfxByAi(Production p) {
        return p.stage(StageId.VFX).workflow() != Workflow.TRADITIONAL;
    }

    /** What AI does to this shot's picture under this production's plan. */
    public static AiContribution shotContribution(Shot shot, boolean vfxByAi) {
        if (shot.isAiGenerated()) {
            return AiContribution.GENERATED;
        }
        return vfxByAi && shot.vfx() != VfxLevel.NONE ? AiContribution.ENHANCED : AiContribution.NONE;
    }

    /**
     * True when this shot needs a consent: AI generates realistic faces in it and the register does not say the
     * people are invented (or absent); or AI enhances it (the VFX stage uses AI on its effects) and the register's
     * VFX entry says the AI work touches a real person. An enhanced shot is not flagged by default: most effects
     * work on a live shot (a sky, a screen, a clean-up) never touches the actor's face, and a flag on every effects
     * shot with people in it would drown the ones that matter.
     */
    public static boolean needsConsent(Shot shot, boolean vfxByAi, Disclosure register) {
        if (!shot.realisticFaces()) {
            return false;
        }
        return switch (shotContribution(shot, vfxByAi)) {
            case NONE -> false;
            case GENERATED -> register.entry(AiUseKey.ofShot(StageId.GENERATION, shot.id()))
                    .map(e -> !e.likeness().needsNoConsent()).orElse(true);
            case ENHANCED -> register.entry(AiUseKey.ofStage(StageId.VFX))
                    .map(e -> e.likeness() == Likeness.REAL_PERSON).orElse(false);
        };
    }

    /** The uses the plan has, in stage order, generated shots in scene order: each an entry as the plan makes it. */
    public static List<DisclosureEntry> planned(Production p) {
        List<DisclosureEntry> uses = new ArrayList<>();
        boolean vfxByAi = vfxByAi(p);
        for (StagePlan plan : p.stages().values()) {
            StageId stage = plan.stage();
            if (stage == StageId.GENERATION) {
                for (Scene scene : p.scenes()) {
                    for (Shot shot : scene.shots()) {
                        if (shot.isAiGenerated()) {
                            uses.add(DisclosureEntry.planned(AiUseKey.ofShot(stage, shot.id()), List.of(shot.id()),
                                    AiContribution.GENERATED, 1.0, null));
                        }
                    }
                }
            } else if (plan.workflow() != Workflow.TRADITIONAL) {
                List<ShotId> shots = List.of();
                if (stage == StageId.VFX && vfxByAi) {
                    List<ShotId> touched = new ArrayList<>();
                    for (Scene scene : p.scenes()) {
                        for (Shot shot : scene.shots()) {
                            if (!shot.isAiGenerated() && shot.vfx() != VfxLevel.NONE) {
                                touched.add(shot.id());
                            }
                        }
                    }
                    shots = touched;
                }
                uses.add(DisclosureEntry.planned(AiUseKey.ofStage(stage), shots,
                        stageContribution(stage, plan.workflow()), 0, null));
            }
        }
        return uses;
    }
}
