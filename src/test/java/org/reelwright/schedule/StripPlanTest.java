package org.reelwright.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Planning;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Scenario;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** The schedule's strip plan is the estimate's: continuous and later scenes stay with the night before them. */
class StripPlanTest {
    private static final Planning PLANNING = planning();

    private static Planning planning() {
        try {
            return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Scene scene(String number, String location, TimeOfDay time) {
        return new Scene(SceneId.random(), number, new SceneHeading(IntExt.EXT, location, time), 8, List.of("ADA"), "",
                List.of());
    }

    @Test
    void aNightSceneAndTheContinuousAndLaterScenesAfterItAreOneNightGroup() {
        // 3 pages at the DOCK by night: 3 ÷ 3 pages/day = 1 shoot day (as night + day groups it was 0.5 + 1)
        Production p = Production.blank("Night", LocalDate.of(2027, 3, 1)).withScenes(List.of(
                scene("1", "DOCK", TimeOfDay.NIGHT), scene("2", "DOCK", TimeOfDay.CONTINUOUS),
                scene("3", "DOCK", TimeOfDay.UNSPECIFIED)));
        Schedule s = PLANNING.schedule(p, Scenario.CURRENT);
        assertEquals(1, s.shootGroups().size(), () -> s.shootGroups().toString());
        ShootGroup g = s.shootGroups().get(0);
        assertTrue(g.group().night());
        assertEquals(0, g.days().likely().compareTo(BigDecimal.ONE), () -> g.days().toString());
        assertEquals(1, s.stage(StageId.SHOOT).orElseThrow().duration());
        assertEquals(0, s.estimate().line(StageId.SHOOT).orElseThrow().calendarDays().likely()
                .compareTo(BigDecimal.ONE), "the estimate prices the days the schedule plans");
    }

    @Test
    void theSampleTunnelAndControlDeckFollowTheNightBeforeThem() throws Exception {
        Production sample;
        try (InputStream in = getClass().getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
        Schedule s = PLANNING.schedule(sample, Scenario.CURRENT);
        for (ShootGroup g : s.shootGroups()) {
            if (g.group().scenes().contains("7") || g.group().scenes().contains("8")) {
                assertTrue(g.group().night(), g.group().location() + " follows the night scene before it");
            }
        }
        BigDecimal stripDays = s.shootGroups().stream().map(ShootGroup::days).reduce(Range.ZERO, Range::plus)
                .likely();
        assertEquals(0, stripDays.compareTo(s.estimate().line(StageId.SHOOT).orElseThrow().calendarDays().likely()));
    }
}
