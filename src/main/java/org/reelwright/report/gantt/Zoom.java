package org.reelwright.report.gantt;

/**
 * How much time one pixel shows. The x axis counts calendar days, not working days, so weekends and holidays keep
 * their place as shaded gaps and a bar's length is the time it really takes on the wall calendar.
 */
public enum Zoom {
    /** A column per day, labelled with the day of the month under a month heading. */
    DAYS(24),
    /** A column per week (from Monday), labelled with the Monday's date under a month heading. */
    WEEKS(6),
    /** A column per month under a year heading; weekly days off are too thin to show and are left out. */
    MONTHS(2.5);

    private final double dayWidth;

    Zoom(double dayWidth) {
        this.dayWidth = dayWidth;
    }

    /** Width of one calendar day in pixels. */
    public double dayWidth() {
        return dayWidth;
    }

    /** Whether weekly days off are shaded; holidays are always shaded. */
    public boolean shadesWeeklyDaysOff() {
        return this != MONTHS;
    }
}
