package org.reelwright.app;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.reelwright.domain.BoardDay;
import org.reelwright.domain.CrewMember;
import org.reelwright.domain.Performer;
import org.reelwright.domain.Production;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootLocation;
import org.reelwright.domain.ShootPlan;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.schedule.Strip;
import org.reelwright.schedule.WorkCalendar;

/**
 * The edits of the shoot (issue 17): the stripboard, cast, crew, locations and call-sheet fields, each an
 * {@link Edit} with its label key ({@code edit.shoot.*} of the UI bundle). An edit of the board starts from the
 * schedule the user sees: when nothing is arranged yet, the automatic pass's days become the board first, so the
 * first drag keeps every other strip where it was shown. Undo restores the production, hence the board and the
 * estimate, exactly.
 */
public final class ShootEdits {
    private final Planning planning;

    public ShootEdits(Planning planning) {
        this.planning = planning;
    }

    /**
     * Moves a strip to day {@code toDay} (1-based) at {@code toPosition} (0-based, clamped to the day's strips).
     * {@code toDay} one past the last day opens a new day on the next working day; a day left without strips is
     * dropped. A strip already there stays put (the edit changes nothing).
     */
    public Edit moveStrip(Strip moved, int toDay, int toPosition) {
        return moveStrip(null, null, moved, toDay, toPosition);
    }

    /**
     * {@link #moveStrip(Strip, int, int)} starting from the schedule the board shows, when the edit is applied to
     * the production it was made for ({@code shownFor}, the same object): a drop then costs no second automatic
     * pass. Applied to any other production, the schedule is made afresh.
     */
    public Edit moveStrip(ShootingSchedule shown, Production shownFor, Strip moved, int toDay, int toPosition) {
        SceneId strip = moved.scene();
        return Edit.of("edit.shoot.moveStrip", p -> {
            List<BoardDay> board = new ArrayList<>(shown != null && p == shownFor && shown.dayCount() > 0
                    ? shown.toBoard() : currentBoard(p));
            int fromDay = -1;
            int fromPosition = -1;
            for (int d = 0; d < board.size() && fromDay < 0; d++) {
                fromPosition = board.get(d).strips().indexOf(strip);
                fromDay = fromPosition >= 0 ? d : -1;
            }
            if (fromDay < 0) {
                throw new IllegalArgumentException("scene " + strip + " has no strip on the board");
            }
            if (toDay < 1 || toDay > board.size() + 1) {
                throw new IllegalArgumentException("no shoot day " + toDay + " (the board has " + board.size() + ")");
            }
            if (toDay == board.size() + 1) {
                WorkCalendar calendar = WorkCalendar.of(p);
                LocalDate last = board.get(board.size() - 1).date();
                board.add(BoardDay.of(calendar.dateOf(calendar.indexOf(last.plusDays(1))), List.of()));
            }
            List<SceneId> source = new ArrayList<>(board.get(fromDay).strips());
            source.remove(fromPosition);
            board.set(fromDay, board.get(fromDay).withStrips(source));
            List<SceneId> target = new ArrayList<>(board.get(toDay - 1).strips());
            target.add(Math.max(0, Math.min(toPosition, target.size())), strip);
            board.set(toDay - 1, board.get(toDay - 1).withStrips(target));
            board.removeIf(d -> d.strips().isEmpty());
            return withPlan(p, p.shootPlan().withBoard(board));
        }, moved.number(), toDay);
    }

    /** Keeps the schedule shown (the automatic pass's, before any arrangement) as the user's board. */
    public Edit arrange() {
        return Edit.of("edit.shoot.arrange", p -> withPlan(p, p.shootPlan().withBoard(currentBoard(p))));
    }

    /** Forgets the arrangement: the automatic pass decides again (cast, crew and locations stay). */
    public Edit automaticPass() {
        return Edit.bigChange("edit.shoot.automatic", p -> withPlan(p, p.shootPlan().withBoard(List.of())));
    }

    /** Sets a day's crew call, shooting call and notes (the board is made from the schedule shown if needed). */
    public Edit setDayCalls(int day, LocalTime crewCall, LocalTime shootingCall, String notes) {
        return Edit.of("edit.shoot.dayCalls", p -> {
            List<BoardDay> board = new ArrayList<>(currentBoard(p));
            if (day < 1 || day > board.size()) {
                throw new IllegalArgumentException("no shoot day " + day + " (the board has " + board.size() + ")");
            }
            board.set(day - 1, board.get(day - 1).withCalls(crewCall, shootingCall).withNotes(notes));
            return withPlan(p, p.shootPlan().withBoard(board));
        }, day);
    }

    /** Adds a performer, or replaces the one with the same cast number. */
    public static Edit setPerformer(Performer performer) {
        return Edit.of("edit.shoot.performer", p -> withPlan(p, p.shootPlan().withPerformer(performer)),
                performer.castNumber(), performer.name());
    }

    public static Edit removePerformer(int castNumber) {
        return Edit.of("edit.shoot.removePerformer", p -> withPlan(p, p.shootPlan().withCast(p.shootPlan().cast()
                .stream().filter(c -> c.castNumber() != castNumber).toList())), castNumber);
    }

    /** Adds a crew member at the end of the list. */
    public static Edit addCrewMember(CrewMember member) {
        return Edit.of("edit.shoot.addCrew", p -> {
            List<CrewMember> crew = new ArrayList<>(p.shootPlan().crew());
            crew.add(member);
            return withPlan(p, p.shootPlan().withCrew(crew));
        }, member.name());
    }

    /** Replaces the crew member at {@code index} (0-based). */
    public static Edit changeCrewMember(int index, CrewMember member) {
        return Edit.of("edit.shoot.changeCrew", p -> {
            List<CrewMember> crew = new ArrayList<>(p.shootPlan().crew());
            crew.set(index, member);
            return withPlan(p, p.shootPlan().withCrew(crew));
        }, member.name());
    }

    public static Edit removeCrewMember(int index) {
        return Edit.of("edit.shoot.removeCrew", p -> {
            List<CrewMember> crew = new ArrayList<>(p.shootPlan().crew());
            crew.remove(index);
            return withPlan(p, p.shootPlan().withCrew(crew));
        }, index + 1);
    }

    /** Adds a location, or replaces the one with the same name (ignoring case). */
    public static Edit setLocation(ShootLocation location) {
        return Edit.of("edit.shoot.location", p -> withPlan(p, p.shootPlan().withLocation(location)),
                location.name());
    }

    public static Edit removeLocation(String name) {
        return Edit.of("edit.shoot.removeLocation", p -> withPlan(p, p.shootPlan().withLocations(p.shootPlan()
                .locations().stream().filter(l -> !l.name().equalsIgnoreCase(name)).toList())), name);
    }

    public static Edit setEmergencyContact(String contact) {
        return Edit.of("edit.shoot.emergencyContact", p -> withPlan(p, p.shootPlan().withEmergencyContact(contact)));
    }

    /** The board the user sees now: the schedule's days (the automatic pass's where nothing is arranged). */
    private List<BoardDay> currentBoard(Production p) {
        ShootingSchedule schedule = planning.shootingSchedule(p);
        if (schedule.dayCount() == 0) {
            throw new IllegalArgumentException("the production has no scene shot live, so no shoot day");
        }
        return schedule.toBoard();
    }

    private static Production withPlan(Production p, ShootPlan plan) {
        return plan.equals(p.shootPlan()) ? p : p.withShootPlan(plan);
    }
}
