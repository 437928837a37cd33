package org.reelwright.report.gantt;

import java.time.LocalDate;

/**
 * A shaded column for a day the production does not work.
 *
 * @param holiday a one-off day off (the same weekday works in other weeks), as opposed to a weekly one
 */
public record DayOff(LocalDate date, double x, double width, boolean holiday) {
}
