package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reelwright.estimate.EstimateFixtures.estimator;
import static org.reelwright.estimate.EstimateFixtures.shot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.Genre;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.VisualStyle;
import org.reelwright.domain.Workflow;

class RiskRulesTest {

    private static Production withShots(Production base, Shot... shots) {
        Scene scene = new Scene(SceneId.random(), "1", new SceneHeading(IntExt.EXT, "ORBITAL RING", TimeOfDay.NIGHT),
                8, List.of("MAYA"), "", List.of(shots));
        return base.withScenes(List.of(scene));
    }

    private static Production sciFi() {
        return Production.blank("Ring", LocalDate.of(2027, 1, 4)).withGenre(Genre.SCI_FI);
    }

    private static List<RiskFlag> flags(Production p, FlagCode code) {
        return estimator(0).estimate(p, Scenario.CURRENT).flags().stream().filter(f -> f.code() == code).toList();
    }

    @Test
    void facelessEnvironmentShotByAiHasNoUncannyValleyFlag() {
        Production p = withShots(sciFi(), shot("1A", 8, VfxLevel.NONE, ProductionMethod.AI_IMAGE_TO_VIDEO, false));
        assertEquals(List.of(), flags(p, FlagCode.UNCANNY_VALLEY));
    }

    @Test
    void theSameShotWithRealisticFacesIsFlaggedHigh() {
        Production p = withShots(sciFi(), shot("1A", 8, VfxLevel.NONE, ProductionMethod.AI_IMAGE_TO_VIDEO, true));
        List<RiskFlag> found = flags(p, FlagCode.UNCANNY_VALLEY);
        assertEquals(1, found.size());
        assertEquals(Severity.HIGH, found.get(0).severity());
        assertEquals("Shot 1A (scene 1)", found.get(0).subject());
        assertTrue(found.get(0).source().contains("essay"), found.get(0).source());
    }

    @Test
    void complexVfxShotByAiIsMediumInLiveActionAndHighWhenAnimated() {
        Shot complex = shot("1A", 8, VfxLevel.COMPLEX, ProductionMethod.AI_IMAGE_TO_VIDEO, false);
        List<RiskFlag> live = flags(withShots(sciFi(), complex), FlagCode.AI_COMPLEX_ANIMATED_VFX);
        assertEquals(Severity.MEDIUM, live.get(0).severity());
        assertTrue(live.get(0).source().startsWith("A3 (Yu Zhixin"), live.get(0).source());
        Production animated = withShots(sciFi().withVisualStyle(VisualStyle.ANIMATED), complex);
        assertEquals(Severity.HIGH, flags(animated, FlagCode.AI_COMPLEX_ANIMATED_VFX).get(0).severity());
        // a complex CG shot under an AI VFX stage stays with the artists (A3), so it is not done with AI: no flag
        Production cgShot = withShots(sciFi(), shot("1A", 8, VfxLevel.COMPLEX, ProductionMethod.CG_ANIMATION, false));
        cgShot = cgShot.withStage(cgShot.stage(StageId.VFX).withWorkflow(Workflow.AI));
        assertEquals(List.of(), flags(cgShot, FlagCode.AI_COMPLEX_ANIMATED_VFX));
    }

    @Test
    void complexCameraMoveNeedsAiWith3d() {
        Shot move = shot("1A", 8, VfxLevel.NONE, ProductionMethod.AI_IMAGE_TO_VIDEO, false)
                .withMovement(CameraMovement.COMPLEX);
        assertEquals(1, flags(withShots(sciFi(), move), FlagCode.AI_CAMERA_MOVE).size());
        assertEquals(0, flags(withShots(sciFi(), move.withMethod(ProductionMethod.AI_3D)), FlagCode.AI_CAMERA_MOVE)
                .size());
    }

    @Test
    void realisticDramaForcedToAiCostsMoreThanShootingIt() {
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            shots.add(shot(Integer.toString(i + 1), 20, VfxLevel.NONE, ProductionMethod.AI_IMAGE_TO_VIDEO, true));
        }
        Scene kitchen = new Scene(SceneId.random(), "1", new SceneHeading(IntExt.INT, "KITCHEN", TimeOfDay.DAY), 80,
                List.of("ANNA", "PAUL"), "", shots);
        Production drama = Production.blank("Kitchen Talk", LocalDate.of(2027, 1, 4)).withGenre(Genre.DRAMA)
                .withScenes(List.of(kitchen));
        List<RiskFlag> found = flags(drama, FlagCode.AI_REALISTIC_DRAMA_COST);
        assertEquals(1, found.size());
        assertEquals(Severity.MEDIUM, found.get(0).severity());
        assertTrue(found.get(0).source().startsWith("A5"), found.get(0).source());
        // The same film stylised (no realistic faces) does not carry the flag.
        Production stylised = drama.withVisualStyle(VisualStyle.STYLISED);
        assertEquals(0, flags(stylised, FlagCode.AI_REALISTIC_DRAMA_COST).size());
    }

    @Test
    void anyAiUseAsksForDisclosureAndNoAiUseDoesNot() {
        Production none = withShots(sciFi(), shot("1A", 8, VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true));
        assertEquals(0, flags(none, FlagCode.AI_DISCLOSURE).size());
        Production subtitles = none.withStage(none.stage(StageId.SUBTITLES).withWorkflow(Workflow.AI));
        assertEquals(Severity.INFO, flags(subtitles, FlagCode.AI_DISCLOSURE).get(0).severity());
    }

    @Test
    void aiVoiceOfARealPerformerNeedsConsentAndTheAiScenarioKeepsItTraditional() {
        Production p = withShots(sciFi(), shot("1A", 8, VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true))
                .withDubbingLanguages(List.of("zh"));
        p = p.withStage(p.stage(StageId.VOICE).withWorkflow(Workflow.AI).withRealPerformerLikeness(true));
        assertEquals(Severity.HIGH, flags(p, FlagCode.AI_LIKENESS_CONSENT).get(0).severity());
        assertEquals(Severity.MEDIUM, flags(p, FlagCode.AI_IP_OWNERSHIP).get(0).severity());
        Estimate ai = estimator(0).estimate(p, Scenario.AI);
        assertEquals(Workflow.TRADITIONAL, ai.line(StageId.VOICE).orElseThrow().workflow());
    }

    @Test
    void aiFirstStageWithoutIterationsAndSoloAiTeamsAreLowRisks() {
        Production p = withShots(sciFi(), shot("1A", 8, VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true));
        for (StageId s : List.of(StageId.EDITING, StageId.SOUND, StageId.COLOR)) {
            p = p.withStage(p.stage(s).withWorkflow(Workflow.AI));
        }
        assertEquals(3, flags(p, FlagCode.AI_DIRECTOR_VISION).size());
        assertEquals(Severity.LOW, flags(p, FlagCode.AI_TEAM).get(0).severity());
        Production allowed = p.withStage(p.stage(StageId.EDITING).withIterationAllowance(0.3))
                .withStage(p.stage(StageId.SOUND).withTeamSize(2));
        assertEquals(2, flags(allowed, FlagCode.AI_DIRECTOR_VISION).size());
        assertEquals(0, flags(allowed, FlagCode.AI_TEAM).size());
    }

    @Test
    void everyFlagCitesASourceFromTheLibrary() {
        RiskRules rules = new RiskRules(EstimateFixtures.LIBRARY, new EstimateMessages(java.util.Locale.ENGLISH));
        for (FlagCode code : FlagCode.values()) {
            if (code != FlagCode.MISSING_RATE) {
                assertNotEquals("—", rules.citation(code), code.id());
                assertFalse(rules.citation(code).isBlank(), code.id());
            }
        }
    }
}
