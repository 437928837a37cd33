package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.Production;
import org.reelwright.domain.SceneId;
import org.reelwright.schedule.ShootDay;
import org.reelwright.schedule.ShootPlanner;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.schedule.Strip;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;

/**
 * The automatic pass on the real scripts of the shared corpus (read in place; skipped when the corpus is absent):
 * every strip exactly once, no day over its capacity unless it holds one strip larger than a day, and no more
 * company moves than shooting in scene order.
 */
class ShootPlannerCorpusTest {
    private static final Planning PLANNING = planning();

    private static Planning planning() {
        try {
            return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> scripts() {
        return Stream.of("fountain/big-fish.fountain", "fountain/brick-and-steel.fountain",
                "fountain/the-last-birthday-card.fountain", "fountain/zh-template.fountain",
                "fountain/beat-tutorial.fountain", "fdx/big-fish.fdx");
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void theAutomaticPassKeepsEveryStripOnceWithinCapacityAndMovesNoMoreThanSceneOrder(String relative)
            throws Exception {
        Path file = Path.of(System.getProperty("reelwright.corpus", "../shared/corpus")).resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> "shared screenplay corpus not found at " + file.toAbsolutePath());
        Production p = new ScreenplayImporter().importScript(file, LocalDate.of(2027, 3, 1)).production();
        ShootingSchedule s = PLANNING.shootingSchedule(p);
        List<Strip> sceneOrder = ShootPlanner.strips(p);
        List<SceneId> placed = s.strips().stream().map(Strip::scene).toList();
        assertEquals(sceneOrder.size(), placed.size(), relative);
        assertEquals(new HashSet<>(sceneOrder.stream().map(Strip::scene).toList()), new HashSet<>(placed));
        for (ShootDay d : s.days()) {
            assertTrue(d.strips().size() == 1 || !d.overFull(), () -> relative + " day " + d.number());
        }
        int moves = s.companyMoves();
        int sceneOrderMoves = ShootingSchedule.companyMoves(sceneOrder);
        assertTrue(moves <= sceneOrderMoves, () -> relative + ": " + moves + " moves, scene order " + sceneOrderMoves);
        System.out.printf("%s: %d strips on %d days, %d company moves (scene order %d)%n", relative,
                placed.size(), s.dayCount(), moves, sceneOrderMoves);
    }
}
