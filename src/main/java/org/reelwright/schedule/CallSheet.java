package org.reelwright.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reelwright.domain.CrewMember;
import org.reelwright.domain.Department;
import org.reelwright.domain.Performer;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.ShootLocation;
import org.reelwright.domain.ShootPlan;
import org.reelwright.estimate.DayOutOfDays;

/**
 * What the call sheet of one shoot day says, as values (the report lays it out, the window shows it): the
 * production, day n of N, the date, the general crew call and the shooting call, each location of the day with its
 * address, sunrise and sunset and nearest hospital, the scenes, the performers called (with their DOOD status, the
 * make-up call and the on-set call), the crew calls by department, the day's notes and the emergency contact.
 * A performer's make-up call is the shooting call less their make-up time; a crew member is called at the crew call
 * plus their offset.
 */
public record CallSheet(String production, String author, int day, int dayCount, LocalDate date, LocalTime crewCall,
        LocalTime shootingCall, List<LocationCall> locations, List<SceneCall> scenes, List<CastCall> cast,
        List<CrewCall> crew, String notes, String emergencyContact, Optional<LocalDate> nextDay) {

    public CallSheet {
        locations = List.copyOf(locations);
        scenes = List.copyOf(scenes);
        cast = List.copyOf(cast);
        crew = List.copyOf(crew);
    }

    /**
     * @param known the user's record of the location, absent when they have given none (then only the name prints)
     * @param sun sunrise and sunset, absent without coordinates
     */
    public record LocationCall(String name, Optional<ShootLocation> known, Optional<SunTimes> sun) {
    }

    public record SceneCall(String number, SceneHeading heading, String synopsis, int eighths,
            List<Integer> castNumbers) {
        public SceneCall {
            castNumbers = List.copyOf(castNumbers);
        }
    }

    /**
     * @param castNumber 0 for a character no performer plays yet
     * @param status the DOOD code of the day (SW, W, WF, SWF, PW)
     */
    public record CastCall(int castNumber, String performer, List<String> characters, DayOutOfDays.Code status,
            LocalTime makeUp, LocalTime onSet, String contact) {
        public CastCall {
            characters = List.copyOf(characters);
        }
    }

    public record CrewCall(Department department, String role, String name, LocalTime call, String contact) {
    }

    /**
     * The call sheet of day {@code day} (1-based) of the schedule.
     *
     * @throws IllegalArgumentException when the schedule has no such day
     */
    public static CallSheet of(Production production, ShootingSchedule schedule, DayOutOfDays dood, int day) {
        ShootDay d = schedule.day(day).orElseThrow(() -> new IllegalArgumentException("no shoot day " + day
                + " (the schedule has " + schedule.dayCount() + ")"));
        ShootPlan plan = production.shootPlan();
        Map<String, LocationCall> locations = new LinkedHashMap<>();
        List<SceneCall> scenes = new ArrayList<>();
        for (Strip s : d.strips()) {
            Scene scene = production.scene(s.scene()).orElseThrow();
            scenes.add(new SceneCall(s.number(), scene.heading(), s.synopsis(), s.eighths(), s.castNumbers()));
            locations.computeIfAbsent(s.location().toUpperCase(java.util.Locale.ROOT), k -> {
                Optional<ShootLocation> known = plan.location(s.location());
                Optional<SunTimes> sun = known.filter(ShootLocation::hasCoordinates).map(l -> SunTimes.on(d.date(),
                        l.latitude(), l.longitude(), l.zone().orElse(java.time.ZoneId.systemDefault())));
                return new LocationCall(s.location(), known, sun);
            });
        }
        List<CastCall> cast = new ArrayList<>();
        for (DayOutOfDays.Row row : dood.rows()) {
            DayOutOfDays.Code code = row.codes().get(day - 1);
            if (!code.isWork()) {
                continue;
            }
            Optional<Performer> performer = row.castNumber() == 0 ? Optional.empty()
                    : plan.performer(row.castNumber());
            int makeUp = performer.map(Performer::makeUpMinutes).orElse(0);
            cast.add(new CastCall(row.castNumber(), performer.map(Performer::name).orElse(""),
                    performer.map(Performer::characters).orElse(List.of(row.name())), code,
                    d.shootingCall().minusMinutes(makeUp), d.shootingCall(),
                    performer.map(Performer::contact).orElse("")));
        }
        List<CrewCall> crew = new ArrayList<>();
        List<CrewMember> members = new ArrayList<>(plan.crew());
        members.sort(java.util.Comparator.comparing(CrewMember::department));
        for (CrewMember m : members) {
            crew.add(new CrewCall(m.department(), m.role(), m.name(), d.crewCall().plusMinutes(m.callOffsetMinutes()),
                    m.contact()));
        }
        Optional<LocalDate> next = schedule.day(day + 1).map(ShootDay::date);
        return new CallSheet(production.title(), production.author(), day, schedule.dayCount(), d.date(),
                d.crewCall(), d.shootingCall(), List.copyOf(locations.values()), scenes, cast, crew, d.notes(),
                plan.emergencyContact(), next);
    }
}
