package org.reelwright.report.gantt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.Scenario;
import org.reelwright.schedule.Schedule;
import org.reelwright.schedule.ScheduledStage;
import org.reelwright.schedule.WorkCalendar;

/**
 * The layout of a small schedule with hand-computed positions. Calendar: Monday to Friday from Monday 1 March 2027,
 * Friday 12 March a holiday. Working days: 0 = 1 Mar … 4 = 5 Mar, 5 = 8 Mar … 8 = 11 Mar, 9 = 15 Mar.
 * <pre>
 *   script      3 d  days 0–2  (1–3 Mar)        critical
 *   storyboard  4 d  days 3–6  (4–9 Mar, over the weekend)  after script, critical
 *   casting     1 d  day 3     (4 Mar), late finish day 6 (9 Mar)  after script
 *   shoot       2 d  days 7–8  (10–11 Mar)      after storyboard and casting, critical
 *   generation  0 d  at day 3  (4 Mar), late start day 9 (15 Mar)  after script: a milestone
 *   editing     1 d  day 9     (15 Mar, after the holiday and the weekend)  after shoot and generation, critical
 * </pre>
 * Rows are 26 px with 16 px bars, so a bar's top is 5 px into its row and its middle 13 px.
 */
class GanttLayoutTest {
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final WorkCalendar CALENDAR = new WorkCalendar(MONDAY,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(LocalDate.of(2027, 3, 12)));
    private static final Schedule SCHEDULE = schedule();
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 9);

    @Test
    void barsRunFromTheStartOfTheFirstDayToTheEndOfTheLastAtTheDayZoom() {
        GanttLayout layout = layout(Zoom.DAYS);
        assertEquals(MONDAY, layout.firstDay());
        assertEquals(LocalDate.of(2027, 3, 21), layout.lastDay(), "finish 15 Mar + 4 days' caption room, to Sunday");
        assertEquals(21 * 24, layout.width());
        assertEquals(6 * 26, layout.height());
        assertBar(layout, StageId.SCRIPT, 0, 5, 72);
        assertBar(layout, StageId.STORYBOARD, 72, 31, 144);
        assertBar(layout, StageId.CASTING, 72, 57, 24);
        assertBar(layout, StageId.SHOOT, 216, 83, 48);
        assertBar(layout, StageId.GENERATION, 72, 109, 0);
        assertBar(layout, StageId.EDITING, 336, 135, 24);
    }

    @ParameterizedTest(name = "{0}: storyboard at x {1}, {2} wide; chart {3} wide to {4}")
    @CsvSource({
        "DAYS,   72,  144, 504,   2027-03-21",
        "WEEKS,  18,   36, 210,   2027-04-04",
        "MONTHS, 7.5,  15, 152.5, 2027-04-30"})
    void everyZoomScalesCalendarDays(Zoom zoom, double x, double width, double chartWidth, LocalDate last) {
        GanttLayout layout = layout(zoom);
        GanttBar storyboard = layout.bar(StageId.STORYBOARD).orElseThrow();
        assertEquals(x, storyboard.x());
        assertEquals(width, storyboard.width());
        assertEquals(chartWidth, layout.width());
        assertEquals(last, layout.lastDay());
    }

    @Test
    void flagsSayCriticalAiAndMilestone() {
        GanttLayout layout = layout(Zoom.DAYS);
        List<StageId> critical = layout.bars().stream().filter(GanttBar::critical).map(GanttBar::stage).toList();
        assertEquals(List.of(StageId.SCRIPT, StageId.STORYBOARD, StageId.SHOOT, StageId.EDITING), critical);
        assertEquals(SCHEDULE.criticalPath(), critical);
        List<StageId> ai = layout.bars().stream().filter(GanttBar::usesAi).map(GanttBar::stage).toList();
        assertEquals(List.of(StageId.STORYBOARD, StageId.GENERATION), ai);
        List<StageId> milestones = layout.bars().stream().filter(GanttBar::milestone).map(GanttBar::stage).toList();
        assertEquals(List.of(StageId.GENERATION), milestones);
        assertTrue(layout.row(StageId.SHOOT).orElseThrow().critical());
        assertFalse(layout.row(StageId.CASTING).orElseThrow().critical());
    }

    @Test
    void captionsStartAfterTheTurnOfTheArrowsLeavingTheBar() {
        GanttLayout layout = layout(Zoom.DAYS);
        assertEquals(72 + 8 + 6, layout.bar(StageId.SCRIPT).orElseThrow().captionX());
        assertEquals(80 + 8 + 6, layout.bar(StageId.GENERATION).orElseThrow().captionX(), "after the right tip");
        assertEquals(360 + 6, layout.bar(StageId.EDITING).orElseThrow().captionX(), "no arrow leaves editing");
    }

    @Test
    void defaultsAreCompactRows() {
        GanttLayout layout = GanttLayout.of(SCHEDULE, GanttOptions.of(Zoom.DAYS, TODAY, GanttLabels.plain()));
        assertEquals(6 * 24, layout.height());
        assertEquals(24 + 5, layout.bar(StageId.STORYBOARD).orElseThrow().y(), "14 px bars centred in 24 px rows");
    }

    @Test
    void slackRunsToTheEndOfTheLateFinish() {
        GanttLayout layout = layout(Zoom.DAYS);
        assertEquals(216, layout.bar(StageId.CASTING).orElseThrow().slackEnd(), "late finish 9 Mar ends at x 216");
        assertEquals(336, layout.bar(StageId.GENERATION).orElseThrow().slackEnd(), "late start 15 Mar at x 336");
        assertEquals(72, layout.bar(StageId.SCRIPT).orElseThrow().slackEnd(), "no slack: the bar's own end");
    }

    @Test
    void weekendsAndTheHolidayAreShadedColumns() {
        GanttLayout layout = layout(Zoom.DAYS);
        List<DayOff> expected = List.of(
                new DayOff(LocalDate.of(2027, 3, 6), 120, 24, false),
                new DayOff(LocalDate.of(2027, 3, 7), 144, 24, false),
                new DayOff(LocalDate.of(2027, 3, 12), 264, 24, true),
                new DayOff(LocalDate.of(2027, 3, 13), 288, 24, false),
                new DayOff(LocalDate.of(2027, 3, 14), 312, 24, false),
                new DayOff(LocalDate.of(2027, 3, 20), 456, 24, false),
                new DayOff(LocalDate.of(2027, 3, 21), 480, 24, false));
        assertEquals(expected, layout.daysOff());
    }

    @Test
    void monthsZoomShadesOnlyHolidays() {
        assertEquals(List.of(new DayOff(LocalDate.of(2027, 3, 12), 27.5, 2.5, true)), layout(Zoom.MONTHS).daysOff());
    }

    @Test
    void arrowsGoFromThePredecessorsEndToTheSuccessor() {
        GanttLayout layout = layout(Zoom.DAYS);
        // Storyboard starts the working day after the script ends: the arrow drops onto its top edge.
        assertArrow(layout, StageId.SCRIPT, StageId.STORYBOARD, true, 72, 13, 80, 13, 80, 31);
        assertArrow(layout, StageId.SCRIPT, StageId.CASTING, false, 72, 13, 80, 13, 80, 57);
        assertArrow(layout, StageId.STORYBOARD, StageId.SHOOT, true, 216, 39, 224, 39, 224, 83);
        // Casting ends long before the shoot: out right, down, and into the shoot's start from the left.
        assertArrow(layout, StageId.CASTING, StageId.SHOOT, false, 96, 65, 104, 65, 104, 91, 216, 91);
        // Generation is a milestone at the script's end: round through the gap above its row, in at its left tip.
        assertArrow(layout, StageId.SCRIPT, StageId.GENERATION, false,
                72, 13, 80, 13, 80, 104, 56, 104, 56, 117, 64, 117);
        assertArrow(layout, StageId.SHOOT, StageId.EDITING, true, 264, 91, 272, 91, 272, 143, 336, 143);
        assertArrow(layout, StageId.GENERATION, StageId.EDITING, false, 80, 117, 88, 117, 88, 143, 336, 143);
        assertEquals(7, layout.arrows().size());
    }

    @Test
    void timeAxisHasMonthHeadingsOverDaysOrWeeks() {
        TimeAxis days = layout(Zoom.DAYS).axis();
        assertEquals(List.of(new Tick(MONDAY, 0, 504, "March 2027")), days.upper());
        assertEquals(21, days.lower().size());
        assertEquals(new Tick(LocalDate.of(2027, 3, 15), 336, 24, "15"), days.lower().get(14));
        assertEquals(2 * GanttLayout.AXIS_BAND_HEIGHT, days.height());

        TimeAxis weeks = layout(Zoom.WEEKS).axis();
        assertEquals(List.of("1 Mar", "8 Mar", "15 Mar", "22 Mar", "29 Mar"),
                weeks.lower().stream().map(Tick::label).toList());
        assertEquals(new Tick(LocalDate.of(2027, 3, 8), 42, 42, "8 Mar"), weeks.lower().get(1));

        TimeAxis months = layout(Zoom.MONTHS).axis();
        assertEquals(List.of(new Tick(LocalDate.of(2027, 1, 1), 0, 152.5, "2027")), months.upper(),
                "the year's heading is cut to the months shown");
        assertEquals(List.of(new Tick(MONDAY, 0, 77.5, "Mar"), new Tick(LocalDate.of(2027, 4, 1), 77.5, 75, "Apr")),
                months.lower());
    }

    @Test
    void monthHeadingsAreCutToTheDaysShown() {
        // Starting on Wednesday 31 March: the chart opens on Monday 29 March, so March shows only three days.
        Schedule late = oneStage(LocalDate.of(2027, 3, 31), 5);
        GanttLayout layout = GanttLayout.of(late, options(Zoom.DAYS));
        assertEquals(LocalDate.of(2027, 3, 29), layout.firstDay());
        List<Tick> upper = layout.axis().upper();
        assertEquals(new Tick(LocalDate.of(2027, 3, 1), 0, 72, "March 2027"), upper.get(0));
        assertEquals(new Tick(LocalDate.of(2027, 4, 1), 72, layout.width() - 72, "April 2027"), upper.get(1));
    }

    @Test
    void todayLineIsInTheMiddleOfTodaysColumnWhenShown() {
        assertEquals(OptionalDouble.of(204), layout(Zoom.DAYS).today(), "9 Mar starts at 192, middle 204");
        GanttLayout before = GanttLayout.of(SCHEDULE, new GanttOptions(Zoom.DAYS, LocalDate.of(2026, 12, 1),
                GanttLabels.plain(), 26, 16));
        assertEquals(OptionalDouble.empty(), before.today());
    }

    @Test
    void rowsCarryLabelsFromTheCallersWords() {
        GanttLabels words = new GanttLabels() {
            @Override
            public String stage(StageId stage) {
                return "Stage " + stage.ordinal();
            }

            @Override
            public String duration(ScheduledStage stage) {
                return stage.duration() + " days";
            }

            @Override
            public String caption(ScheduledStage stage) {
                return stage.start().toString();
            }

            @Override
            public String tick(TickUnit unit, LocalDate date) {
                return unit + " " + date;
            }
        };
        GanttLayout layout = GanttLayout.of(SCHEDULE, new GanttOptions(Zoom.WEEKS, TODAY, words, 26, 16));
        GanttRow shoot = layout.rows().get(3);
        assertEquals(new GanttRow(3, StageId.SHOOT, "Stage 5", "2 days", 78, 26, true), shoot);
        assertEquals("2027-03-10", layout.bar(StageId.SHOOT).orElseThrow().caption());
        assertEquals("WEEK 2027-03-08", layout.axis().lower().get(1).label());
    }

    @Test
    void hitTestingFindsBarsAndRows() {
        GanttLayout layout = layout(Zoom.DAYS);
        assertEquals(StageId.SHOOT, layout.barAt(230, 90).orElseThrow().stage());
        assertEquals(StageId.GENERATION, layout.barAt(66, 117).orElseThrow().stage(), "a milestone's left tip");
        assertTrue(layout.barAt(400, 90).isEmpty());
        assertEquals(StageId.SHOOT, layout.rowAt(90).orElseThrow().stage());
        assertTrue(layout.rowAt(-1).isEmpty());
        assertTrue(layout.rowAt(156).isEmpty());
    }

    @Test
    void optionsRefuseABarTallerThanItsRow() {
        assertThrows(IllegalArgumentException.class,
                () -> new GanttOptions(Zoom.DAYS, TODAY, GanttLabels.plain(), 20, 20));
    }

    private static GanttLayout layout(Zoom zoom) {
        return GanttLayout.of(SCHEDULE, options(zoom));
    }

    private static GanttOptions options(Zoom zoom) {
        return new GanttOptions(zoom, TODAY, GanttLabels.plain(), 26, 16);
    }

    private static void assertBar(GanttLayout layout, StageId stage, double x, double y, double width) {
        GanttBar bar = layout.bar(stage).orElseThrow();
        assertEquals(List.of(x, y, width, 16.0), List.of(bar.x(), bar.y(), bar.width(), bar.height()),
                stage + " x, y, width, height");
    }

    private static void assertArrow(GanttLayout layout, StageId from, StageId to, boolean critical,
            double... xy) {
        GanttArrow arrow = layout.arrows().stream().filter(a -> a.from() == from && a.to() == to).findFirst()
                .orElseThrow(() -> new AssertionError("no arrow " + from + " → " + to));
        List<Point> expected = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            expected.add(new Point(xy[i], xy[i + 1]));
        }
        assertEquals(expected, arrow.points(), from + " → " + to);
        assertEquals(critical, arrow.critical(), from + " → " + to + " critical");
    }

    private static Schedule schedule() {
        List<ScheduledStage> stages = List.of(
                stage(StageId.SCRIPT, false, 3, 0, 0),
                stage(StageId.STORYBOARD, true, 4, 3, 3, StageId.SCRIPT),
                stage(StageId.CASTING, false, 1, 3, 6, StageId.SCRIPT),
                stage(StageId.SHOOT, false, 2, 7, 7, StageId.STORYBOARD, StageId.CASTING),
                stage(StageId.GENERATION, true, 0, 3, 9, StageId.SCRIPT),
                stage(StageId.EDITING, false, 1, 9, 9, StageId.SHOOT, StageId.GENERATION));
        List<StageId> critical = stages.stream().filter(ScheduledStage::critical).map(ScheduledStage::stage)
                .toList();
        return new Schedule(Scenario.CURRENT, stages, critical, 10, MONDAY, LocalDate.of(2027, 3, 15), List.of(),
                "", null, CALENDAR);
    }

    private static Schedule oneStage(LocalDate start, int days) {
        WorkCalendar calendar = new WorkCalendar(start, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of());
        ScheduledStage s = new ScheduledStage(StageId.SCRIPT, Workflow.TRADITIONAL, false, days, 0, days, 0, days,
                start, calendar.dateOf(days - 1), List.of());
        return new Schedule(Scenario.CURRENT, List.of(s), List.of(StageId.SCRIPT), days, start,
                calendar.dateOf(days - 1), List.of(), "", null, calendar);
    }

    /** A stage placed like the Scheduler places it: dates are those of its first and last working day. */
    private static ScheduledStage stage(StageId id, boolean ai, int duration, int earlyStart, int lateStart,
            StageId... predecessors) {
        LocalDate start = CALENDAR.dateOf(earlyStart);
        LocalDate finish = duration == 0 ? start : CALENDAR.dateOf(earlyStart + duration - 1);
        return new ScheduledStage(id, ai ? Workflow.HYBRID : Workflow.TRADITIONAL, ai, duration, earlyStart,
                earlyStart + duration, lateStart, lateStart + duration, start, finish, List.of(predecessors));
    }
}
