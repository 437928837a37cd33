package org.reelwright.ui.shoot;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.reelwright.domain.Eighths;
import org.reelwright.domain.ShootPlan;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.schedule.ShootDay;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.schedule.Strip;
import org.reelwright.ui.common.Messages;

/**
 * The shooting schedule as the board's rows, worded in the user's language: a day break per shoot day ("Day 3 —
 * Tue 12 Jan — 4 2/8 pages", with what is wrong with the day), its strips, and at the end an empty day to drop a
 * strip on to add a shoot day. Pure (no controls), so the view model can make the rows off the FX thread.
 */
final class BoardRows {
    private final Messages messages;
    private final DateTimeFormatter date;

    BoardRows(Messages messages) {
        this.messages = messages;
        this.date = DateTimeFormatter.ofPattern(messages.get("shoot.day.date"), messages.locale());
    }

    List<BoardItem> rows(ShootingSchedule schedule, ShootPlan plan) {
        List<BoardItem> rows = new ArrayList<>(schedule.strips().size() + schedule.dayCount() + 1);
        for (ShootDay day : schedule.days()) {
            rows.add(new BoardItem.DayBreak(day.number(), title(day), warning(day, schedule)));
            for (Strip strip : day.strips()) {
                rows.add(strip(strip, day.number(), plan));
            }
        }
        if (schedule.dayCount() > 0) {
            rows.add(new BoardItem.DayBreak(schedule.dayCount() + 1, messages.get("shoot.day.new",
                    schedule.dayCount() + 1), ""));
        }
        return rows;
    }

    /** "Day 3 — Tue 12 Jan — 4 2/8 pages". */
    String title(ShootDay day) {
        return messages.get("shoot.day.title", day.number(), date.format(day.date()), Eighths.format(day.eighths()),
                day.eighths());
    }

    /** Empty for a day that is fine; else each thing wrong with it: over-full, someone or somewhere unavailable. */
    String warning(ShootDay day, ShootingSchedule schedule) {
        List<String> problems = new ArrayList<>();
        if (day.overFull()) {
            problems.add(messages.get("shoot.day.overFull", Eighths.format(day.eighths()), day.setups(),
                    Eighths.format(schedule.capacityEighths()), schedule.capacitySetups()));
        }
        if (!day.unavailableCast().isEmpty()) {
            problems.add(messages.get("shoot.day.unavailableCast", join(day.unavailableCast())));
        }
        if (!day.unavailableLocations().isEmpty()) {
            problems.add(messages.get("shoot.day.unavailableLocation", String.join(", ",
                    day.unavailableLocations())));
        }
        return String.join(" · ", problems);
    }

    BoardItem.Strip strip(Strip strip, int day, ShootPlan plan) {
        TimeOfDay shownTime = strip.timeOfDay() == TimeOfDay.CONTINUOUS || strip.timeOfDay() == TimeOfDay.UNSPECIFIED
                ? (strip.night() ? TimeOfDay.NIGHT : TimeOfDay.DAY) : strip.timeOfDay();
        String intExt = messages.get("shoot.strip.intExt." + strip.intExt().id());
        String dayNight = messages.get("shoot.strip.time." + shownTime.id());
        String pages = Eighths.format(strip.eighths());
        String cast = cast(strip, plan);
        String tooltip = messages.get("shoot.strip.tooltip", strip.number(), (intExt + " " + strip.location() + " "
                + dayNight).trim(), pages, cast.isEmpty() ? "—" : cast)
                + (strip.synopsis().isBlank() ? "" : "\n" + strip.synopsis());
        return new BoardItem.Strip(strip.scene().toString(), day, strip.number(), StripColour.of(strip.intExt(),
                shownTime), intExt, dayNight, strip.location(), firstLine(strip.synopsis()), pages, cast, tooltip);
    }

    /** Cast numbers, as strips print them; a character nobody plays yet by name, so it is not lost from sight. */
    static String cast(Strip strip, ShootPlan plan) {
        TreeSet<Integer> numbers = new TreeSet<>(strip.castNumbers());
        List<String> uncast = new ArrayList<>();
        for (String character : strip.characters()) {
            plan.performerOf(character).ifPresentOrElse(p -> numbers.add(p.castNumber()), () -> uncast.add(character));
        }
        List<String> words = new ArrayList<>();
        numbers.forEach(n -> words.add(Integer.toString(n)));
        words.addAll(uncast);
        return String.join(", ", words);
    }

    private static String join(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    private static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }
}
