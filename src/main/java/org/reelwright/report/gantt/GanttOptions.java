package org.reelwright.report.gantt;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to lay out a Gantt chart. Today is passed in (not read from a clock) so the same schedule always gives the
 * same layout. Invariants: zoom, today and labels present; 0 &lt; barHeight &lt; rowHeight.
 *
 * @param rowHeight height of one stage's row in pixels
 * @param barHeight height of a bar, centred in its row; a milestone's diamond is as tall
 */
public record GanttOptions(Zoom zoom, LocalDate today, GanttLabels labels, double rowHeight, double barHeight) {
    public static final double DEFAULT_ROW_HEIGHT = 24;
    public static final double DEFAULT_BAR_HEIGHT = 14;

    public GanttOptions {
        Objects.requireNonNull(zoom, "zoom");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(labels, "labels");
        if (!(barHeight > 0 && barHeight < rowHeight)) {
            throw new IllegalArgumentException("a bar must be lower than its row: bar " + barHeight + ", row "
                    + rowHeight);
        }
    }

    /** Default row and bar heights with the given words. */
    public static GanttOptions of(Zoom zoom, LocalDate today, GanttLabels labels) {
        return new GanttOptions(zoom, today, labels, DEFAULT_ROW_HEIGHT, DEFAULT_BAR_HEIGHT);
    }

    public GanttOptions withZoom(Zoom other) {
        return new GanttOptions(other, today, labels, rowHeight, barHeight);
    }
}
