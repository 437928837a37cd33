package org.reelwright.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.domain.BoardDay;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Performer;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootLocation;
import org.reelwright.domain.ShootPlan;
import org.reelwright.domain.TimeOfDay;

class ShootPlannerTest {
    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    static Scene scene(String number, String location, TimeOfDay time, int eighths, String... cast) {
        return new Scene(SceneId.random(), number, new SceneHeading(IntExt.INT, location, time), eighths,
                List.of(cast), "", List.of());
    }

    static Production production(Scene... scenes) {
        return Production.blank("Board", START).withScenes(List.of(scenes));
    }

    @Test
    void keepsEveryStripExactlyOnceAndNeverOverfillsADayOfASyntheticProduction() {
        Production p = SyntheticProductions.generate(400, 1600, 7);
        ShootingSchedule s = ShootPlanner.plan(p, START, 3, 14);
        List<SceneId> placed = s.strips().stream().map(Strip::scene).toList();
        List<SceneId> expected = ShootPlanner.strips(p).stream().map(Strip::scene).toList();
        assertEquals(expected.size(), placed.size());
        assertEquals(new HashSet<>(expected), new HashSet<>(placed));
        for (ShootDay d : s.days()) {
            boolean single = d.strips().size() == 1;
            assertTrue(single || d.eighths() <= s.capacityEighths() && d.setups() <= s.capacitySetups(),
                    () -> "day " + d.number() + " holds " + d.eighths() + "/8 pages and " + d.setups() + " setups");
            assertEquals(d.overFull(), d.eighths() > s.capacityEighths() || d.setups() > s.capacitySetups());
            assertEquals(1, d.strips().stream().map(Strip::night).distinct().count(), "day and night never mix");
        }
        for (int i = 1; i < s.days().size(); i++) {
            assertTrue(s.days().get(i).date().isAfter(s.days().get(i - 1).date()));
        }
        assertTrue(s.companyMoves() <= ShootingSchedule.companyMoves(ShootPlanner.strips(p)));
    }

    @Test
    void aStripLargerThanADayIsShotAloneOnADayFlaggedOverFullNotSplit() {
        Production p = production(scene("1", "BARN", TimeOfDay.DAY, 40, "ADA"), scene("2", "BARN", TimeOfDay.DAY, 8));
        ShootingSchedule s = ShootPlanner.plan(p, START, 3, 14);
        assertEquals(2, s.dayCount());
        assertTrue(s.days().get(0).overFull());
        assertEquals(40, s.days().get(0).eighths());
        assertFalse(s.days().get(1).overFull());
    }

    @Test
    void groupsByLocationSoTheCompanyMovesOnceAndShootsOnWorkingDaysFromTheStart() {
        Production p = production(scene("1", "BARN", TimeOfDay.DAY, 8), scene("2", "HOUSE", TimeOfDay.DAY, 8),
                scene("3", "BARN", TimeOfDay.DAY, 8), scene("4", "HOUSE", TimeOfDay.DAY, 8));
        ShootingSchedule s = ShootPlanner.plan(p, START, 3, 14);
        assertEquals(List.of("1", "3", "2"), s.days().get(0).strips().stream().map(Strip::number).toList());
        assertEquals(List.of("4"), s.days().get(1).strips().stream().map(Strip::number).toList());
        assertEquals(1, s.companyMoves());
        assertEquals(3, ShootingSchedule.companyMoves(ShootPlanner.strips(p)));
        assertEquals(START, s.days().get(0).date());
        assertEquals(START.plusDays(1), s.days().get(1).date());
    }

    @Test
    void aPerformersUnavailableDatesAndALocationsDatesAreRespected() {
        Scene withAda = scene("1", "BARN", TimeOfDay.DAY, 8, "ADA");
        Scene withoutAda = scene("2", "BARN", TimeOfDay.DAY, 8, "BEN");
        Scene atMill = scene("3", "MILL", TimeOfDay.DAY, 8, "BEN");
        Performer ada = Performer.of(1, "Ada Actor", "Ada").withUnavailableDates(List.of(START, START.plusDays(1)));
        ShootLocation mill = new ShootLocation("Mill", "", null, null, "", List.of(START.plusDays(7)), "");
        Production p = production(withAda, withoutAda, atMill).withShootPlan(ShootPlan.EMPTY
                .withCast(List.of(ada, Performer.of(2, "Ben Actor", "BEN"))).withLocations(List.of(mill)));
        ShootingSchedule s = ShootPlanner.plan(p, START, 3, 14);
        for (ShootDay d : s.days()) {
            assertFalse(d.hasConflict(), () -> d.toString());
            for (Strip strip : d.strips()) {
                if (strip.scene().equals(withAda.id())) {
                    assertTrue(d.date().isAfter(START.plusDays(1)), () -> "Ada works on " + d.date());
                }
                if (strip.scene().equals(atMill.id())) {
                    assertEquals(START.plusDays(7), d.date());
                }
            }
        }
        assertEquals(List.of(1), s.strips().stream().filter(x -> x.scene().equals(withAda.id())).findFirst()
                .orElseThrow().castNumbers());
        assertEquals(3, s.strips().size());
    }

    @Test
    void theUsersBoardIsKeptAndScenesAddedSinceFollowIt() {
        Scene a = scene("1", "BARN", TimeOfDay.DAY, 8);
        Scene b = scene("2", "BARN", TimeOfDay.DAY, 8);
        Scene c = scene("3", "HOUSE", TimeOfDay.DAY, 8);
        LocalDate wednesday = START.plusDays(2);
        Production p = production(a, b, c).withShootPlan(ShootPlan.EMPTY.withBoard(List.of(
                BoardDay.of(START, List.of(b.id())), BoardDay.of(wednesday, List.of(a.id())))));
        ShootingSchedule s = ShootPlanner.plan(p, START, 3, 14);
        assertTrue(s.arranged());
        assertEquals(3, s.dayCount());
        assertEquals(List.of(b.id()), s.days().get(0).strips().stream().map(Strip::scene).toList());
        assertEquals(wednesday, s.days().get(1).date());
        assertEquals(wednesday.plusDays(1), s.days().get(2).date());
        assertEquals(c.id(), s.days().get(2).strips().get(0).scene());
        assertEquals(3, s.dayOf(c.id()));
    }

    @Test
    void aBoardDayWhosePerformerIsUnavailableIsFlaggedNotMoved() {
        Scene a = scene("1", "BARN", TimeOfDay.DAY, 8, "ADA");
        Performer ada = Performer.of(4, "Ada Actor", "ADA").withUnavailableDates(List.of(START));
        Production p = production(a).withShootPlan(ShootPlan.EMPTY.withCast(List.of(ada))
                .withBoard(List.of(BoardDay.of(START, List.of(a.id())))));
        ShootDay day = ShootPlanner.plan(p, START, 3, 14).days().get(0);
        assertEquals(START, day.date());
        assertEquals(List.of(4), day.unavailableCast());
    }

    @Test
    void stripsNoDateSuitsArePlacedAnywayAndReportTheirConflict() {
        Scene a = scene("1", "BARN", TimeOfDay.DAY, 8);
        ShootLocation never = new ShootLocation("BARN", "", null, null, "", List.of(START.minusDays(30)), "");
        Production p = production(a).withShootPlan(ShootPlan.EMPTY.withLocations(List.of(never)));
        ShootingSchedule s = ShootPlanner.plan(p, START, 3, 14);
        assertEquals(1, s.dayCount());
        assertEquals(List.of("BARN"), s.days().get(0).unavailableLocations());
    }

    @Test
    void sharedCastDecidesWhichLocationComesNext() {
        List<Scene> scenes = new ArrayList<>();
        scenes.add(scene("1", "A", TimeOfDay.DAY, 8, "ADA"));
        scenes.add(scene("2", "B", TimeOfDay.DAY, 8, "BEN"));
        scenes.add(scene("3", "C", TimeOfDay.DAY, 8, "ADA"));
        List<String> order = ShootPlanner.order(ShootPlanner.strips(production(scenes.toArray(Scene[]::new))))
                .stream().map(Strip::location).toList();
        assertEquals(List.of("A", "C", "B"), order);
        Set<String> distinct = new HashSet<>(order);
        assertEquals(3, distinct.size());
    }
}
