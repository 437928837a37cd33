package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.estimate.CostEstimator;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.MonteCarlo;
import org.reelwright.estimate.Scenario;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;

/**
 * Issue 14 through the use-case facade: the deterministic figures first, the simulated estimate second, both equal
 * to the full recompute after edits; and the production's cheap edits keep every check of a full one.
 */
class PlanningTwoStepTest {
    private static final Planning PLANNING = planning();

    @Test
    void theFiguresComeFirstAndTheSimulationAddsTheFullEstimatesPercentiles() {
        CostEstimator reference = new CostEstimator(PLANNING.library(), new MonteCarlo(10_000,
                MonteCarlo.DEFAULT_SEED), Locale.ENGLISH);
        Production p = SyntheticProductions.generate(40, 400, 3);
        for (int step = 0; step < 3; step++) {
            Estimate figures = PLANNING.deterministicEstimate(p, Scenario.CURRENT);
            assertFalse(figures.simulated(), "percentiles pending");
            Estimate full = PLANNING.estimate(p, Scenario.CURRENT);
            assertTrue(full.simulated());
            assertEquals(reference.estimate(p, Scenario.CURRENT), full);
            assertEquals(figures.withPercentiles(full.percentiles()), full, "the second step changes nothing else");
            assertSame(full, PLANNING.estimate(p, Scenario.CURRENT), "remembered for the same production");
            Shot shot = p.scenes().get(step).shots().get(1);
            p = p.withShot(shot.withDurationSeconds(shot.durationSeconds() + 2));
        }
    }

    @Test
    void anEditedSceneIsStillCheckedAgainstTheOthers() {
        Production p = SyntheticProductions.generate(5, 20, 4);
        Scene first = p.scenes().get(0);
        Scene second = p.scenes().get(1);
        // A shot of the second scene put into the first as well: refused, with the full check's words.
        List<Shot> shots = new ArrayList<>(first.shots());
        shots.add(second.shots().get(0));
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> p.withScene(first.withShots(shots)));
        InvalidInputException full = assertThrows(InvalidInputException.class, () -> {
            List<Scene> scenes = new ArrayList<>(p.scenes());
            scenes.set(0, first.withShots(shots));
            p.withScenes(scenes);
        });
        assertEquals(full.getMessage(), twice.getMessage());
        // A number another scene has, in other case: refused.
        assertThrows(InvalidInputException.class, () -> p.withScene(first.withNumber(second.number().toLowerCase())));
        // A shot moved between scenes in two edits: found in its new scene, and its old id may come back.
        Shot moved = second.shots().get(0);
        Production removed = p.withScene(second.withShots(second.shots().subList(1, second.shots().size())));
        assertTrue(removed.sceneOf(moved.id()).isEmpty());
        List<Shot> withMoved = new ArrayList<>(first.shots());
        withMoved.add(moved.withNumber("99"));
        Production added = removed.withScene(first.withShots(withMoved));
        assertEquals(first.id(), added.sceneOf(moved.id()).orElseThrow().id());
        assertEquals(added, removed.withScenes(new ArrayList<>(added.scenes())), "same scenes, equal productions");
        // Still refused once moved: putting it back into the second scene too.
        List<Shot> back = new ArrayList<>(second.shots());
        assertThrows(InvalidInputException.class, () -> added.withScene(
                added.scenes().get(1).withShots(back)));
    }

    private static Planning planning() {
        try {
            return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
