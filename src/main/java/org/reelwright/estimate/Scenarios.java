package org.reelwright.estimate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.Genre;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.VisualStyle;
import org.reelwright.domain.Workflow;

/**
 * Turns a production into the plan a scenario stands for (ESTIMATION.md, "Scenarios"):
 * <ul>
 * <li>{@code traditional}: every stage traditional where it can be; every AI shot shot live (or made as CG
 * animation when the production is animated).</li>
 * <li>{@code ai}: AI where suitable. A1's stages (script, storyboard, previs, editing) become hybrid at the stage's
 * share, the other AI-capable stages AI, except where a high-severity flag would apply (a voice based on real
 * performers stays traditional, R9). Live and CG shots become AI image-to-video (A7) — or AI + 3D when the camera
 * move is complex (A8) — unless a high flag would apply to the shot: realistic faces (R1) or complex VFX in an
 * animated production (R2); an AI shot with such a flag goes back to live action (or CG when animated).</li>
 * <li>{@code current}: the production as it is.</li>
 * </ul>
 */
public final class Scenarios {
    private static final Set<StageId> HALF_AI = EnumSet.of(StageId.SCRIPT, StageId.STORYBOARD, StageId.PREVIS,
            StageId.EDITING);

    private Scenarios() {
    }

    public static Production apply(Production production, Scenario scenario) {
        return switch (scenario) {
            case CURRENT -> production;
            case TRADITIONAL -> traditional(production);
            case AI -> aiWhereSuitable(production);
        };
    }

    static boolean isAnimated(Production production) {
        return production.visualStyle() == VisualStyle.ANIMATED || production.genre() == Genre.ANIMATION;
    }

    private static Production traditional(Production production) {
        Production result = applyStages(production, Scenario.TRADITIONAL);
        return result.withScenes(mapShots(result, shotChange(production, Scenario.TRADITIONAL)));
    }

    private static Production aiWhereSuitable(Production production) {
        Production result = applyStages(production, Scenario.AI);
        return result.withScenes(mapShots(result, shotChange(production, Scenario.AI)));
    }

    /** The scenario's stage plans on the production's scenes as they are (the shots' part is {@link #scene}). */
    static Production applyStages(Production production, Scenario scenario) {
        Production result = production;
        for (StagePlan plan : production.stages().values()) {
            Workflow target = targetWorkflow(plan, scenario);
            if (plan.workflow() != target) {
                result = result.withStage(plan.withWorkflow(target));
            }
        }
        return result;
    }

    private static Workflow targetWorkflow(StagePlan plan, Scenario scenario) {
        StageId stage = plan.stage();
        return switch (scenario) {
            case CURRENT -> plan.workflow();
            case TRADITIONAL -> stage.defaultWorkflow();
            case AI -> !stage.aiApplicable() ? plan.workflow()
                    // R9 is high: no AI likeness of real performers without consent
                    : plan.realPerformerLikeness() ? Workflow.TRADITIONAL
                    : HALF_AI.contains(stage) ? Workflow.HYBRID : Workflow.AI;
        };
    }

    /**
     * One scene as the scenario plans it: the same object when no shot changes. It depends on the scene and on
     * whether the production is animated only, so a kept result stays right as long as both are the same.
     */
    static Scene scene(Scene scene, Scenario scenario, boolean animated) {
        if (scenario == Scenario.CURRENT) {
            return scene;
        }
        return mapShots(scene, shotChange(animated, scenario));
    }

    private static UnaryOperator<Shot> shotChange(Production production, Scenario scenario) {
        return shotChange(isAnimated(production), scenario);
    }

    private static UnaryOperator<Shot> shotChange(boolean animated, Scenario scenario) {
        ProductionMethod live = animated ? ProductionMethod.CG_ANIMATION : ProductionMethod.LIVE_ACTION;
        return switch (scenario) {
            case CURRENT -> UnaryOperator.identity();
            case TRADITIONAL -> shot -> shot.isAiGenerated() ? shot.withMethod(live) : shot;
            case AI -> shot -> {
                if (shot.isAiGenerated() && highFlag(shot, animated)) {
                    return shot.withMethod(live); // already AI, but a high flag says it should not be
                }
                boolean convertible = shot.method() == ProductionMethod.LIVE_ACTION
                        || shot.method() == ProductionMethod.CG_ANIMATION;
                if (!convertible || highFlag(shot, animated)) {
                    return shot;
                }
                return shot.withMethod(shot.movement() == CameraMovement.COMPLEX ? ProductionMethod.AI_3D
                        : ProductionMethod.AI_IMAGE_TO_VIDEO);
            };
        };
    }

    /** R1 (realistic faces) or R2 at high severity (complex VFX when animated) would apply to the shot as AI. */
    private static boolean highFlag(Shot shot, boolean animated) {
        return shot.realisticFaces()
                || shot.vfx() == VfxLevel.COMPLEX && (animated || shot.method() == ProductionMethod.CG_ANIMATION);
    }

    private static List<Scene> mapShots(Production production, UnaryOperator<Shot> change) {
        List<Scene> scenes = new ArrayList<>(production.scenes().size());
        for (Scene scene : production.scenes()) {
            scenes.add(mapShots(scene, change));
        }
        return scenes;
    }

    private static Scene mapShots(Scene scene, UnaryOperator<Shot> change) {
        List<Shot> shots = new ArrayList<>(scene.shots().size());
        boolean changed = false;
        for (Shot shot : scene.shots()) {
            Shot updated = change.apply(shot);
            changed |= updated != shot;
            shots.add(updated);
        }
        return changed ? scene.withShots(shots) : scene;
    }
}
