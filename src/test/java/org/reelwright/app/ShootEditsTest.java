package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Performer;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootPlan;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.LineItem;
import org.reelwright.estimate.Scenario;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.schedule.Strip;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;

class ShootEditsTest {
    private static final Planning PLANNING = planning();
    private static final ShootEdits EDITS = new ShootEdits(PLANNING);

    private static Planning planning() {
        try {
            return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Scene scene(String number, String character) {
        // 3 pages: a full day at the library's likely 3 pages a day
        return new Scene(SceneId.random(), number, new SceneHeading(IntExt.INT, "BARN", TimeOfDay.DAY), 24,
                List.of(character), "", List.of());
    }

    /** Ada in scenes 1 and 3, Ben in 2: the automatic pass shoots them on days 1, 2, 3, so Ada holds on day 2. */
    private static Production production() {
        return Production.blank("Barn", LocalDate.of(2027, 3, 1))
                .withScenes(List.of(scene("1", "ADA"), scene("2", "BEN"), scene("3", "ADA")))
                .withShootPlan(ShootPlan.EMPTY.withCast(List.of(Performer.of(1, "Ada Actor", "ADA"),
                        Performer.of(2, "Ben Actor", "BEN"))));
    }

    private static BigDecimal castLine(Estimate estimate) {
        for (LineItem item : estimate.line(StageId.SHOOT).orElseThrow().items()) {
            if (item.rates().stream().anyMatch(r -> r.id().equals("cast.day-performer-rate"))) {
                return item.cost().likely();
            }
        }
        throw new AssertionError("no cast line");
    }

    private static Strip strip(ShootingSchedule s, String number) {
        return s.strips().stream().filter(x -> x.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void movingAStripChangesTheCastLineAndUndoRestoresTheBoardAndTheEstimateExactly() {
        Production before = production();
        EditHistory history = new EditHistory();
        Production arranged = history.apply(before, EDITS.arrange()).orElseThrow().after();
        ShootingSchedule shown = PLANNING.shootingSchedule(arranged);
        assertEquals(3, shown.dayCount());
        // Ada works days 1 and 3 and holds on 2 (3 paid days), Ben works day 2: 4 performer-days
        BigDecimal dayRate = BigDecimal.valueOf(249);
        Estimate arrangedEstimate = PLANNING.estimate(arranged, Scenario.CURRENT);
        assertEquals(0, castLine(arrangedEstimate).compareTo(dayRate.multiply(BigDecimal.valueOf(4))),
                () -> castLine(arrangedEstimate).toString());

        Production moved = history.apply(arranged, EDITS.moveStrip(strip(shown, "3"), 2, 1)).orElseThrow().after();
        ShootingSchedule after = PLANNING.shootingSchedule(moved);
        assertEquals(2, after.dayCount());
        assertEquals(List.of("2", "3"), after.days().get(1).strips().stream().map(Strip::number).toList());
        assertEquals(true, after.days().get(1).overFull());
        // Ada now works days 1 and 2 (no hold), Ben day 2: 3 performer-days
        Estimate movedEstimate = PLANNING.estimate(moved, Scenario.CURRENT);
        assertEquals(0, castLine(movedEstimate).compareTo(dayRate.multiply(BigDecimal.valueOf(3))));
        assertNotEquals(arrangedEstimate.total(), movedEstimate.total());

        Production undone = history.undo().orElseThrow().before();
        assertEquals(arranged, undone);
        assertEquals(arranged.shootPlan().board(), undone.shootPlan().board());
        assertEquals(arrangedEstimate, PLANNING.estimate(undone, Scenario.CURRENT));
        Production first = history.undo().orElseThrow().before();
        assertSame(before, first);
        assertEquals(PLANNING.estimate(before, Scenario.CURRENT), PLANNING.estimate(first, Scenario.CURRENT));
    }

    @Test
    void theFirstDragArrangesTheAutomaticPassSoOtherStripsStayWhereTheyWereShown() {
        Production p = production();
        ShootingSchedule shown = PLANNING.shootingSchedule(p);
        Production moved = EDITS.moveStrip(strip(shown, "1"), 4, 0).applyTo(p);
        ShootingSchedule after = PLANNING.shootingSchedule(moved);
        assertEquals(List.of("2", "3", "1"), after.strips().stream().map(Strip::number).toList());
        assertEquals(shown.days().get(1).date(), after.days().get(0).date(), "day 1 emptied and dropped");
        assertEquals(shown.days().get(2).date().plusDays(1), after.days().get(2).date());
    }

    @Test
    void aMoveFromTheShownScheduleEqualsAMoveThatSchedulesAfresh() {
        Production p = production();
        ShootingSchedule shown = PLANNING.shootingSchedule(p);
        Strip third = strip(shown, "3");
        Production fast = EDITS.moveStrip(shown, p, third, 1, 0).applyTo(p);
        assertEquals(EDITS.moveStrip(third, 1, 0).applyTo(p), fast);
        Production other = production();
        assertEquals(EDITS.moveStrip(third, 1, 0).applyTo(p).shootPlan().board().size(),
                EDITS.moveStrip(shown, p, third, 1, 0).applyTo(p).shootPlan().board().size());
        // Applied to another production (not the one shown), it schedules that one afresh.
        assertThrows(IllegalArgumentException.class, () -> EDITS.moveStrip(shown, p, third, 1, 0).applyTo(other),
                "scene 3 of the shown production is not on the other production's board");
    }

    @Test
    void automaticPassForgetsTheBoardButKeepsTheCast() {
        Production p = EDITS.arrange().applyTo(production());
        Production reset = EDITS.automaticPass().applyTo(p);
        assertEquals(List.of(), reset.shootPlan().board());
        assertEquals(2, reset.shootPlan().cast().size());
    }

    @Test
    void aMoveToADayThatDoesNotExistIsRefused() {
        Production p = production();
        Strip s = strip(PLANNING.shootingSchedule(p), "1");
        assertThrows(IllegalArgumentException.class, () -> EDITS.moveStrip(s, 9, 0).applyTo(p));
    }
}
