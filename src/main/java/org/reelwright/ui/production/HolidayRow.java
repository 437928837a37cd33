package org.reelwright.ui.production;

import java.time.LocalDate;

/**
 * A holiday as the list shows it.
 *
 * @param text the date with its weekday ("Mon 5 Apr 2027")
 * @param onWorkingDay false when the date is a day off anyway, so the holiday changes nothing
 */
public record HolidayRow(LocalDate date, String text, boolean onWorkingDay) {
}
