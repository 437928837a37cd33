package org.reelwright.ui.shoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootPlan;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.schedule.ShootDay;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.schedule.Strip;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;

/** The Shoot panel's board for the sample production, without a stage. */
class ShootViewModelTest {
    private final Sample.Open open = new Sample.Open();

    private ShootViewModel model(Locale locale) {
        return new ShootViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), new Messages(locale),
                new Formats(locale), open.production, open.apply);
    }

    @Test
    void theBoardShowsEveryStripOnceUnderItsDayAndAnEmptyDayToDropOn() {
        ShootViewModel model = model(Locale.ENGLISH);
        ShootingSchedule schedule = Sample.PLANNING.shootingSchedule(Sample.PRODUCTION);
        List<String> strips = model.rows().stream().filter(r -> r instanceof BoardItem.Strip)
                .map(r -> ((BoardItem.Strip) r).id()).toList();
        assertEquals(schedule.strips().stream().map(s -> s.scene().toString()).toList(), strips);
        List<BoardItem.DayBreak> breaks = model.rows().stream().filter(r -> r instanceof BoardItem.DayBreak)
                .map(r -> (BoardItem.DayBreak) r).toList();
        assertEquals(schedule.dayCount() + 1, breaks.size());
        assertTrue(breaks.get(0).title().startsWith("Day 1 \u2014 "), breaks.get(0).title());
        assertTrue(breaks.get(breaks.size() - 1).title().contains("add a shoot day"));
        assertTrue(model.summaryProperty().get().endsWith("placed by the automatic pass"),
                model.summaryProperty().get());
        assertFalse(model.arrangedProperty().get());
    }

    @Test
    void aMovedStripIsAnEditTheBoardAndTheCastLineFollow() {
        ShootViewModel model = model(Locale.ENGLISH);
        BoardItem.Strip first = (BoardItem.Strip) model.rows().get(1);
        int lastDay = ((BoardItem.DayBreak) model.rows().get(model.rows().size() - 1)).day() - 1;
        String castLine = model.castLineProperty().get();

        model.move(new StripMove(first.id(), lastDay, 0));

        assertEquals(1, open.edits);
        assertTrue(open.production.get().shootPlan().arranged(), "the board is the user's now");
        assertTrue(model.arrangedProperty().get());
        ShootingSchedule after = Sample.PLANNING.shootingSchedule(open.production.get());
        assertEquals(lastDay, after.dayOf(SceneId.parse(first.id())), "day 1 keeps a strip, so no day is dropped");
        assertNotEquals(castLine, model.castLineProperty().get());
        String cost = new Formats(Locale.ENGLISH).money(Sample.PLANNING.castLine(open.production.get()).orElseThrow()
                .cost().likely(), Sample.PRODUCTION.currency());
        assertTrue(model.castLineProperty().get().startsWith("Cast line: " + cost + " — "),
                model.castLineProperty().get());
    }

    @Test
    void theCallSheetFollowsTheChosenDayAndItsCallsAreTypedAsOneEdit() {
        ShootViewModel model = model(Locale.ENGLISH);
        assertEquals(1, model.callSheetProperty().get().day());
        model.callSheetDayProperty().set(2);
        assertEquals(2, model.callSheetProperty().get().day());
        assertTrue(model.dayTitle(2).startsWith("Day 2 — "), model.dayTitle(2));

        model.setDayCalls("6:30", "07：45", "Rain cover: the archive set");
        assertEquals(1, open.edits);
        assertEquals(LocalTime.of(6, 30), model.callSheetProperty().get().crewCall());
        assertEquals(LocalTime.of(7, 45), model.callSheetProperty().get().shootingCall());
        assertEquals("Rain cover: the archive set", model.callSheetProperty().get().notes());

        model.setDayCalls("7h", "08:00", "");
        assertEquals("“7h” is not a time of day: type it as 07:30.", model.errorProperty().get());
        assertEquals(1, open.edits, "a time that does not read changes nothing");
    }

    @Test
    void aDayBreakSaysWhatIsWrongWithTheDay() {
        BoardRows rows = new BoardRows(new Messages(Locale.ENGLISH));
        Strip strip = new Strip(SceneId.random(), "4", IntExt.EXT, TimeOfDay.NIGHT, true, "PIER", 76, 30,
                List.of(2), List.of("MARA"), "A long night");
        ShootDay day = new ShootDay(3, LocalDate.of(2027, 1, 12), List.of(strip), 76, 30, true, List.of(2),
                List.of("PIER"), LocalTime.of(7, 0), LocalTime.of(8, 0), "");
        ShootingSchedule schedule = new ShootingSchedule(List.of(day), true, 44, 20);
        assertEquals("Day 3 \u2014 Tue 12 Jan \u2014 9 4/8 pages", rows.title(day));
        assertEquals("Over full: 9 4/8 pages and 30 setups, a day holds 5 4/8 pages and 20 setups \u00b7 cast 2 not "
                + "available \u00b7 PIER not available", rows.warning(day, schedule));
        BoardItem.Strip shown = rows.strip(strip, 3, ShootPlan.EMPTY);
        assertEquals(StripColour.EXT_NIGHT, shown.colour());
        assertEquals("EXT", shown.intExt());
        assertEquals("N", shown.dayNight());
        assertEquals("9 4/8", shown.pages());
        assertEquals("2, MARA", shown.cast(), "numbers, and a character no performer plays yet by name");
    }

    @Test
    void chineseCrewsReadTheBoardInTheirOwnWords() {
        BoardRows rows = new BoardRows(new Messages(Locale.SIMPLIFIED_CHINESE));
        Strip strip = new Strip(SceneId.random(), "4", IntExt.INT, TimeOfDay.CONTINUOUS, true, "渡口", 8, 2,
                List.of(), List.of(), "");
        ShootDay day = new ShootDay(1, LocalDate.of(2027, 1, 12), List.of(strip), 8, 2, false, List.of(), List.of(),
                LocalTime.of(7, 0), LocalTime.of(8, 0), "");
        assertEquals("第 1 天 — 1月12日 周二 — 1 页", rows.title(day));
        BoardItem.Strip shown = rows.strip(strip, 1, ShootPlan.EMPTY);
        assertEquals("内", shown.intExt());
        assertEquals("夜", shown.dayNight(), "a continuous scene takes the night of the scene before it");
        assertEquals(StripColour.INT_NIGHT, shown.colour());
    }
}
