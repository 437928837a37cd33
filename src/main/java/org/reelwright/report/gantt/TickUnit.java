package org.reelwright.report.gantt;

/** What a time-axis tick stands for; {@link GanttLabels#tick} words it. */
public enum TickUnit {
    /** A year, heading the months at {@link Zoom#MONTHS}. */
    YEAR,
    /** A month heading the days or weeks, e.g. "March 2027". */
    MONTH_HEADING,
    /** A month column at {@link Zoom#MONTHS}, e.g. "Mar". */
    MONTH,
    /** A week column, labelled by its Monday, e.g. "1 Mar". */
    WEEK,
    /** A day column, e.g. "1". */
    DAY
}
