package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reelwright.estimate.EstimateFixtures.bd;
import static org.reelwright.estimate.EstimateFixtures.estimator;
import static org.reelwright.estimate.EstimateFixtures.shot;
import static org.reelwright.estimate.EstimateFixtures.small;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
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
import org.reelwright.domain.Workflow;

/**
 * The model gaps of issue 12 (item 5), each on a production small enough to work out by hand from the library's
 * likely values: shoot 3 pages/day (2–5) and 14 setups/day (12–16), cast 249 USD/day, catering 15 USD/person-day,
 * VFX simple 50 USD and 1.25 h, complex 900 USD and 24 h, 8 h/day, VFX AI factor 0.4, VFX tool 15 USD/month.
 */
class ModelGapsTest {
    private static final EstimateMessages EN = new EstimateMessages(Locale.ENGLISH);

    private static Scene scene(String number, String location, TimeOfDay time, int eighths, List<String> characters,
            Shot... shots) {
        return new Scene(SceneId.random(), number, new SceneHeading(IntExt.INT, location, time), eighths, characters,
                "", List.of(shots));
    }

    private static Production production(Scene... scenes) {
        return Production.blank("Gaps", LocalDate.of(2027, 3, 1)).withScenes(List.of(scenes));
    }

    private static Production withWorkflow(Production p, StageId stage, Workflow workflow) {
        return p.withStage(p.stage(stage).withWorkflow(workflow));
    }

    private static StageLine line(Production p, StageId stage) {
        return estimator(0).estimate(p, Scenario.CURRENT).line(stage).orElseThrow();
    }

    private static LineItem item(StageLine line, String key) {
        String label = EN.get(key);
        return line.items().stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow(
                () -> new AssertionError(key + " not in " + line.explanation()));
    }

    private static void assertMoney(String expected, BigDecimal actual, String what) {
        assertEquals(0, actual.compareTo(bd(expected)), () -> what + ": " + actual);
    }

    // ---- an AI shot is not priced again as a traditional VFX shot of its level

    @Test
    void anAiShotWithComplexVfxKeepsOnlyACompositingPass() {
        Production p = production(scene("1", "LAB", TimeOfDay.DAY, 8, List.of(),
                shot("1A", 10, VfxLevel.COMPLEX, ProductionMethod.AI_IMAGE_TO_VIDEO, false),
                shot("1B", 10, VfxLevel.MEDIUM, ProductionMethod.AI_3D, false),
                shot("1C", 10, VfxLevel.NONE, ProductionMethod.AI_TEXT_TO_VIDEO, false),
                shot("1D", 10, VfxLevel.COMPLEX, ProductionMethod.LIVE_ACTION, true)));
        Drivers d = Drivers.of(p);
        assertEquals(2, d.vfxSimple(), "the two AI shots with VFX keep a compositing pass each");
        assertEquals(0, d.vfxMedium());
        assertEquals(1, d.vfxComplex(), "only the live complex shot stays complex");
        // 2 simple × 50 + 1 complex × 900 USD; (2 × 1.25 + 24) h ÷ 8 h/day
        StageLine vfx = line(p, StageId.VFX);
        assertMoney("1000", vfx.cost().likely(), "VFX");
        assertEquals(3.3125, vfx.effortDays().likely().doubleValue(), 1e-9);
        // shot live (R4's comparison and the traditional scenario), the AI shots keep their own level
        Drivers live = Drivers.of(p, true);
        assertEquals(2, live.vfxComplex());
        assertEquals(1, live.vfxMedium());
    }

    @Test
    void shootingAnAiShotLiveWouldBringBackItsVfxSoR4WeighsIt() {
        // R4 compares generating the AI shots with shooting them live. Live, the 1 s AI shot would be a complex VFX
        // shot (900 USD) instead of a compositing pass (50 USD): 850 USD more, against about 11 USD of generation
        // (1 s × 13.7 × 0.10 + 1 ÷ 35 operator-days × 350). The shoot itself stays half a day either way.
        Production p = production(scene("1", "LAB", TimeOfDay.DAY, 8, List.of(),
                shot("1A", 30, VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true),
                shot("1B", 1, VfxLevel.COMPLEX, ProductionMethod.AI_IMAGE_TO_VIDEO, false)))
                .withVisualStyle(org.reelwright.domain.VisualStyle.REALISTIC_LIVE_ACTION);
        List<RiskFlag> r4 = estimator(0).estimate(p, Scenario.CURRENT).flags().stream()
                .filter(f -> f.code() == FlagCode.AI_REALISTIC_DRAMA_COST).toList();
        assertEquals(List.of(), r4);
    }

    // ---- cast days by strip group, voices left out

    @Test
    void castDaysCountEveryOnScreenCharacterForTheWholeGroupAndNoVoice() {
        // LAB by day: 2 + 1 pages, no shots → 3 pages ÷ 3 pages/day = 1 day (low 3 ÷ 5 = 0.6 → 1, high 3 ÷ 2 = 1.5).
        // Performers ADA, OMAR (scene 1) and LI (scene 2) work the group's day: 3 performer-days × 249 = 747 USD.
        // By character-pages it was (2 × 2 + 1 × 1) ÷ 3 = 1.67 days × 249 = 415 USD. The EDITOR is only heard.
        Production p = production(
                scene("1", "LAB", TimeOfDay.DAY, 16, List.of("ADA", "OMAR")),
                scene("2", "LAB", TimeOfDay.DAY, 8, List.of("LI", "EDITOR (V.O.)")));
        StageLine shoot = line(p, StageId.SHOOT);
        LineItem cast = item(shoot, "item.shoot.cast");
        assertMoney("747", cast.cost().likely(), "cast");
        assertMoney("0", cast.cost().low(), "cast low (the library's low performer rate is 0: deferred pay)");
        assertMoney("1120.5", cast.cost().high(), "cast high (1.5 days × 3 × 249)");
        // catering: (1 day × 5 crew + 3 performer-days) × 15 USD
        assertMoney("120", item(shoot, "item.shoot.catering").cost().likely(), "catering");
        Drivers d = Drivers.of(p);
        assertEquals(List.of("ADA", "OMAR", "LI"), d.stripGroups().get(0).cast());
        assertEquals(4, d.speakingRoles(), "the voice is still a role to cast");
    }

    @Test
    void aVoiceIsRecognisedByItsMarkAndCountedOnceAsARole() {
        for (String voice : List.of("EDITOR (V.O.)", "EDITOR (O.S.)", "EDITOR (O.C.)", "EDITOR (PHONE)",
                "EDITOR (ON THE PHONE)", "EDITOR (VO)", "主编 (电话里)", "主编（画外音）", "EDITOR [V.O.]")) {
            assertTrue(Drivers.voiceRole(voice), voice);
        }
        for (String performer : List.of("EDITOR", "EDITOR (YOUNG)", "VOICE", "OSCAR (30S)", "主编")) {
            assertFalse(Drivers.voiceRole(performer), performer);
        }
        assertEquals("EDITOR", Drivers.baseName("EDITOR (V.O.)"));
        assertEquals("主编", Drivers.baseName("主编（电话里）"));
        Production p = production(
                scene("1", "LAB", TimeOfDay.DAY, 8, List.of("ADA", "EDITOR")),
                scene("2", "ROOF", TimeOfDay.DAY, 8, List.of("ADA", "EDITOR (V.O.)")));
        Drivers d = Drivers.of(p);
        assertEquals(2, d.speakingRoles());
        assertEquals(List.of("ADA", "EDITOR"), d.stripGroups().get(0).cast());
        assertEquals(List.of("ADA"), d.stripGroups().get(1).cast());
    }

    @Test
    void aSceneWithOnlyAiShotsCallsNoPerformer() {
        // Scene 2 is all AI: no strip group, so ADA works only scene 1's day: 1 page → 0.5 day × 249 = 124.5 USD
        Production p = production(
                scene("1", "LAB", TimeOfDay.DAY, 8, List.of("ADA"),
                        shot("1A", 20, VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true)),
                scene("2", "SEA", TimeOfDay.DAY, 8, List.of("ADA", "OMAR"),
                        shot("2A", 20, VfxLevel.NONE, ProductionMethod.AI_IMAGE_TO_VIDEO, false)));
        assertMoney("124.5", item(line(p, StageId.SHOOT), "item.shoot.cast").cost().likely(), "cast");
    }

    // ---- continuous, later and unspecified scenes follow the scene before them

    @Test
    void continuousAndUnspecifiedScenesFollowTheNightBeforeThem() {
        // ROOF: 1 page by night, then 1 page CONTINUOUS and 1 page LATER (read as unspecified): one night group of
        // 3 pages = 1 day. Split into night (1 page → 0.5 day) and day (2 pages → 1 day) it was 1.5 days.
        Production p = production(
                scene("1", "ROOF", TimeOfDay.NIGHT, 8, List.of("ADA")),
                scene("2", "ROOF", TimeOfDay.CONTINUOUS, 8, List.of("ADA")),
                scene("3", "ROOF", TimeOfDay.UNSPECIFIED, 8, List.of("ADA")));
        Drivers d = Drivers.of(p);
        assertEquals(1, d.stripGroups().size(), () -> d.stripGroups().toString());
        assertTrue(d.stripGroups().get(0).night());
        assertEquals(List.of("1", "2", "3"), d.stripGroups().get(0).scenes());
        assertMoney("1", line(p, StageId.SHOOT).calendarDays().likely(), "shoot days");
    }

    @Test
    void aContinuousSceneAfterADaySceneStaysDayAndTheFirstSceneDefaultsToDay() {
        Production p = production(
                scene("1", "ROOF", TimeOfDay.CONTINUOUS, 8, List.of()),
                scene("2", "ROOF", TimeOfDay.NIGHT, 8, List.of()),
                scene("3", "LAB", TimeOfDay.DAY, 8, List.of()),
                scene("4", "ROOF", TimeOfDay.CONTINUOUS, 8, List.of()));
        List<StripGroup> groups = Drivers.of(p).stripGroups();
        assertEquals(3, groups.size(), groups::toString);
        assertEquals(List.of("1", "4"), groups.get(0).scenes());
        assertFalse(groups.get(0).night());
        assertTrue(groups.get(1).night());
        // dusk stays night and dawn day, as SceneHeading.isNight says
        assertTrue(Drivers.isNight(TimeOfDay.DUSK, false, true));
        assertFalse(Drivers.isNight(TimeOfDay.DAWN, true, false));
    }

    // ---- no work, no subscription

    @Test
    void anAiVfxStageWithNoVfxShotPaysNoSubscription() {
        Production p = production(scene("1", "LAB", TimeOfDay.DAY, 8, List.of(),
                shot("1A", 10, VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true)));
        StageLine vfx = line(withWorkflow(p, StageId.VFX, Workflow.AI), StageId.VFX);
        assertTrue(vfx.cost().isZero(), vfx.explanation());
        StageLine hybrid = line(withWorkflow(p, StageId.VFX, Workflow.HYBRID), StageId.VFX);
        assertTrue(hybrid.cost().isZero(), hybrid.explanation());
    }

    @Test
    void anAiVfxStageWithOnlyComplexShotsPaysNoSubscriptionEither() {
        // the complex shot stays with artists (A3): no AI tool is used, 900 USD and 3 days as traditional
        Production p = production(scene("1", "LAB", TimeOfDay.DAY, 8, List.of(),
                shot("1A", 10, VfxLevel.COMPLEX, ProductionMethod.LIVE_ACTION, true)));
        StageLine vfx = line(withWorkflow(p, StageId.VFX, Workflow.AI), StageId.VFX);
        assertMoney("900", vfx.cost().likely(), "VFX");
    }

    // ---- the iteration allowance belongs to AI work only

    @Test
    void complexShotsThatStayTraditionalTakeNoAiIterationAllowance() {
        // 1 simple shot assisted: 1.25 h ÷ 8 × 0.4 × 1.25 iterations = 0.078125 days; 1 complex shot: 24 h ÷ 8 = 3
        // days as traditional (it was 3.75 with the allowance)
        Production p = production(scene("1", "LAB", TimeOfDay.DAY, 8, List.of(),
                shot("1A", 10, VfxLevel.SIMPLE, ProductionMethod.LIVE_ACTION, true),
                shot("1B", 10, VfxLevel.COMPLEX, ProductionMethod.LIVE_ACTION, true)));
        p = p.withStage(p.stage(StageId.VFX).withWorkflow(Workflow.AI).withIterationAllowance(0.25));
        StageLine vfx = line(p, StageId.VFX);
        assertEquals(3.078125, vfx.effortDays().likely().doubleValue(), 1e-9, vfx.explanation());
        assertEquals(3, item(vfx, "item.vfx.complex").effortDays().likely().doubleValue(), 1e-9);
    }

    @Test
    void theAiScenarioGivesComplexVfxThatStaysTraditionalTheTraditionalEffort() throws Exception {
        Production sample = EstimateFixtures.sample();
        Estimate traditional = estimator(0).estimate(sample, Scenario.TRADITIONAL);
        Estimate ai = estimator(0).estimate(sample, Scenario.AI);
        String complex = EN.get("item.vfx.complex");
        BigDecimal t = traditional.line(StageId.VFX).orElseThrow().items().stream()
                .filter(i -> i.label().equals(complex)).findFirst().orElseThrow().effortDays().likely();
        BigDecimal a = ai.line(StageId.VFX).orElseThrow().items().stream()
                .filter(i -> i.label().equals(complex)).findFirst().orElseThrow().effortDays().likely();
        assertTrue(a.compareTo(t) <= 0, "AI plan " + a + " > traditional " + t);
    }

    // ---- A3's flag is for complex VFX done with AI

    @Test
    void complexVfxThatStaysWithArtistsIsNotFlaggedUnderAnAiVfxStage() {
        Production p = production(scene("1", "LAB", TimeOfDay.DAY, 8, List.of(),
                shot("1A", 10, VfxLevel.COMPLEX, ProductionMethod.LIVE_ACTION, true),
                shot("1B", 10, VfxLevel.COMPLEX, ProductionMethod.CG_ANIMATION, false),
                shot("1C", 10, VfxLevel.COMPLEX, ProductionMethod.AI_IMAGE_TO_VIDEO, false)));
        p = withWorkflow(p, StageId.VFX, Workflow.AI);
        List<RiskFlag> flags = estimator(0).estimate(p, Scenario.CURRENT).flags().stream()
                .filter(f -> f.code() == FlagCode.AI_COMPLEX_ANIMATED_VFX).toList();
        assertEquals(1, flags.size(), flags::toString);
        assertTrue(flags.get(0).subject().contains("1C"), flags.get(0).subject());
    }

    // ---- the drivers of the comparison never show a zero

    @Test
    void noDriverHasAZeroDifference() {
        // Voice is AI in the user's plan, but it uses a real performer's likeness, so the AI scenario keeps it
        // traditional (R9): the user's plan differs a lot from the traditional one, the AI scenario not at all.
        Production p = small().withDubbingLanguages(List.of("zh", "fr", "de", "es", "ja", "ko", "it", "pt", "ru",
                "ar"));
        p = p.withStage(p.stage(StageId.VOICE).withWorkflow(Workflow.AI).withRealPerformerLikeness(true));
        ScenarioComparison c = ScenarioComparison.of(estimator(0), p);
        assertFalse(c.drivers().isEmpty());
        for (ScenarioComparison.StageDelta d : c.drivers()) {
            assertNotEquals(0, d.aiVsTraditional().setScale(0, RoundingMode.HALF_UP).signum(),
                    () -> d.stage() + " listed with a zero difference");
        }
        List<BigDecimal> sizes = new ArrayList<>(c.drivers().stream().map(d -> d.aiVsTraditional().abs()).toList());
        List<BigDecimal> sorted = new ArrayList<>(sizes);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, sizes, "largest difference first");
    }

    @Test
    void aPlanWithNoDifferenceHasNoDriver() {
        Production p = production(scene("1", "LAB", TimeOfDay.DAY, 8, List.of("ADA"),
                shot("1A", 10, VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true)));
        ScenarioComparison c = ScenarioComparison.of(scenario -> estimator(0).estimate(p, Scenario.CURRENT));
        assertEquals(List.of(), c.drivers());
    }
}
