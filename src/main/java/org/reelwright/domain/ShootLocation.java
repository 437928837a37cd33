package org.reelwright.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where a set is shot, for the scenes whose heading names it (matched ignoring case): the address crews drive to,
 * the coordinates and time zone sunrise and sunset are computed for, the dates the location can be had, and the
 * nearest hospital the call sheet prints.
 * Invariants: name non-blank (≤ 200, as a heading's location); address ≤ 300; latitude −90…90 and longitude
 * −180…180, both given or both absent; time zone a region or offset id ({@code Asia/Shanghai}) or empty;
 * available dates sorted without repeats, empty meaning any working day; nearest hospital ≤ 300.
 */
public record ShootLocation(String name, String address, Double latitude, Double longitude, String timeZone,
        List<LocalDate> availableDates, String nearestHospital) {

    public ShootLocation {
        Phrase subject = Checks.subject("location", Checks.number(name));
        name = Checks.nonBlank(name, subject, "name", 200);
        address = Checks.text(address, subject, "address", 300);
        if ((latitude == null) != (longitude == null)) {
            throw Checks.fail(subject, "latitude", "location.halfCoordinates");
        }
        if (latitude != null) {
            Checks.between(latitude, -90, 90, subject, "latitude", "");
            Checks.between(longitude, -180, 180, subject, "longitude", "");
        }
        timeZone = Checks.text(timeZone, subject, "timeZone", 60);
        if (!timeZone.isEmpty()) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw Checks.fail(subject, "timeZone", "location.notATimeZone", timeZone);
            }
        }
        availableDates = List.copyOf(new TreeSet<>(Checks.list(availableDates, subject, "availableDates")));
        nearestHospital = Checks.text(nearestHospital, subject, "nearestHospital", 300);
    }

    /** A location known by name only: no address, coordinates or limits on dates. */
    public static ShootLocation named(String name) {
        return new ShootLocation(name, "", null, null, "", List.of(), "");
    }

    public boolean availableOn(LocalDate date) {
        return availableDates.isEmpty() || java.util.Collections.binarySearch(availableDates, date) >= 0;
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }

    /** The location's time zone, if given. */
    public Optional<ZoneId> zone() {
        return timeZone.isEmpty() ? Optional.empty() : Optional.of(ZoneId.of(timeZone));
    }
}
