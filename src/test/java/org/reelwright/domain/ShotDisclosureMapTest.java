package org.reelwright.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shot disclosure map (issue 16, item 5): timecodes from the durations, and what AI does to each shot. */
class ShotDisclosureMapTest {
    private static Shot shot(String number, double seconds, VfxLevel vfx, ProductionMethod method) {
        return new Shot(ShotId.random(), number, "", ShotSize.WIDE, CameraMovement.STATIC, seconds, vfx, method, true,
                "");
    }

    private static Production film(List<List<Shot>> scenes) {
        List<Scene> list = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            list.add(new Scene(SceneId.random(), Integer.toString(i + 1), new SceneHeading(IntExt.INT, "ROOM",
                    TimeOfDay.DAY), 8, List.of(), "", scenes.get(i)));
        }
        return Production.blank("Map", LocalDate.of(2027, 1, 4)).withScenes(list);
    }

    @Test
    void eachShotStartsWhereTheOneBeforeEndsAndTheLastEndsAtTheRuntime() {
        Random random = new Random(16);
        List<List<Shot>> scenes = new ArrayList<>();
        double runtime = 0;
        for (int s = 0; s < 40; s++) {
            List<Shot> shots = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                double seconds = Math.round((0.1 + random.nextDouble() * 20) * 1000) / 1000.0;
                runtime += seconds;
                shots.add(shot((s + 1) + "" + (char) ('A' + k), seconds, VfxLevel.NONE, ProductionMethod.LIVE_ACTION));
            }
            scenes.add(shots);
        }
        ShotDisclosureMap map = ShotDisclosureMap.of(film(scenes));
        assertEquals(0, map.rows().get(0).startSeconds());
        for (int i = 1; i < map.rows().size(); i++) {
            assertEquals(map.rows().get(i - 1).endSeconds(), map.rows().get(i).startSeconds());
            assertEquals(map.rows().get(i - 1).endTimecode(), map.rows().get(i).startTimecode());
        }
        assertEquals(runtime, map.runtimeSeconds(), 1e-6);
        assertEquals(map.runtimeSeconds(), map.rows().get(map.rows().size() - 1).endSeconds());
        assertEquals(ShotDisclosureMap.timecode(runtime), map.rows().get(map.rows().size() - 1).endTimecode());
    }

    @Test
    void timecodesCountFramesAtTwentyFourPerSecond() {
        assertEquals("00:00:00:00", ShotDisclosureMap.timecode(0));
        assertEquals("00:00:01:12", ShotDisclosureMap.timecode(1.5));
        assertEquals("01:01:01:01", ShotDisclosureMap.timecode(3661 + 1 / 24.0));
    }

    @Test
    void generatedShotsCoverTheFrameAndEffectsShotsAreEnhancedOnlyWhenTheVfxStageUsesAi() {
        Shot generated = shot("1A", 4, VfxLevel.NONE, ProductionMethod.AI_TEXT_TO_VIDEO);
        Shot effects = shot("1B", 3, VfxLevel.MEDIUM, ProductionMethod.LIVE_ACTION);
        Shot plain = shot("1C", 2, VfxLevel.NONE, ProductionMethod.LIVE_ACTION);
        Production p = film(List.of(List.of(generated, effects, plain)));
        List<ShotDisclosureMap.Row> rows = ShotDisclosureMap.of(p).rows();
        assertEquals(List.of(AiContribution.GENERATED, AiContribution.NONE, AiContribution.NONE),
                rows.stream().map(ShotDisclosureMap.Row::contribution).toList());
        assertEquals(1.0, rows.get(0).frameShare());

        Production aiVfx = p.withStage(p.stage(StageId.VFX).withWorkflow(Workflow.HYBRID));
        rows = ShotDisclosureMap.of(aiVfx).rows();
        assertEquals(AiContribution.ENHANCED, rows.get(1).contribution());
        assertEquals(AiUses.enhancedShare(VfxLevel.MEDIUM), rows.get(1).frameShare());
        assertEquals(AiContribution.NONE, rows.get(2).contribution());

        Production halfFrame = aiVfx.withDisclosure(new Disclosure(List.of(DisclosureEntry.planned(
                AiUseKey.ofShot(StageId.GENERATION, generated.id()), List.of(generated.id()),
                AiContribution.GENERATED, 0.4, null)), List.of()));
        assertEquals(0.4, ShotDisclosureMap.of(halfFrame).rows().get(0).frameShare());
    }
}
