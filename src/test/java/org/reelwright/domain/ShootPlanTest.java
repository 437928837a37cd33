package org.reelwright.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShootPlanTest {
    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private static String message(Runnable r) {
        InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
        return e.getMessage();
    }

    @Test
    void aCastNumberUsedTwiceIsRefusedWithBothNamedInTheUsersWords() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ShootPlan.EMPTY.withCast(List.of(
                Performer.of(1, "Ada", "ADA"), Performer.of(1, "Ben", "BEN"))));
        assertEquals("Shoot plan: cast number 1 is used twice; give each performer their own number",
                e.getMessage());
        assertEquals("拍摄计划：演员编号 1 用了两次；请给每位演员不同的编号", e.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aCharacterPlayedByTwoPerformersIsRefused() {
        assertEquals("Shoot plan: character ben is played by both performer 1 and performer 2", message(() ->
                ShootPlan.EMPTY.withCast(List.of(Performer.of(1, "Ada", "ADA", "BEN"), Performer.of(2, "Ben",
                        "ben")))));
    }

    @Test
    void performersNeedACharacterAndSensibleMakeUpTime() {
        assertEquals("Performer 3: name at least one character the performer plays",
                message(() -> new Performer(3, "Cy", List.of(), "", List.of(), null, 60, false)));
        assertTrue(message(() -> Performer.of(3, "Cy", "CY").withMakeUpMinutes(400)).contains("make-up minutes"));
    }

    @Test
    void locationsTakeBothCoordinatesOrNeitherAndARealTimeZone() {
        assertEquals("Location Mill: give both latitude and longitude, or neither",
                message(() -> new ShootLocation("Mill", "", 31.2, null, "", List.of(), "")));
        assertTrue(message(() -> new ShootLocation("Mill", "", 31.2, 121.5, "Mars/Olympus", List.of(), ""))
                .contains("Mars/Olympus"));
        ShootLocation ok = new ShootLocation("Mill", "1 Road", 31.2, 121.5, "Asia/Shanghai", List.of(DAY), "");
        assertTrue(ok.availableOn(DAY));
        assertTrue(!ok.availableOn(DAY.plusDays(1)));
    }

    @Test
    void boardDaysRunInDateOrderAndHoldEachSceneOnce() {
        SceneId a = SceneId.random();
        assertTrue(message(() -> ShootPlan.EMPTY.withBoard(List.of(BoardDay.of(DAY.plusDays(1), List.of()),
                BoardDay.of(DAY, List.of())))).contains("date order"));
        assertTrue(message(() -> ShootPlan.EMPTY.withBoard(List.of(BoardDay.of(DAY, List.of(a)),
                BoardDay.of(DAY.plusDays(1), List.of(a))))).contains("two shoot days"));
        assertTrue(message(() -> new BoardDay(DAY, List.of(), LocalTime.of(9, 0), LocalTime.of(8, 0), ""))
                .contains("must not be before the crew call"));
    }

    @Test
    void findsPerformersAndLocationsIgnoringCase() {
        ShootPlan plan = ShootPlan.EMPTY.withCast(List.of(Performer.of(2, "Ada", "Ada")))
                .withLocation(ShootLocation.named("Old Mill"));
        assertEquals(2, plan.performerOf("ADA").orElseThrow().castNumber());
        assertTrue(plan.location("OLD MILL").isPresent());
        assertEquals(1, plan.nextCastNumber());
    }
}
