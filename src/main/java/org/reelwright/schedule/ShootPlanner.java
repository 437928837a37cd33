package org.reelwright.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reelwright.domain.BoardDay;
import org.reelwright.domain.Performer;
import org.reelwright.domain.Production;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootLocation;
import org.reelwright.domain.ShootPlan;
import org.reelwright.estimate.Drivers;
import org.reelwright.estimate.SceneStrip;

/**
 * The shooting schedule of a production: the user's board as arranged, and the automatic pass for every strip the
 * board does not hold (all of them before the shoot is arranged). The automatic pass is greedy (ADR 0014):
 * <ol>
 * <li>Strips are grouped by location and day/night, as the strip groups of the estimate are.</li>
 * <li>Groups are ordered nearest-neighbour: after a group comes the same location's other time of day if any (no
 * company move), else the group sharing most cast with it (fewer performer days and holds), else the group that
 * comes first in the script. So each location is visited once when dates allow.</li>
 * <li>Working days from the first shoot date are filled in that order. A day starts with the first strip whose
 * performers and location are available that date, then takes the strips that follow it in order while they fit
 * the day's pages and setups, keep its day/night and are available; it takes further strips of the same group that
 * fit even when one in between did not. A strip larger than a day is shot alone on a day flagged over-full,
 * never split. A date on which no strip can be shot is skipped.</li>
 * </ol>
 * When a year of working days goes by with strips left that no date suits, they are placed anyway, in order, on
 * the following days, whose conflicts the days report. O(days × strips).
 */
public final class ShootPlanner {
    /** Working days the pass looks ahead for a date that suits some strip before placing the rest regardless. */
    static final int GIVE_UP_AFTER_EMPTY_DAYS = 260;

    private ShootPlanner() {
    }

    /** The production's strips: its scenes with live work, in scene order. */
    public static List<Strip> strips(Production production) {
        ShootPlan plan = production.shootPlan();
        List<Strip> strips = new ArrayList<>();
        for (SceneStrip s : Drivers.sceneStrips(production)) {
            TreeSet<Integer> numbers = new TreeSet<>();
            for (String character : s.onScreen()) {
                plan.performerOf(character).ifPresent(p -> numbers.add(p.castNumber()));
            }
            var heading = s.scene().heading();
            strips.add(new Strip(s.scene().id(), s.scene().number(), heading.intExt(), heading.timeOfDay(), s.night(),
                    heading.location(), s.eighths(), s.setups(), List.copyOf(numbers), s.onScreen(),
                    s.scene().synopsis()));
        }
        return strips;
    }

    /**
     * The shooting schedule: the board's days with their live strips (days left without one dropped), then the
     * automatic pass for the strips not on the board, from the first working day after the board's last day (or
     * from {@code firstDay} when nothing is arranged).
     *
     * @param pagesPerDay pages a day holds; {@code setupsPerDay} setups
     */
    public static ShootingSchedule plan(Production production, LocalDate firstDay, double pagesPerDay,
            double setupsPerDay) {
        int capEighths = Math.max(1, (int) Math.floor(pagesPerDay * 8 + 1e-9));
        int capSetups = Math.max(1, (int) Math.floor(setupsPerDay + 1e-9));
        List<Strip> strips = strips(production);
        Map<SceneId, Strip> byScene = new HashMap<>(strips.size() * 2);
        strips.forEach(s -> byScene.put(s.scene(), s));
        ShootPlan plan = production.shootPlan();
        Availability availability = new Availability(plan);
        List<ShootDay> days = new ArrayList<>();
        Set<SceneId> placed = new HashSet<>();
        for (BoardDay board : plan.board()) {
            List<Strip> onDay = new ArrayList<>();
            for (SceneId id : board.strips()) {
                Strip s = byScene.get(id);
                if (s != null) {
                    onDay.add(s);
                    placed.add(id);
                }
            }
            if (!onDay.isEmpty()) {
                days.add(day(days.size() + 1, board.date(), onDay, capEighths, capSetups, availability,
                        board.crewCall(), board.shootingCall(), board.notes()));
            }
        }
        List<Strip> pending = new ArrayList<>();
        for (Strip s : strips) {
            if (!placed.contains(s.scene())) {
                pending.add(s);
            }
        }
        if (!pending.isEmpty()) {
            WorkCalendar calendar = WorkCalendar.of(production);
            LocalDate from = plan.board().isEmpty() ? firstDay
                    : plan.board().get(plan.board().size() - 1).date().plusDays(1);
            autoPass(order(pending), calendar, calendar.indexOf(from), capEighths, capSetups, availability, days);
        }
        return new ShootingSchedule(days, plan.arranged(), capEighths, capSetups);
    }

    /** Groups by location and day/night, ordered nearest-neighbour (same location, then shared cast). */
    static List<Strip> order(List<Strip> strips) {
        Map<String, List<Strip>> groups = new LinkedHashMap<>();
        for (Strip s : strips) {
            groups.computeIfAbsent(s.groupKey(), k -> new ArrayList<>()).add(s);
        }
        List<List<Strip>> left = new ArrayList<>(groups.values());
        List<Set<String>> casts = new ArrayList<>();
        for (List<Strip> g : left) {
            Set<String> cast = new HashSet<>();
            g.forEach(s -> cast.addAll(s.characters()));
            casts.add(cast);
        }
        List<Strip> ordered = new ArrayList<>(strips.size());
        int current = 0;
        while (true) {
            List<Strip> group = left.get(current);
            Set<String> cast = casts.get(current);
            ordered.addAll(group);
            left.remove(current);
            casts.remove(current);
            if (left.isEmpty()) {
                return ordered;
            }
            String location = group.get(0).locationKey();
            int best = 0;
            int bestScore = -1;
            for (int i = 0; i < left.size(); i++) {
                int score;
                if (left.get(i).get(0).locationKey().equals(location)) {
                    score = Integer.MAX_VALUE;
                } else {
                    score = 0;
                    for (String c : casts.get(i)) {
                        if (cast.contains(c)) {
                            score++;
                        }
                    }
                }
                if (score > bestScore) { // ties keep the earlier group: script order
                    best = i;
                    bestScore = score;
                }
            }
            current = best;
        }
    }

    private static void autoPass(List<Strip> order, WorkCalendar calendar, int firstIndex, int capEighths,
            int capSetups, Availability availability, List<ShootDay> days) {
        List<Strip> left = new ArrayList<>(order);
        int index = firstIndex;
        int empty = 0;
        while (!left.isEmpty()) {
            LocalDate date = calendar.dateOf(index++);
            boolean regardless = empty >= GIVE_UP_AFTER_EMPTY_DAYS;
            List<Strip> today = fill(left, date, capEighths, capSetups, availability, regardless);
            if (today.isEmpty()) {
                empty++;
                continue;
            }
            empty = 0;
            days.add(day(days.size() + 1, date, today, capEighths, capSetups, availability, null, null, ""));
        }
    }

    /** Takes from {@code left} (in order) the strips shot on {@code date}; see the class comment, step 3. */
    private static List<Strip> fill(List<Strip> left, LocalDate date, int capEighths, int capSetups,
            Availability availability, boolean regardless) {
        int start = -1;
        for (int i = 0; i < left.size(); i++) {
            if (regardless || availability.suits(left.get(i), date)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return List.of();
        }
        List<Strip> today = new ArrayList<>();
        Strip first = left.remove(start);
        today.add(first);
        int eighths = first.eighths();
        int setups = first.setups();
        int i = start;
        while (i < left.size()) {
            Strip next = left.get(i);
            Strip last = today.get(today.size() - 1);
            boolean sameGroup = next.groupKey().equals(last.groupKey());
            if (next.night() != first.night() || !sameGroup && i != start) {
                break; // a strip of a later group, ahead of strips not yet shot: would cost a move back
            }
            if (eighths + next.eighths() <= capEighths && setups + next.setups() <= capSetups
                    && (regardless || availability.suits(next, date))) {
                today.add(left.remove(i));
                eighths += next.eighths();
                setups += next.setups();
            } else {
                i++;
            }
        }
        return today;
    }

    private static ShootDay day(int number, LocalDate date, List<Strip> strips, int capEighths, int capSetups,
            Availability availability, java.time.LocalTime crewCall, java.time.LocalTime shootingCall, String notes) {
        int eighths = 0;
        int setups = 0;
        TreeSet<Integer> cast = new TreeSet<>();
        Set<String> locations = new java.util.LinkedHashSet<>();
        for (Strip s : strips) {
            eighths += s.eighths();
            setups += s.setups();
            cast.addAll(availability.unavailableCast(s, date));
            if (!availability.locationSuits(s, date)) {
                locations.add(s.location());
            }
        }
        return new ShootDay(number, date, strips, eighths, setups, eighths > capEighths || setups > capSetups,
                List.copyOf(cast), List.copyOf(locations),
                crewCall == null ? BoardDay.USUAL_CREW_CALL : crewCall,
                shootingCall == null ? BoardDay.USUAL_SHOOTING_CALL : shootingCall, notes);
    }

    /** Who and where can work on a date, from the plan's performers and locations. */
    private static final class Availability {
        private final Map<Integer, Performer> performers = new HashMap<>();
        private final Map<String, ShootLocation> locations = new HashMap<>();

        Availability(ShootPlan plan) {
            plan.cast().forEach(p -> performers.put(p.castNumber(), p));
            plan.locations().forEach(l -> locations.put(l.name().toUpperCase(java.util.Locale.ROOT), l));
        }

        boolean suits(Strip s, LocalDate date) {
            return locationSuits(s, date) && unavailableCast(s, date).isEmpty();
        }

        boolean locationSuits(Strip s, LocalDate date) {
            ShootLocation l = locations.get(s.locationKey());
            return l == null || l.availableOn(date);
        }

        List<Integer> unavailableCast(Strip s, LocalDate date) {
            List<Integer> out = List.of();
            for (int n : s.castNumbers()) {
                if (!performers.get(n).availableOn(date)) {
                    out = out.isEmpty() ? new ArrayList<>() : out;
                    out.add(n);
                }
            }
            return out;
        }
    }
}
