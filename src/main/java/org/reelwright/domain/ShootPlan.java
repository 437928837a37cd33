package org.reelwright.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The shoot day by day (issue 17): cast, crew, locations, the stripboard as the user arranged it and the call
 * sheet's production-wide fields. An empty {@link #board()} means the shoot has not been arranged: the automatic
 * pass ({@code schedule.ShootPlanner}) decides the days and the estimate counts shoot days from the strip groups;
 * once the user arranges it, the board is kept as arranged and the estimate's shoot days and cast line follow it.
 * Invariants: cast numbers unique; a character is played by one performer at most (ignoring case); location names
 * unique ignoring case; board days in strictly increasing date order; a scene on one board day at most; emergency
 * contact ≤ 300; at most 2,000 performers, crew, locations and board days each.
 */
public record ShootPlan(List<Performer> cast, List<CrewMember> crew, List<ShootLocation> locations,
        List<BoardDay> board, String emergencyContact) {

    public static final ShootPlan EMPTY = new ShootPlan(List.of(), List.of(), List.of(), List.of(), "");
    private static final Phrase SUBJECT = Checks.subject("shootPlan");
    private static final int MAX_ENTRIES = InputLimits.SHOOT_PLAN_ENTRIES;

    public ShootPlan {
        cast = bounded(cast, "cast");
        crew = bounded(crew, "crew");
        locations = bounded(locations, "locations");
        board = bounded(board, "board");
        Set<Integer> numbers = new HashSet<>();
        Map<String, Integer> playedBy = new HashMap<>();
        for (Performer p : cast) {
            if (!numbers.add(p.castNumber())) {
                throw Checks.fail(SUBJECT, "cast", "shootPlan.castNumberTwice", p.castNumber());
            }
            for (String c : p.characters()) {
                Integer other = playedBy.putIfAbsent(c.toUpperCase(Locale.ROOT), p.castNumber());
                if (other != null) {
                    throw Checks.fail(SUBJECT, "cast", "shootPlan.characterCastTwice", c, other, p.castNumber());
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (ShootLocation l : locations) {
            if (!names.add(l.name().toUpperCase(Locale.ROOT))) {
                throw Checks.fail(SUBJECT, "locations", "shootPlan.locationTwice", l.name());
            }
        }
        Set<SceneId> placed = new HashSet<>();
        for (int i = 0; i < board.size(); i++) {
            BoardDay day = board.get(i);
            if (i > 0 && !day.date().isAfter(board.get(i - 1).date())) {
                throw Checks.fail(SUBJECT, "board", "shootPlan.daysOutOfOrder", board.get(i - 1).date(), day.date());
            }
            for (SceneId id : day.strips()) {
                if (!placed.add(id)) {
                    throw Checks.fail(SUBJECT, "board", "shootPlan.sceneOnTwoDays", id.toString());
                }
            }
        }
        emergencyContact = Checks.text(emergencyContact, SUBJECT, "emergencyContact", 300);
    }

    private static <T> List<T> bounded(List<T> values, String field) {
        List<T> list = Checks.list(values, SUBJECT, field);
        if (list.size() > MAX_ENTRIES) {
            throw Checks.fail(SUBJECT, field, "shootPlan.tooMany", Checks.field(field), MAX_ENTRIES, list.size());
        }
        return list;
    }

    /** True once the user (or an edit) has laid the strips out on days: the board, not the strip groups, counts. */
    public boolean arranged() {
        return !board.isEmpty();
    }

    /** The performer playing this character (ignoring case), if cast. */
    public Optional<Performer> performerOf(String character) {
        for (Performer p : cast) {
            if (p.plays(character)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public Optional<Performer> performer(int castNumber) {
        return cast.stream().filter(p -> p.castNumber() == castNumber).findFirst();
    }

    /** The location record for a heading's location (ignoring case), if the user gave one. */
    public Optional<ShootLocation> location(String name) {
        for (ShootLocation l : locations) {
            if (l.name().equalsIgnoreCase(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The smallest cast number not in use. */
    public int nextCastNumber() {
        int n = 1;
        Set<Integer> used = new HashSet<>();
        cast.forEach(p -> used.add(p.castNumber()));
        while (used.contains(n)) {
            n++;
        }
        return n;
    }

    public ShootPlan withCast(List<Performer> value) {
        return new ShootPlan(value, crew, locations, board, emergencyContact);
    }

    public ShootPlan withCrew(List<CrewMember> value) {
        return new ShootPlan(cast, value, locations, board, emergencyContact);
    }

    public ShootPlan withLocations(List<ShootLocation> value) {
        return new ShootPlan(cast, crew, value, board, emergencyContact);
    }

    public ShootPlan withBoard(List<BoardDay> value) {
        return new ShootPlan(cast, crew, locations, value, emergencyContact);
    }

    public ShootPlan withEmergencyContact(String value) {
        return new ShootPlan(cast, crew, locations, board, value);
    }

    /** The plan with the performer of this cast number replaced (or added when there is none). */
    public ShootPlan withPerformer(Performer performer) {
        return withCast(replaceOrAdd(cast, p -> p.castNumber() == performer.castNumber(), performer));
    }

    /** The plan with the location of this name replaced (or added). */
    public ShootPlan withLocation(ShootLocation location) {
        return withLocations(replaceOrAdd(locations, l -> l.name().equalsIgnoreCase(location.name()), location));
    }

    /** The board day on this date changed by {@code change}. */
    public ShootPlan withBoardDay(java.time.LocalDate date, UnaryOperator<BoardDay> change) {
        List<BoardDay> days = new ArrayList<>(board);
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).date().equals(date)) {
                days.set(i, change.apply(days.get(i)));
                return withBoard(days);
            }
        }
        throw new IllegalArgumentException("no board day on " + date);
    }

    private static <T> List<T> replaceOrAdd(List<T> values, java.util.function.Predicate<T> same, T value) {
        List<T> copy = new ArrayList<>(values);
        for (int i = 0; i < copy.size(); i++) {
            if (same.test(copy.get(i))) {
                copy.set(i, value);
                return copy;
            }
        }
        copy.add(value);
        return copy;
    }
}
