package org.reelwright.report.gantt;

import java.util.List;

/**
 * The time axis: two bands of ticks above the rows, e.g. months over days. Each band is {@code bandHeight} tall;
 * the first tick of a band may start before x = 0 is cut to start at 0.
 *
 * @param upper the headings (months, or years at {@link Zoom#MONTHS})
 * @param lower the columns (days, weeks or months) that the grid lines follow
 */
public record TimeAxis(double bandHeight, List<Tick> upper, List<Tick> lower) {

    public TimeAxis {
        upper = List.copyOf(upper);
        lower = List.copyOf(lower);
    }

    public double height() {
        return 2 * bandHeight;
    }
}
