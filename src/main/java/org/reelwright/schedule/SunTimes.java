package org.reelwright.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Sunrise and sunset at a place on a date, in the place's time zone, computed offline by commons-suncalc (the one
 * class that knows the library). Either may be absent: above the polar circles the sun may not rise or set that
 * day.
 */
public record SunTimes(Optional<LocalTime> sunrise, Optional<LocalTime> sunset) {

    /** The sun's rise and set on {@code date} (local midnight to midnight) at the given coordinates. */
    public static SunTimes on(LocalDate date, double latitude, double longitude, ZoneId zone) {
        org.shredzone.commons.suncalc.SunTimes times = org.shredzone.commons.suncalc.SunTimes.compute()
                .on(date).timezone(zone).at(latitude, longitude).limit(java.time.Duration.ofDays(1)).execute();
        return new SunTimes(local(times.getRise(), date), local(times.getSet(), date));
    }

    private static Optional<LocalTime> local(ZonedDateTime when, LocalDate date) {
        return when == null || !when.toLocalDate().equals(date) ? Optional.empty()
                : Optional.of(when.toLocalTime().withSecond(0).withNano(0));
    }
}
