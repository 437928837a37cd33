package org.reelwright.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One shoot day of the stripboard as the user arranged it: its date, the scenes shot that day in order (their
 * strips), the general crew call and the shooting call, and notes for the call sheet.
 * Invariants: no scene twice; shooting call not before crew call; notes ≤ 2,000.
 */
public record BoardDay(LocalDate date, List<SceneId> strips, LocalTime crewCall, LocalTime shootingCall,
        String notes) {

    public static final LocalTime USUAL_CREW_CALL = LocalTime.of(7, 0);
    public static final LocalTime USUAL_SHOOTING_CALL = LocalTime.of(8, 0);

    public BoardDay {
        Phrase subject = Checks.subject("boardDay", date);
        Checks.required(date, subject, "date");
        strips = Checks.list(strips, subject, "strips");
        Set<SceneId> seen = new HashSet<>();
        for (SceneId id : strips) {
            if (!seen.add(id)) {
                throw Checks.fail(subject, "strips", "board.sceneTwice", id.toString());
            }
        }
        crewCall = crewCall == null ? USUAL_CREW_CALL : crewCall;
        shootingCall = shootingCall == null ? USUAL_SHOOTING_CALL : shootingCall;
        if (shootingCall.isBefore(crewCall)) {
            throw Checks.fail(subject, "shootingCall", "board.shootingBeforeCrewCall", shootingCall, crewCall);
        }
        notes = Checks.text(notes, subject, "notes", 2000);
    }

    /** A day with the usual calls (crew 07:00, shooting 08:00) and no notes. */
    public static BoardDay of(LocalDate date, List<SceneId> strips) {
        return new BoardDay(date, strips, null, null, "");
    }

    public BoardDay withStrips(List<SceneId> value) {
        return new BoardDay(date, value, crewCall, shootingCall, notes);
    }

    public BoardDay withDate(LocalDate value) {
        return new BoardDay(value, strips, crewCall, shootingCall, notes);
    }

    public BoardDay withCalls(LocalTime crew, LocalTime shooting) {
        return new BoardDay(date, strips, crew, shooting, notes);
    }

    public BoardDay withNotes(String value) {
        return new BoardDay(date, strips, crewCall, shootingCall, value);
    }
}
