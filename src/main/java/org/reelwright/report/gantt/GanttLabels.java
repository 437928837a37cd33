package org.reelwright.report.gantt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.reelwright.domain.StageId;
import org.reelwright.schedule.ScheduledStage;

/**
 * The words of a Gantt chart. The layout is medium-free but not language-free: it places text, so the caller
 * supplies it — the window from its resource bundle, the printer from the same bundle. {@link #plain()} serves
 * tests and tools: stage ids and English dates.
 */
public interface GanttLabels {

    /** The row label of a stage, e.g. "Colour grading". */
    String stage(StageId stage);

    /** The short length shown next to the label, e.g. "15 d". */
    default String duration(ScheduledStage stage) {
        return stage.duration() + " d";
    }

    /** Text drawn after the bar, e.g. its dates; empty for none. */
    default String caption(ScheduledStage stage) {
        return "";
    }

    /** The label of a time-axis tick that starts on {@code date}. */
    String tick(TickUnit unit, LocalDate date);

    /** Stage ids and English dates ("March 2027", "1 Mar"). */
    static GanttLabels plain() {
        return new GanttLabels() {
            private final DateTimeFormatter year = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);
            private final DateTimeFormatter heading = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
            private final DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
            private final DateTimeFormatter week = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
            private final DateTimeFormatter day = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);

            @Override
            public String stage(StageId stage) {
                return stage.id();
            }

            @Override
            public String tick(TickUnit unit, LocalDate date) {
                DateTimeFormatter f = switch (unit) {
                    case YEAR -> year;
                    case MONTH_HEADING -> heading;
                    case MONTH -> month;
                    case WEEK -> week;
                    case DAY -> day;
                };
                return f.format(date);
            }
        };
    }
}
