package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Performer;
import org.reelwright.domain.ShootPlan;

class DayOutOfDaysTest {
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    /** Shoot days on consecutive calendar days from Monday. */
    private static List<LocalDate> days(int n) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dates.add(MONDAY.plusDays(i));
        }
        return dates;
    }

    private static String codes(DayOutOfDays.Row row) {
        return String.join(" ", row.codes().stream().map(c -> c.text().isEmpty() ? "." : c.text()).toList());
    }

    private static DayOutOfDays.Row row(List<LocalDate> dates, boolean travels, Integer... work) {
        DayOutOfDays.Member m = new DayOutOfDays.Member(1, "Ada", new TreeSet<>(List.of(work)), travels);
        return DayOutOfDays.of(dates, List.of(m), 10).rows().get(0);
    }

    @ParameterizedTest(name = "works {0} of 5 consecutive days → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2         | . . SWF . .     | 1 | 0
            0,1,2     | SW W WF . .     | 3 | 0
            0,3       | SW H H WF .     | 2 | 2
            1,2,4     | . SW W H WF     | 3 | 1
            """)
    void codesWorkAndHoldOnConsecutiveDays(String work, String expected, int workDays, int holdDays) {
        Integer[] w = java.util.Arrays.stream(work.split(",")).map(Integer::valueOf).toArray(Integer[]::new);
        DayOutOfDays.Row r = row(days(5), false, w);
        assertEquals(expected, codes(r));
        assertEquals(workDays, r.workDays());
        assertEquals(holdDays, r.holdDays());
        assertEquals(workDays + holdDays, r.paidDays());
        assertFalse(r.dropped());
    }

    @Test
    void aGapOfTenCalendarDaysOrMoreDropsAndPicksUpOnceOnly() {
        // days 0, 1 on 1–2 March; 2 on 13 March (10 days between 2 and 13 March); 3 on 14 March; 4 on 30 March
        List<LocalDate> dates = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(5), MONDAY.plusDays(12),
                MONDAY.plusDays(13), MONDAY.plusDays(29));
        DayOutOfDays.Row r = row(dates, false, 0, 3, 5);
        // 1 March → 13 March: 11 days between, dropped (D on the first shoot day after), picked up with PW;
        // 13 March → 30 March would qualify too, but only one drop is allowed: the day between is a hold
        assertEquals("SW D . PW H WF", codes(r));
        assertTrue(r.dropped());
        assertEquals(3, r.workDays());
        assertEquals(1, r.holdDays());
        assertEquals(MONDAY, r.start());
        assertEquals(MONDAY.plusDays(29), r.finish());
    }

    @Test
    void theDropGoesWhereItSavesMostAndATravellerIsNotDroppedWhenTheTripsCostMore() {
        // shoot days: 1, 2 March, then 15–17 March, then 1 April; work on 1 March, 17 March and 1 April
        List<LocalDate> dates = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(14), MONDAY.plusDays(15),
                MONDAY.plusDays(16), MONDAY.plusDays(31));
        // gap 1: 4 shoot days held away, gap 2: none; both long enough
        assertEquals("SW D . . PW WF", codes(row(dates, false, 0, 4, 5)));
        assertEquals("SW D . . . WF", codes(row(dates, false, 0, 5)), "the pick-up day that ends the work is WF");
        DayOutOfDays.Row traveller = row(List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(20)), true, 0, 2);
        assertEquals("SW H WF", codes(traveller), "one hold is cheaper than two more travel days");
        assertFalse(traveller.dropped());
        assertEquals(5, traveller.paidDays());
    }

    @Test
    void aGapShorterThanTheRuleIsHeldAndPaid() {
        List<LocalDate> dates = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(10));
        DayOutOfDays.Row r = row(dates, false, 0, 2); // 9 days between 1 and 11 March
        assertEquals("SW H WF", codes(r));
        assertEquals(3, r.paidDays());
    }

    @Test
    void aTravellingPerformerHasATravelDayEachWayShownWhereTheDayIsFree() {
        DayOutOfDays.Row r = row(days(5), true, 1, 2);
        assertEquals("T SW WF T .", codes(r));
        assertEquals(2, r.travelDays());
        assertEquals(4, r.paidDays());
        DayOutOfDays.Row first = row(days(2), true, 0);
        assertEquals("SWF T", codes(first));
        assertEquals(2, first.travelDays(), "travel counts even when no shoot day shows it");
    }

    @Test
    void membersArePerformersByCastNumberThenUncastCharactersByName() {
        ShootPlan plan = ShootPlan.EMPTY.withCast(List.of(Performer.of(7, "Ben Actor", "BEN"),
                Performer.of(2, "Ada Actor", "ADA", "YOUNG ADA")));
        List<DayOutOfDays.Member> members = DayOutOfDays.members(plan, List.of(Set.of("ZED", "BEN"),
                Set.of("YOUNG ADA"), Set.of("ADA", "CAB DRIVER")));
        assertEquals(List.of("Ada Actor", "Ben Actor", "CAB DRIVER", "ZED"),
                members.stream().map(DayOutOfDays.Member::name).toList());
        assertEquals(List.of(2, 7, 0, 0), members.stream().map(DayOutOfDays.Member::castNumber).toList());
        assertEquals(Set.of(1, 2), members.get(0).workDays(), "both of Ada's characters are Ada's days");
    }
}
