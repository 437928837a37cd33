package org.reelwright.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.BoardDay;
import org.reelwright.domain.CrewMember;
import org.reelwright.domain.Department;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Performer;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootLocation;
import org.reelwright.domain.ShootPlan;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.estimate.DayOutOfDays;

class CallSheetTest {
    private static final LocalDate MONDAY = LocalDate.of(2027, 6, 21);

    @Test
    void callsFollowTheDayMakeUpTimesAndCrewOffsetsAndTheSunIsComputedForTheLocation() {
        Scene pier = new Scene(SceneId.random(), "4", new SceneHeading(IntExt.EXT, "PIER", TimeOfDay.DAY), 12,
                List.of("ADA", "BEN", "CAB DRIVER (V.O.)"), "Ada meets Ben.", List.of());
        Scene flat = new Scene(SceneId.random(), "5", new SceneHeading(IntExt.INT, "FLAT", TimeOfDay.DAY), 8,
                List.of("ADA"), "", List.of());
        ShootLocation london = new ShootLocation("Pier", "Tower Bridge Road", 51.5055, -0.0754, "Europe/London",
                List.of(), "Guy's Hospital");
        Production p = Production.blank("Pier", MONDAY).withScenes(List.of(pier, flat)).withShootPlan(
                ShootPlan.EMPTY.withCast(List.of(Performer.of(1, "Ada Actor", "ADA").withMakeUpMinutes(90)))
                        .withCrew(List.of(new CrewMember("Cy", Department.CAMERA, "DP", "555", -30)))
                        .withLocations(List.of(london)).withEmergencyContact("999")
                        .withBoard(List.of(new BoardDay(MONDAY, List.of(pier.id()), LocalTime.of(6, 0),
                                LocalTime.of(7, 30), "Tide at 09:10"), BoardDay.of(MONDAY.plusDays(1),
                                List.of(flat.id())))));
        ShootingSchedule schedule = ShootPlanner.plan(p, MONDAY, 3, 14);
        DayOutOfDays dood = schedule.dayOutOfDays(p.shootPlan(), 10);
        CallSheet sheet = CallSheet.of(p, schedule, dood, 1);
        assertEquals(2, sheet.dayCount());
        assertEquals("Tide at 09:10", sheet.notes());
        assertEquals("999", sheet.emergencyContact());
        assertEquals(MONDAY.plusDays(1), sheet.nextDay().orElseThrow());
        CallSheet.CastCall ada = sheet.cast().get(0);
        assertEquals(LocalTime.of(6, 0), ada.makeUp(), "90 minutes before the 07:30 shooting call");
        assertEquals(DayOutOfDays.Code.START_WORK, ada.status());
        CallSheet.CastCall ben = sheet.cast().get(1);
        assertEquals(0, ben.castNumber(), "BEN is not cast yet but is still called");
        assertEquals(List.of("BEN"), ben.characters());
        assertEquals(2, sheet.cast().size(), "a voice-over works no shoot day");
        assertEquals(LocalTime.of(5, 30), sheet.crew().get(0).call());
        CallSheet.LocationCall pierCall = sheet.locations().get(0);
        assertEquals("Guy's Hospital", pierCall.known().orElseThrow().nearestHospital());
        // Midsummer in London: the sun rises about 04:43 and sets about 21:21 (BST).
        SunTimes sun = pierCall.sun().orElseThrow();
        LocalTime rise = sun.sunrise().orElseThrow();
        LocalTime set = sun.sunset().orElseThrow();
        assertTrue(rise.isAfter(LocalTime.of(4, 35)) && rise.isBefore(LocalTime.of(4, 50)), rise::toString);
        assertTrue(set.isAfter(LocalTime.of(21, 15)) && set.isBefore(LocalTime.of(21, 30)), set::toString);
        assertTrue(CallSheet.of(p, schedule, dood, 2).locations().get(0).sun().isEmpty(), "FLAT has no coordinates");
        assertThrows(IllegalArgumentException.class, () -> CallSheet.of(p, schedule, dood, 3));
    }

    @Test
    void theSunNeverSetsAtMidsummerAboveThePolarCircle() {
        SunTimes tromso = SunTimes.on(MONDAY, 69.6492, 18.9553, ZoneId.of("Europe/Oslo"));
        assertTrue(tromso.sunrise().isEmpty() && tromso.sunset().isEmpty(), tromso::toString);
    }
}
