package org.reelwright.report.gantt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.reelwright.domain.StageId;
import org.reelwright.schedule.Schedule;
import org.reelwright.schedule.ScheduledStage;
import org.reelwright.schedule.WorkCalendar;

/**
 * A schedule laid out as a Gantt chart, once, for any painter (see the package comment for the coordinates). Rows
 * follow the stage catalogue's order, so switching scenarios never reorders them. The days shown run from the start
 * of the week (the month at {@link Zoom#MONTHS}) of the first working day to the end of the week (month) that
 * leaves room for the last bar's caption.
 *
 * @param firstDay the first calendar day shown, at x = 0
 * @param lastDay the last calendar day shown, ending at x = {@code width}
 * @param width the width of the rows and of the axis
 * @param height the height of all rows (the axis is extra, above them)
 * @param daysOff shaded columns, in date order
 * @param today the x of the middle of today's column, when today is shown
 */
public record GanttLayout(Zoom zoom, LocalDate firstDay, LocalDate lastDay, double dayWidth, double rowHeight,
        double width, double height, TimeAxis axis, List<GanttRow> rows, List<GanttBar> bars,
        List<GanttArrow> arrows, List<DayOff> daysOff, OptionalDouble today) {

    /** Height of each of the axis's two bands. */
    public static final double AXIS_BAND_HEIGHT = 20;
    /** How far an arrow runs straight out of a bar (and into one) before it turns. */
    public static final double ARROW_ELBOW = 8;
    /** Room kept after the last bar for its caption. */
    static final double CAPTION_ROOM = 96;
    /** Space between a bar (or the turn of its arrows) and its caption. */
    static final double CAPTION_GAP = 6;

    public GanttLayout {
        rows = List.copyOf(rows);
        bars = List.copyOf(bars);
        arrows = List.copyOf(arrows);
        daysOff = List.copyOf(daysOff);
    }

    /** Lays out {@code schedule}; the result depends on nothing else than its arguments. */
    public static GanttLayout of(Schedule schedule, GanttOptions options) {
        return new Builder(schedule, options).build();
    }

    /** The x of the start of {@code date}'s column (negative before the first day shown). */
    public double xOf(LocalDate date) {
        return ChronoUnit.DAYS.between(firstDay, date) * dayWidth;
    }

    public Optional<GanttBar> bar(StageId stage) {
        return bars.stream().filter(b -> b.stage() == stage).findFirst();
    }

    public Optional<GanttRow> row(StageId stage) {
        return rows.stream().filter(r -> r.stage() == stage).findFirst();
    }

    /** The row whose band contains {@code y}. */
    public Optional<GanttRow> rowAt(double y) {
        if (y < 0 || rowHeight <= 0) {
            return Optional.empty();
        }
        int index = (int) Math.floor(y / rowHeight);
        return index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    /** The bar at ({@code x}, {@code y}), with a few pixels' grace so thin bars and milestones can be hit. */
    public Optional<GanttBar> barAt(double x, double y) {
        return bars.stream().filter(b -> b.contains(x, y, 3)).findFirst();
    }

    /** Builds one layout; holds the running state so the record stays a plain value. */
    private static final class Builder {
        private final Schedule schedule;
        private final GanttOptions options;
        private final Zoom zoom;
        private final double dayWidth;
        private final LocalDate first;
        private final LocalDate last;

        Builder(Schedule schedule, GanttOptions options) {
            this.schedule = schedule;
            this.options = options;
            this.zoom = options.zoom();
            this.dayWidth = zoom.dayWidth();
            this.first = zoom == Zoom.MONTHS ? schedule.start().withDayOfMonth(1)
                    : schedule.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate padded = schedule.finish().plusDays((long) Math.ceil(CAPTION_ROOM / dayWidth));
            this.last = zoom == Zoom.MONTHS ? padded.with(TemporalAdjusters.lastDayOfMonth())
                    : padded.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        }

        GanttLayout build() {
            double rowHeight = options.rowHeight();
            List<GanttRow> rows = new ArrayList<>();
            List<GanttBar> bars = new ArrayList<>();
            Map<StageId, GanttBar> byStage = new EnumMap<>(StageId.class);
            Map<StageId, ScheduledStage> stages = new EnumMap<>(StageId.class);
            Set<StageId> leadSomewhere = EnumSet.noneOf(StageId.class);
            schedule.stages().forEach(s -> leadSomewhere.addAll(s.predecessors()));
            for (ScheduledStage s : schedule.stages()) {
                int index = rows.size();
                GanttRow row = new GanttRow(index, s.stage(), options.labels().stage(s.stage()),
                        options.labels().duration(s), index * rowHeight, rowHeight, s.critical());
                rows.add(row);
                GanttBar bar = bar(s, row, leadSomewhere.contains(s.stage()));
                bars.add(bar);
                byStage.put(s.stage(), bar);
                stages.put(s.stage(), s);
            }
            List<GanttArrow> arrows = new ArrayList<>();
            for (ScheduledStage s : schedule.stages()) {
                int drivingFinish = s.predecessors().stream().filter(stages::containsKey)
                        .mapToInt(p -> stages.get(p).earlyFinish()).max().orElse(-1);
                for (StageId p : s.predecessors()) {
                    if (!byStage.containsKey(p)) {
                        continue;
                    }
                    ScheduledStage before = stages.get(p);
                    // Both ends critical is not enough: the link must be the one that sets the start, otherwise a
                    // critical stage's earlier, non-driving predecessor would look like part of the path.
                    boolean critical = before.critical() && s.critical() && before.earlyFinish() == drivingFinish;
                    arrows.add(new GanttArrow(p, s.stage(), route(byStage.get(p), byStage.get(s.stage()),
                            rows.get(byStage.get(s.stage()).row())), critical));
                }
            }
            double width = (ChronoUnit.DAYS.between(first, last) + 1) * dayWidth;
            double today = x(options.today()) + dayWidth / 2;
            return new GanttLayout(zoom, first, last, dayWidth, rowHeight, width, rows.size() * rowHeight, axis(),
                    rows, bars, arrows, daysOff(), options.today().isBefore(first) || options.today().isAfter(last)
                            ? OptionalDouble.empty() : OptionalDouble.of(today));
        }

        private GanttBar bar(ScheduledStage s, GanttRow row, boolean hasSuccessors) {
            WorkCalendar calendar = schedule.calendar();
            boolean milestone = s.duration() == 0;
            double x = x(s.start());
            double width = milestone ? 0 : x(s.finish()) + dayWidth - x;
            double slackEnd;
            if (s.slack() <= 0) {
                slackEnd = x + width;
            } else if (milestone) {
                slackEnd = x(calendar.dateOf(s.lateStart()));
            } else {
                slackEnd = x(calendar.dateOf(s.lateFinish() - 1)) + dayWidth;
            }
            double y = row.y() + (options.rowHeight() - options.barHeight()) / 2;
            double out = milestone ? x + options.barHeight() / 2 : x + width;
            double captionX = out + (hasSuccessors ? ARROW_ELBOW : 0) + CAPTION_GAP;
            return new GanttBar(s.stage(), row.index(), x, y, width, options.barHeight(), s.critical(), s.usesAi(),
                    milestone, s.workflow(), slackEnd, options.labels().caption(s), captionX, s.start(), s.finish());
        }

        /**
         * Finish-to-start routing in the manner of desktop Gantt tools: out of the predecessor's end, a short run
         * right, then down (or up) to the successor's row and right into its start. When the successor starts too
         * close for that, the arrow drops onto the successor's top (bottom) edge; when that bar is too short to be
         * hit, it goes round through the gap above (below) the successor's row and comes in from the left.
         */
        private static List<Point> route(GanttBar from, GanttBar to, GanttRow toRow) {
            double ox = from.outX();
            double oy = from.midY();
            double ix = to.inX();
            double iy = to.midY();
            double turn = ox + ARROW_ELBOW;
            boolean down = iy > oy;
            if (ix - turn >= ARROW_ELBOW) {
                return List.of(new Point(ox, oy), new Point(turn, oy), new Point(turn, iy), new Point(ix, iy));
            }
            if (!to.milestone() && turn >= to.x() + 2 && turn <= to.endX() - 2) {
                double edge = down ? to.y() : to.y() + to.height();
                return List.of(new Point(ox, oy), new Point(turn, oy), new Point(turn, edge));
            }
            double gap = down ? toRow.y() : toRow.y() + toRow.height();
            double back = ix - ARROW_ELBOW;
            return List.of(new Point(ox, oy), new Point(turn, oy), new Point(turn, gap), new Point(back, gap),
                    new Point(back, iy), new Point(ix, iy));
        }

        private TimeAxis axis() {
            List<Tick> upper = new ArrayList<>();
            List<Tick> lower = new ArrayList<>();
            GanttLabels labels = options.labels();
            switch (zoom) {
                case DAYS -> {
                    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                        lower.add(new Tick(d, x(d), dayWidth, labels.tick(TickUnit.DAY, d)));
                    }
                }
                case WEEKS -> {
                    for (LocalDate d = first; !d.isAfter(last); d = d.plusWeeks(1)) {
                        lower.add(new Tick(d, x(d), 7 * dayWidth, labels.tick(TickUnit.WEEK, d)));
                    }
                }
                case MONTHS -> {
                    for (LocalDate d = first; !d.isAfter(last); d = d.plusMonths(1)) {
                        lower.add(new Tick(d, x(d), d.lengthOfMonth() * dayWidth, labels.tick(TickUnit.MONTH, d)));
                    }
                }
                default -> throw new IllegalStateException("unknown zoom " + zoom);
            }
            if (zoom == Zoom.MONTHS) {
                for (LocalDate y = first.withDayOfYear(1); !y.isAfter(last); y = y.plusYears(1)) {
                    upper.add(clipped(y, y.plusYears(1), labels.tick(TickUnit.YEAR, y)));
                }
            } else {
                for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
                    upper.add(clipped(m, m.plusMonths(1), labels.tick(TickUnit.MONTH_HEADING, m)));
                }
            }
            return new TimeAxis(AXIS_BAND_HEIGHT, upper, lower);
        }

        /** A heading for [start, end), cut to the days shown. */
        private Tick clipped(LocalDate start, LocalDate end, String label) {
            LocalDate from = start.isBefore(first) ? first : start;
            LocalDate to = end.isAfter(last.plusDays(1)) ? last.plusDays(1) : end;
            return new Tick(start, x(from), x(to) - x(from), label);
        }

        /**
         * Days off in the days shown. A weekday that never works in the range is a weekly day off; any other day
         * off is a holiday. (The calendar knows only "working or not"; over the at least one full week shown this
         * tells the two apart, except a holiday in a one-week chart, which is shaded all the same.)
         */
        private List<DayOff> daysOff() {
            WorkCalendar calendar = schedule.calendar();
            Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    working.add(d.getDayOfWeek());
                }
            }
            List<DayOff> result = new ArrayList<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (!calendar.isWorkingDay(d)) {
                    boolean holiday = working.contains(d.getDayOfWeek());
                    if (holiday || zoom.shadesWeeklyDaysOff()) {
                        result.add(new DayOff(d, x(d), dayWidth, holiday));
                    }
                }
            }
            return result;
        }

        private double x(LocalDate date) {
            return ChronoUnit.DAYS.between(first, date) * dayWidth;
        }
    }
}
