package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reelwright.estimate.EstimateFixtures.small;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;

/**
 * Each stage's formula on the small fixture, worked out by hand from the library's likely values (shown in each
 * case), so a change to a formula or to a library figure is caught and has to be looked at.
 */
class StageFormulasTest {

    static Stream<Arguments> likelyCosts() {
        return Stream.of(
                // 3 pages × 1 day/page × 200 USD/day
                Arguments.of(StageId.SCRIPT, Workflow.TRADITIONAL, "600", "3"),
                // 3 pages × 1 day/page × 0.5 = 1.5 days × 200 + 1 month × 20 USD
                Arguments.of(StageId.SCRIPT, Workflow.AI, "320", "1.5"),
                // 4 shots × 1.5 panels = 6 panels × 30 USD/frame; 6 ÷ 25 frames/day = 0.24 days
                Arguments.of(StageId.STORYBOARD, Workflow.TRADITIONAL, "180", "0.24"),
                // 3 min × 2 days/min = 6 days × 300 USD/day
                Arguments.of(StageId.PREVIS, Workflow.TRADITIONAL, "1800", "6"),
                // flat 500 USD; 2 roles × 0.5 days
                Arguments.of(StageId.CASTING, Workflow.TRADITIONAL, "500", "1"),
                // 2 locations × 1 day × 150 USD + 2 × 150 USD permits
                Arguments.of(StageId.LOCATIONS, Workflow.TRADITIONAL, "600", "2"),
                // strip groups LAB/day (2 pages, 2 setups → 1 day) and ROOF/night (0.5 pages, 1 setup → 0.5 day):
                // 1.5 days × (700 + 475 + 550 + 2 × 150 + 450 + 1000) = 5212.5, cast by strip group: ADA and OMAR
                // work LAB's day, ADA ROOF's half day = 2.5 performer-days × 249 = 622.5, catering (1.5 × 5 + 2.5
                // performer-days) × 15 = 150; 7.5 crew person-days
                Arguments.of(StageId.SHOOT, Workflow.TRADITIONAL, "5985", "7.5"),
                // 30 s × 13.7 × 0.10 USD/s = 41.1; 30 ÷ 35 s/day × 350 = 300; 1 character × 9.78
                Arguments.of(StageId.GENERATION, Workflow.AI, "350.88", "0.857142857142857"),
                // 3 min × 3 h/min ÷ 8 h/day = 1.125 days × 350 USD/day
                Arguments.of(StageId.EDITING, Workflow.TRADITIONAL, "393.75", "1.125"),
                // 1.125 days × 0.6 = 0.675 days × 350 + 1 month × 50
                Arguments.of(StageId.EDITING, Workflow.AI, "286.25", "0.675"),
                // hybrid at 0.5: half of each
                Arguments.of(StageId.EDITING, Workflow.HYBRID, "340", "0.9"),
                // the AI shot 2A keeps a compositing pass (a simple shot), not its medium level:
                // 2 × 50 + 900 USD; (2 × 1.25 + 24) h ÷ 8
                Arguments.of(StageId.VFX, Workflow.TRADITIONAL, "1000", "3.3125"),
                // 2 × 50 × 0.4 + 900 (complex stays traditional, A3) + 1 month × 15; 2.5 h ÷ 8 × 0.4 + 3 days
                Arguments.of(StageId.VFX, Workflow.AI, "955", "3.125"),
                // 3 min × 0.4 days/min × 475
                Arguments.of(StageId.SOUND, Workflow.TRADITIONAL, "570", "1.2"),
                // 3 min × 1 language × 100 USD/min; 3 × 0.3 days
                Arguments.of(StageId.VOICE, Workflow.TRADITIONAL, "300", "0.9"),
                // 3 min × 0.5 cues/min × 200 USD/cue; 1.5 cues × 0.25 days
                Arguments.of(StageId.MUSIC, Workflow.TRADITIONAL, "300", "0.375"),
                // 3 min × 2 h/min ÷ 8 = 0.75 days × 400
                Arguments.of(StageId.COLOR, Workflow.TRADITIONAL, "300", "0.75"),
                // 3 min × 2 languages × 10 USD/min; 6 × 0.05 days
                Arguments.of(StageId.SUBTITLES, Workflow.TRADITIONAL, "60", "0.3"),
                // 3 × 0.006 + 6 × 0.002 + 6 × 0.25 h ÷ 8 × 350
                Arguments.of(StageId.SUBTITLES, Workflow.AI, "65.655", "0.1875"),
                // 1.5 min × 2 days/min = 3 days × 350
                Arguments.of(StageId.TRAILER, Workflow.TRADITIONAL, "1050", "3"),
                // 10 submissions × 45 USD; 10 h ÷ 8
                Arguments.of(StageId.FESTIVALS, Workflow.TRADITIONAL, "450", "1.25"));
    }

    @ParameterizedTest(name = "{0} {1}: {2} USD, {3} person-days")
    @MethodSource("likelyCosts")
    void stageLineMatchesTheHandComputedFigure(StageId stage, Workflow workflow, String cost, String effort) {
        Production p = small();
        p = p.withStage(p.stage(stage).withWorkflow(workflow));
        StageLine line = EstimateFixtures.estimator(0).estimate(p, Scenario.CURRENT).line(stage).orElseThrow();
        assertEquals(0, line.cost().likely().compareTo(EstimateFixtures.bd(cost)),
                () -> stage + " cost " + line.cost().likely() + " — " + line.explanation());
        assertEquals(Double.parseDouble(effort), line.effortDays().likely().doubleValue(), 1e-9,
                () -> stage + " effort — " + line.explanation());
    }
}
