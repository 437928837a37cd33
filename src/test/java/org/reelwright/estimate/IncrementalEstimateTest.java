package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.VisualStyle;
import org.reelwright.domain.Workflow;

/**
 * Issue 14: the incremental estimate ({@link EstimateSession}) equals the full recompute
 * ({@link CostEstimator#deterministic}, {@link CostEstimator#estimate}) after every edit of random edit sequences —
 * every line's cost, effort and calendar, the totals, the drivers and the flags (the whole {@link Estimate} record).
 */
class IncrementalEstimateTest {
    private static final CostEstimator REFERENCE = EstimateFixtures.estimator(0);
    private static final String[] LOCATIONS = {"LAB", "ROOFTOP", "DINER", "STREET", "HARBOUR"};
    private static final String[] NAMES = {"MAYA", "OMAR", "ADA", "RUTH", "EDITOR (V.O.)", "KENJI"};
    private static final String[] OVERRIDDEN = {"crew.editor-day-rate", "shoot.pages-per-day", "work.hours-per-day",
        "generation.price-per-generated-second", "vfx.traditional.price-per-shot.simple"};

    @Test
    void twoHundredRandomEditSequencesOnA300ShotProductionEstimateAsAFullRecompute() {
        Production start = SyntheticProductions.generate(30, 300, 7);
        for (int sequence = 0; sequence < 200; sequence++) {
            Random random = new Random(sequence);
            Scenario scenario = sequence % 5 == 3 ? Scenario.TRADITIONAL : sequence % 5 == 4 ? Scenario.AI
                    : Scenario.CURRENT;
            check(start, scenario, random, 6, "sequence " + sequence);
        }
    }

    @Test
    void editSequencesOnTheSamplesEstimateAsAFullRecompute() throws Exception {
        List<Production> samples = List.of(EstimateFixtures.sample(), EstimateFixtures.small(),
                Production.blank("Empty", java.time.LocalDate.of(2027, 1, 4)));
        for (int i = 0; i < samples.size(); i++) {
            for (Scenario scenario : Scenario.values()) {
                check(samples.get(i), scenario, new Random(1000 + i), 30, "sample " + i + " " + scenario);
            }
        }
    }

    @Test
    void theSecondStepAddsTheSameSimulationAsTheFullEstimate() throws Exception {
        CostEstimator simulated = EstimateFixtures.estimator(2_000);
        EstimateSession session = simulated.session();
        Production p = EstimateFixtures.sample();
        Random random = new Random(5);
        for (int step = 0; step < 6; step++) {
            Estimate figures = session.deterministic(p, Scenario.CURRENT);
            assertFalse(figures.simulated(), "the first step leaves the simulation pending");
            assertEquals(figures.total().likely(), figures.percentiles().p50());
            Estimate full = session.simulate(figures);
            assertTrue(full.simulated());
            assertEquals(simulated.estimate(p, Scenario.CURRENT), full, "step " + step);
            p = edit(p, random, new ArrayList<>());
        }
    }

    @Test
    void aStaleKeptLineWouldBeCaught() {
        // The check above can fail: an estimate from before an edit differs from the one after it in the places
        // the kept parts feed (here the drivers and the editing line a duration change moves).
        Production before = SyntheticProductions.generate(30, 300, 7);
        Shot shot = before.scenes().get(3).shots().get(0);
        Production after = before.withShot(shot.withDurationSeconds(shot.durationSeconds() + 7));
        Estimate stale = REFERENCE.deterministic(before, Scenario.CURRENT);
        Estimate fresh = REFERENCE.deterministic(after, Scenario.CURRENT);
        assertNotEquals(stale.drivers(), fresh.drivers());
        assertNotEquals(stale.line(StageId.EDITING), fresh.line(StageId.EDITING));
        assertEquals(fresh, REFERENCE.session().deterministic(after, Scenario.CURRENT));
    }

    private static void check(Production start, Scenario scenario, Random random, int steps, String name) {
        EstimateSession session = REFERENCE.session();
        Production p = start;
        List<String> done = new ArrayList<>();
        assertSame(REFERENCE.deterministic(p, scenario), session.deterministic(p, scenario), name + " at start");
        for (int step = 0; step < steps; step++) {
            p = edit(p, random, done);
            assertSame(REFERENCE.deterministic(p, scenario), session.deterministic(p, scenario),
                    name + " after " + done);
        }
    }

    /** Compares piece by piece first, so a failure says which figure went wrong, then the whole record. */
    private static void assertSame(Estimate full, Estimate incremental, String where) {
        assertEquals(full.drivers(), incremental.drivers(), where + ": drivers");
        assertEquals(full.lines().size(), incremental.lines().size(), where + ": lines");
        for (int i = 0; i < full.lines().size(); i++) {
            StageLine a = full.lines().get(i);
            StageLine b = incremental.lines().get(i);
            String line = where + ": line " + a.stage().id();
            assertEquals(a.cost(), b.cost(), line + " cost");
            assertEquals(a.effortDays(), b.effortDays(), line + " effort");
            assertEquals(a.calendarDays(), b.calendarDays(), line + " calendar");
            assertEquals(a, b, line);
        }
        assertEquals(full.total(), incremental.total(), where + ": total");
        assertEquals(full.flags(), incremental.flags(), where + ": flags");
        assertEquals(full, incremental, where);
    }

    /** One random edit the user could make; an edit the domain refuses is skipped. */
    static Production edit(Production p, Random random, List<String> done) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int kind = random.nextInt(20);
            try {
                Production edited = edit(p, random, kind);
                if (edited != null) {
                    done.add(Integer.toString(kind));
                    return edited;
                }
            } catch (IllegalArgumentException e) {
                // refused by the domain (InvalidInputException is one): try another edit
            }
        }
        return p;
    }

    private static Production edit(Production p, Random random, int kind) {
        List<Scene> scenes = p.scenes();
        Scene scene = scenes.isEmpty() ? null : scenes.get(random.nextInt(scenes.size()));
        Shot shot = scene == null || scene.shots().isEmpty() ? null
                : scene.shots().get(random.nextInt(scene.shots().size()));
        StageId stage = StageId.values()[random.nextInt(StageId.values().length)];
        StagePlan plan = p.stage(stage);
        switch (kind) {
            case 0: // duration
                return shot == null ? null : p.withShot(shot.withDurationSeconds(1 + random.nextInt(40) / 2.0));
            case 1: // method, AI or live
                return shot == null ? null : p.withShot(shot.withMethod(
                        ProductionMethod.values()[random.nextInt(ProductionMethod.values().length)]));
            case 2: // VFX
                return shot == null ? null : p.withShot(shot.withVfx(
                        VfxLevel.values()[random.nextInt(VfxLevel.values().length)]));
            case 3: // faces, camera move
                return shot == null ? null : p.withShot(shot.withRealisticFaces(!shot.realisticFaces())
                        .withMovement(CameraMovement.values()[random.nextInt(CameraMovement.values().length)]));
            case 4: { // add a shot
                if (scene == null) {
                    return null;
                }
                List<Shot> shots = new ArrayList<>(scene.shots());
                shots.add(random.nextInt(shots.size() + 1), new Shot(ShotId.random(), "N" + random.nextInt(1_000_000),
                        "", ShotSize.WIDE, CameraMovement.STATIC, 3 + random.nextInt(10),
                        random.nextBoolean() ? VfxLevel.NONE : VfxLevel.MEDIUM,
                        random.nextBoolean() ? ProductionMethod.LIVE_ACTION : ProductionMethod.AI_IMAGE_TO_VIDEO,
                        random.nextBoolean(), ""));
                return p.withScene(scene.withShots(shots));
            }
            case 5: // delete a shot
                return shot == null ? null : p.withScene(scene.withShots(scene.shots().stream()
                        .filter(s -> s != shot).toList()));
            case 6: { // move a shot within its scene, or to another scene
                if (shot == null) {
                    return null;
                }
                Scene other = scenes.get(random.nextInt(scenes.size()));
                if (other == scene) {
                    List<Shot> shots = new ArrayList<>(scene.shots());
                    shots.remove(shot);
                    shots.add(random.nextInt(shots.size() + 1), shot);
                    return p.withScene(scene.withShots(shots));
                }
                List<Scene> copy = new ArrayList<>(scenes);
                copy.set(scenes.indexOf(scene), scene.withShots(scene.shots().stream().filter(s -> s != shot)
                        .toList()));
                List<Shot> target = new ArrayList<>(other.shots());
                target.add(shot.withNumber("M" + random.nextInt(1_000_000)));
                copy.set(scenes.indexOf(other), other.withShots(target));
                return p.withScenes(copy);
            }
            case 7: { // add a scene
                List<Scene> copy = new ArrayList<>(scenes);
                copy.add(random.nextInt(copy.size() + 1), new Scene(SceneId.random(), "S" + random.nextInt(1_000_000),
                        new SceneHeading(IntExt.INT, LOCATIONS[random.nextInt(LOCATIONS.length)],
                                TimeOfDay.values()[random.nextInt(TimeOfDay.values().length)]),
                        1 + random.nextInt(16), List.of(NAMES[random.nextInt(NAMES.length)]), "",
                        List.of(new Shot(ShotId.random(), "1", "", ShotSize.CLOSE_UP, CameraMovement.STATIC, 4,
                                VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true, ""))));
                return p.withScenes(copy);
            }
            case 8: // delete a scene
                return scene == null ? null : p.withScenes(scenes.stream().filter(s -> s != scene).toList());
            case 9: { // characters
                if (scene == null) {
                    return null;
                }
                List<String> cast = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    cast.add(NAMES[random.nextInt(NAMES.length)]);
                }
                return p.withScene(scene.withCharacters(cast));
            }
            case 10: // location
                return scene == null ? null : p.withScene(scene.withHeading(new SceneHeading(scene.heading().intExt(),
                        LOCATIONS[random.nextInt(LOCATIONS.length)], scene.heading().timeOfDay())));
            case 11: // time of day, length
                return scene == null ? null : p.withScene(scene.withHeading(new SceneHeading(scene.heading().intExt(),
                        scene.heading().location(), TimeOfDay.values()[random.nextInt(TimeOfDay.values().length)]))
                        .withLengthEighths(random.nextInt(40)));
            case 12: // workflow
                return p.withStage(plan.withWorkflow(Workflow.values()[random.nextInt(Workflow.values().length)]));
            case 13: // AI share, iterations
                return p.withStage(plan.withAiShare(random.nextInt(11) / 10.0)
                        .withIterationAllowance(random.nextInt(3) / 2.0));
            case 14: // team size
                return p.withStage(plan.withTeamSize(1 + random.nextInt(8)));
            case 15: { // rate override, on its own stage or another one
                String id = OVERRIDDEN[random.nextInt(OVERRIDDEN.length)];
                List<RateOverride> overrides = new ArrayList<>(plan.rateOverrides());
                overrides.removeIf(o -> o.benchmarkId().equals(id));
                if (random.nextInt(4) > 0) {
                    int likely = 1 + random.nextInt(500);
                    overrides.add(new RateOverride(id, BigDecimal.valueOf(likely / 2), BigDecimal.valueOf(likely),
                            BigDecimal.valueOf(likely * 2L), ""));
                }
                return p.withStage(plan.withRateOverrides(overrides));
            }
            case 16: // contingency
                return p.withContingencyPercent(random.nextInt(31));
            case 17: // visual style
                return p.withVisualStyle(VisualStyle.values()[random.nextInt(VisualStyle.values().length)]);
            case 18: // languages, festivals
                return p.withDubbingLanguages(random.nextBoolean() ? List.of() : List.of("zh", "fr"))
                        .withFestivalSubmissions(random.nextInt(20));
            default: // the real performer's likeness (R9) on a stage
                return p.withStage(plan.withRealPerformerLikeness(!plan.realPerformerLikeness()));
        }
    }
}
