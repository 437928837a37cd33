package org.reelwright.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootPlan;
import org.reelwright.estimate.DayOutOfDays;

/**
 * The shoot day by day: the strips placed on shoot days, either as the user arranged them on the board (scenes
 * added since placed after it by the automatic pass) or, before any arrangement, by the automatic pass alone.
 *
 * @param arranged the days come from the user's board
 * @param capacityEighths pages a day holds (likely pages-per-day rate), in eighths
 * @param capacitySetups setups a day holds (likely setups-per-day rate)
 */
public record ShootingSchedule(List<ShootDay> days, boolean arranged, int capacityEighths, int capacitySetups) {

    public ShootingSchedule {
        days = List.copyOf(days);
    }

    public int dayCount() {
        return days.size();
    }

    /** Day {@code number} (1-based). */
    public Optional<ShootDay> day(int number) {
        return number < 1 || number > days.size() ? Optional.empty() : Optional.of(days.get(number - 1));
    }

    /** Every strip in shooting order. */
    public List<Strip> strips() {
        List<Strip> all = new ArrayList<>();
        days.forEach(d -> all.addAll(d.strips()));
        return all;
    }

    /** The number of the day this scene is shot on, or 0 when it has no strip. */
    public int dayOf(SceneId scene) {
        for (ShootDay d : days) {
            for (Strip s : d.strips()) {
                if (s.scene().equals(scene)) {
                    return d.number();
                }
            }
        }
        return 0;
    }

    /** Company moves: how often consecutive strips in shooting order are at different locations. */
    public int companyMoves() {
        return companyMoves(strips());
    }

    /** How often consecutive strips are at different locations (ignoring case). */
    public static int companyMoves(List<Strip> order) {
        int moves = 0;
        for (int i = 1; i < order.size(); i++) {
            if (!order.get(i).locationKey().equals(order.get(i - 1).locationKey())) {
                moves++;
            }
        }
        return moves;
    }

    /** The day-out-of-days of these days for the plan's cast (uncast characters by name), with this drop gap. */
    public DayOutOfDays dayOutOfDays(ShootPlan plan, int dropGapDays) {
        List<LocalDate> dates = new ArrayList<>(days.size());
        List<Set<String>> onScreen = new ArrayList<>(days.size());
        for (ShootDay d : days) {
            dates.add(d.date());
            Set<String> cast = new LinkedHashSet<>();
            d.strips().forEach(s -> cast.addAll(s.characters()));
            onScreen.add(cast);
        }
        return DayOutOfDays.of(dates, DayOutOfDays.members(plan, onScreen), dropGapDays);
    }

    /** The days as the board keeps them (date, strips in order, calls, notes): what arranging this schedule saves. */
    public List<org.reelwright.domain.BoardDay> toBoard() {
        List<org.reelwright.domain.BoardDay> board = new ArrayList<>(days.size());
        for (ShootDay d : days) {
            board.add(new org.reelwright.domain.BoardDay(d.date(), d.strips().stream().map(Strip::scene).toList(),
                    d.crewCall(), d.shootingCall(), d.notes()));
        }
        return board;
    }
}
