package org.reelwright.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Planning;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Scenario;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** The critical path method on small graphs whose dates are worked out by hand (Mon 1 March 2027 onwards). */
class SchedulerTest {
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final WorkCalendar WEEKDAYS = new WorkCalendar(MONDAY, EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY), List.of());
    private static final WorkCalendar WITH_HOLIDAY = new WorkCalendar(MONDAY, EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY), List.of(LocalDate.of(2027, 3, 10)));

    private static List<ScheduledStage> place(WorkCalendar calendar, Map<StageId, Integer> durations,
            StageDependency... links) {
        return Scheduler.place(durations, List.of(links), calendar, s -> Workflow.TRADITIONAL, s -> false);
    }

    private static Map<StageId, Integer> durations(Object... pairs) {
        Map<StageId, Integer> map = new EnumMap<>(StageId.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((StageId) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    private static ScheduledStage get(List<ScheduledStage> stages, StageId id) {
        return stages.get(id.ordinal());
    }

    @Test
    void successorStartsAfterTheWeekendWhenThePredecessorEndsOnFriday() {
        List<ScheduledStage> s = place(WEEKDAYS, durations(StageId.SCRIPT, 3, StageId.STORYBOARD, 4),
                StageDependency.of(StageId.SCRIPT, StageId.STORYBOARD));
        assertEquals(LocalDate.of(2027, 3, 1), get(s, StageId.SCRIPT).start());
        assertEquals(LocalDate.of(2027, 3, 3), get(s, StageId.SCRIPT).finish());
        assertEquals(LocalDate.of(2027, 3, 4), get(s, StageId.STORYBOARD).start());
        assertEquals(LocalDate.of(2027, 3, 9), get(s, StageId.STORYBOARD).finish(), "Thu, Fri, Mon, Tue");
    }

    @Test
    void holidaysAreSkipped() {
        List<ScheduledStage> s = place(WITH_HOLIDAY, durations(StageId.SCRIPT, 3, StageId.STORYBOARD, 5),
                StageDependency.of(StageId.SCRIPT, StageId.STORYBOARD));
        assertEquals(LocalDate.of(2027, 3, 11), get(s, StageId.STORYBOARD).finish(), "4, 5, 8, 9, (10 off), 11");
    }

    @Test
    void lagDelaysTheSuccessorByWorkingDays() {
        List<ScheduledStage> s = place(WEEKDAYS, durations(StageId.SCRIPT, 3, StageId.STORYBOARD, 1),
                new StageDependency(StageId.SCRIPT, StageId.STORYBOARD, 2));
        assertEquals(5, get(s, StageId.STORYBOARD).earlyStart());
        assertEquals(LocalDate.of(2027, 3, 8), get(s, StageId.STORYBOARD).start());
    }

    @Test
    void parallelBranchesGiveTheShorterOneSlack() {
        List<ScheduledStage> s = place(WEEKDAYS, durations(StageId.EDITING, 2, StageId.VFX, 5, StageId.SOUND, 2,
                StageId.COLOR, 1), StageDependency.of(StageId.EDITING, StageId.VFX),
                StageDependency.of(StageId.EDITING, StageId.SOUND), StageDependency.of(StageId.VFX, StageId.COLOR),
                StageDependency.of(StageId.SOUND, StageId.COLOR));
        assertTrue(get(s, StageId.VFX).critical());
        assertFalse(get(s, StageId.SOUND).critical());
        assertEquals(3, get(s, StageId.SOUND).slack());
        assertEquals(7, get(s, StageId.COLOR).earlyStart());
        assertEquals(LocalDate.of(2027, 3, 10), get(s, StageId.COLOR).start());
    }

    @Test
    void delaysDependentStageWhenPredecessorSlips() {
        Map<StageId, Integer> before = durations(StageId.SCRIPT, 2, StageId.CASTING, 3);
        Map<StageId, Integer> slipped = durations(StageId.SCRIPT, 4, StageId.CASTING, 3);
        StageDependency link = StageDependency.of(StageId.SCRIPT, StageId.CASTING);
        LocalDate onTime = get(place(WEEKDAYS, before, link), StageId.CASTING).finish();
        LocalDate late = get(place(WEEKDAYS, slipped, link), StageId.CASTING).finish();
        assertEquals(LocalDate.of(2027, 3, 5), onTime);
        assertEquals(LocalDate.of(2027, 3, 9), late, "two working days later, across the weekend");
    }

    @Test
    void aStageWithoutWorkIsAMilestoneOffTheCriticalPath() {
        List<ScheduledStage> s = place(WEEKDAYS, durations(StageId.SCRIPT, 2, StageId.TRAILER, 0,
                StageId.FESTIVALS, 1), StageDependency.of(StageId.SCRIPT, StageId.TRAILER),
                StageDependency.of(StageId.TRAILER, StageId.FESTIVALS));
        ScheduledStage trailer = get(s, StageId.TRAILER);
        assertEquals(trailer.start(), trailer.finish());
        assertFalse(trailer.critical());
        assertEquals(LocalDate.of(2027, 3, 3), get(s, StageId.FESTIVALS).start());
        assertTrue(get(s, StageId.FESTIVALS).critical());
    }

    @Test
    void workNeverStartsOnADayOff() {
        WorkCalendar fromSaturday = new WorkCalendar(LocalDate.of(2027, 3, 6), EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), List.of(LocalDate.of(2027, 3, 8)));
        assertEquals(LocalDate.of(2027, 3, 9), fromSaturday.dateOf(0), "Saturday start, Monday holiday → Tuesday");
        assertEquals(LocalDate.of(2027, 3, 10), fromSaturday.dateOf(1));
        assertEquals(1, fromSaturday.indexOf(LocalDate.of(2027, 3, 10)));
    }

    @Test
    void aCycleIsRefusedNamingItsStages() {
        Production p = Production.blank("Loop", MONDAY);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> p.withDependencies(List.of(
                StageDependency.of(StageId.EDITING, StageId.VFX), StageDependency.of(StageId.VFX, StageId.COLOR),
                StageDependency.of(StageId.COLOR, StageId.EDITING))));
        assertEquals("Dependencies form a cycle: editing → vfx → color → editing; remove one of these links",
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> StageDependency.of(StageId.VFX, StageId.VFX));
    }

    @Test
    void sampleScheduleFollowsItsEstimateAndStripPlan() throws Exception {
        Production sample;
        try (InputStream in = getClass().getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        Schedule s = planning.schedule(sample, Scenario.CURRENT);
        assertFalse(s.criticalPath().isEmpty());
        assertEquals(StageId.SCRIPT, s.criticalPath().get(0));
        for (ScheduledStage st : s.stages()) {
            assertTrue(s.calendar().isWorkingDay(st.start()), st.stage() + " starts on a day off");
            assertTrue(s.calendar().isWorkingDay(st.finish()), st.stage() + " ends on a day off");
        }
        assertEquals(s.finish(), s.stages().stream().filter(ScheduledStage::critical)
                .map(ScheduledStage::finish).max(LocalDate::compareTo).orElseThrow());
        BigDecimal stripDays = s.shootGroups().stream().map(ShootGroup::days).reduce(Range.ZERO, Range::plus)
                .likely();
        assertEquals(Scheduler.wholeDays(stripDays), s.stage(StageId.SHOOT).orElseThrow().duration());
        assertTrue(s.explanation().contains("Critical path"), s.explanation());
        List<Schedule> all = planning.schedules(sample);
        assertTrue(all.get(2).length() < all.get(1).length(), "AI where suitable is shorter than traditional");
    }
}
