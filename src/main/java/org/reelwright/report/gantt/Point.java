package org.reelwright.report.gantt;

/** A point in the rows' coordinates (x from the first day shown, y from the top of the first row). */
public record Point(double x, double y) {
}
