package org.reelwright.estimate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The day-out-of-days: for each performer, what they do on each shoot day, in the standard codes, and the totals
 * the cast is paid for (work, hold and travel days). Rules, as crews apply them (research/shoot-days.md):
 * <ul>
 * <li>The first work day is SW, the last WF, a single work day SWF, the ones between W.</li>
 * <li>A shoot day between two work days is a paid hold (H), unless the drop/pick-up rule applies: the performer
 * may be dropped and picked up again once, and only when at least {@code dropGapDays} calendar days lie between
 * the last work day and the pick-up (the gap is a library rate with its source, not a constant here). The drop
 * goes to the gap where it saves most paid days (holds avoided, less the extra travel days of a performer who
 * travels), and is not taken when it saves none. Then the first shoot day after the drop is D, the others in the
 * gap are idle (unpaid) and the pick-up day is PW.</li>
 * <li>A performer who travels has a travel day (T) before the first work day and after the last, and around a
 * drop; it shows on the shoot day next to the work when that day is idle, and always counts in the totals.</li>
 * </ul>
 *
 * @param dates the shoot days' dates, in order
 * @param rows one per performer (or uncast character), in the order given
 */
public record DayOutOfDays(List<LocalDate> dates, List<Row> rows) {

    public DayOutOfDays {
        dates = List.copyOf(dates);
        rows = List.copyOf(rows);
    }

    /** A DOOD code; {@link #IDLE} prints as an empty cell. */
    public enum Code {
        START_WORK("SW"), WORK("W"), WORK_FINISH("WF"), START_WORK_FINISH("SWF"), HOLD("H"), TRAVEL("T"),
        DROP("D"), PICK_UP_WORK("PW"), IDLE("");

        private final String text;

        Code(String text) {
            this.text = text;
        }

        /** The code as a DOOD prints it (SW, W, …); the same in every language, as on crews' sheets. */
        public String text() {
            return text;
        }

        public boolean isWork() {
            return this == START_WORK || this == WORK || this == WORK_FINISH || this == START_WORK_FINISH
                    || this == PICK_UP_WORK;
        }
    }

    /**
     * Who is scheduled: a performer (cast number ≥ 1) or a character no performer plays yet (cast number 0, keyed
     * by the character's name), the shoot days (indexes into the dates) they work, whether they travel, and their
     * own pay term (null: the production's term for cast).
     */
    public record Member(int castNumber, String name, SortedSet<Integer> workDays, boolean travels,
            org.reelwright.domain.PayTerm payTerm) {
        public Member {
            workDays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(workDays));
        }

        /** A member paid as the production's pay model says for cast. */
        public Member(int castNumber, String name, SortedSet<Integer> workDays, boolean travels) {
            this(castNumber, name, workDays, travels, null);
        }
    }

    /**
     * @param codes one per shoot day
     * @param travelDays travel days, shown or not
     * @param start the first work day's date, null when the member works no day
     */
    public record Row(int castNumber, String name, List<Code> codes, int workDays, int holdDays, int travelDays,
            boolean dropped, LocalDate start, LocalDate finish) {
        public Row {
            codes = List.copyOf(codes);
        }

        /** Days the performer is paid for: work, hold and travel. */
        public int paidDays() {
            return workDays + holdDays + travelDays;
        }
    }

    /** The DOOD of these members over these shoot days, with the drop/pick-up gap in calendar days. */
    public static DayOutOfDays of(List<LocalDate> dates, List<Member> members, int dropGapDays) {
        List<Row> rows = new ArrayList<>(members.size());
        for (Member m : members) {
            rows.add(row(dates, m, dropGapDays));
        }
        return new DayOutOfDays(dates, rows);
    }

    private static Row row(List<LocalDate> dates, Member m, int dropGapDays) {
        Code[] codes = new Code[dates.size()];
        Arrays.fill(codes, Code.IDLE);
        if (m.workDays().isEmpty()) {
            return new Row(m.castNumber(), m.name(), List.of(codes), 0, 0, 0, false, null, null);
        }
        Integer[] work = m.workDays().toArray(new Integer[0]);
        int first = work[0];
        int last = work[work.length - 1];
        for (int day : work) {
            codes[day] = Code.WORK;
        }
        int holds = 0;
        int travel = m.travels() ? 2 : 0;
        // The one drop allowed goes to the gap where it saves most: the holds it avoids less the extra trip home
        // and back a travelling performer then needs. No saving, no drop.
        int dropAfter = -1;
        int bestSaving = 0;
        for (int i = 1; i < work.length; i++) {
            int before = work[i - 1];
            int after = work[i];
            long gap = ChronoUnit.DAYS.between(dates.get(before), dates.get(after)) - 1;
            int saving = (after - before - 1) - (m.travels() ? 2 : 0);
            if (gap >= dropGapDays && saving > bestSaving) {
                bestSaving = saving;
                dropAfter = i;
            }
        }
        for (int i = 1; i < work.length; i++) {
            int before = work[i - 1];
            int after = work[i];
            if (i == dropAfter) {
                codes[before + 1] = Code.DROP;
                codes[after] = Code.PICK_UP_WORK;
                travel += m.travels() ? 2 : 0;
            } else {
                for (int d = before + 1; d < after; d++) {
                    codes[d] = Code.HOLD;
                    holds++;
                }
            }
        }
        boolean dropped = dropAfter > 0;
        if (first == last) {
            codes[first] = Code.START_WORK_FINISH;
        } else {
            codes[first] = Code.START_WORK;
            codes[last] = Code.WORK_FINISH;
        }
        if (m.travels()) {
            if (first > 0 && codes[first - 1] == Code.IDLE) {
                codes[first - 1] = Code.TRAVEL;
            }
            if (last + 1 < codes.length && codes[last + 1] == Code.IDLE) {
                codes[last + 1] = Code.TRAVEL;
            }
        }
        return new Row(m.castNumber(), m.name(), List.of(codes), work.length, holds, travel, dropped,
                dates.get(first), dates.get(last));
    }

    /**
     * The members of a board: each performer of the plan who works a day, by cast number, then each character seen
     * on a day whom no performer plays (cast number 0), by name.
     *
     * @param onScreenByDay for each shoot day, the characters seen on screen that day
     */
    public static List<Member> members(org.reelwright.domain.ShootPlan plan,
            List<? extends java.util.Collection<String>> onScreenByDay) {
        java.util.Map<Integer, SortedSet<Integer>> byNumber = new java.util.TreeMap<>();
        java.util.Map<String, SortedSet<Integer>> uncast = new java.util.TreeMap<>();
        for (int day = 0; day < onScreenByDay.size(); day++) {
            for (String character : onScreenByDay.get(day)) {
                var performer = plan.performerOf(character);
                if (performer.isPresent()) {
                    byNumber.computeIfAbsent(performer.get().castNumber(), k -> new TreeSet<>()).add(day);
                } else {
                    uncast.computeIfAbsent(character, k -> new TreeSet<>()).add(day);
                }
            }
        }
        List<Member> members = new ArrayList<>(byNumber.size() + uncast.size());
        byNumber.forEach((number, days) -> {
            var p = plan.performer(number).orElseThrow();
            members.add(new Member(number, p.name(), days, p.travels(), p.payTerm()));
        });
        uncast.forEach((name, days) -> members.add(new Member(0, name, days, false)));
        return members;
    }

    /** Σ paid days over every row: the performer-days the cast line pays. */
    public int paidDays() {
        int total = 0;
        for (Row r : rows) {
            total += r.paidDays();
        }
        return total;
    }
}
