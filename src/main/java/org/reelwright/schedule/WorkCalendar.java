package org.reelwright.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.reelwright.domain.Production;

/**
 * Working days of a production: the days of the week it works, minus holidays, counted from the first working day
 * on or after the start date. Day index 0 is that first working day; work never starts on a day off.
 */
public final class WorkCalendar {
    private final LocalDate start;
    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;
    private final List<LocalDate> days = new ArrayList<>();

    public WorkCalendar(LocalDate start, Set<DayOfWeek> workingDays, Collection<LocalDate> holidays) {
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working day a week");
        }
        this.start = start;
        this.workingDays = EnumSet.copyOf(workingDays);
        this.holidays = new TreeSet<>(holidays);
    }

    public static WorkCalendar of(Production production) {
        return new WorkCalendar(production.startDate(), production.workingDays(), production.holidays());
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The date of working day {@code index} (0 = the first working day on or after the start). */
    public synchronized LocalDate dateOf(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("working day index must not be negative, got " + index);
        }
        LocalDate next = days.isEmpty() ? start : days.get(days.size() - 1).plusDays(1);
        while (days.size() <= index) {
            if (isWorkingDay(next)) {
                days.add(next);
            }
            next = next.plusDays(1);
        }
        return days.get(index);
    }

    /** The working-day index of {@code date}: how many working days come before it from the start. */
    public int indexOf(LocalDate date) {
        if (date.isBefore(dateOf(0))) {
            return 0;
        }
        int index = 0;
        while (dateOf(index).isBefore(date)) {
            index++;
        }
        return index;
    }

    public LocalDate start() {
        return start;
    }
}
