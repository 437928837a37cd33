package org.reelwright.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A shoot day of the shooting schedule: its number (1-based), date, the strips shot in order, their totals and the
 * checks a stripboard shows: over-full (more pages or setups than a day's rates allow; never split silently),
 * performers booked on a date they are unavailable, a location used on a date it is not available.
 */
public record ShootDay(int number, LocalDate date, List<Strip> strips, int eighths, int setups, boolean overFull,
        List<Integer> unavailableCast, List<String> unavailableLocations, LocalTime crewCall, LocalTime shootingCall,
        String notes) {

    public ShootDay {
        strips = List.copyOf(strips);
        unavailableCast = List.copyOf(unavailableCast);
        unavailableLocations = List.copyOf(unavailableLocations);
    }

    /** True when someone or somewhere on this day is booked against their dates. */
    public boolean hasConflict() {
        return !unavailableCast.isEmpty() || !unavailableLocations.isEmpty();
    }
}
