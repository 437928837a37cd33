package org.reelwright.ui.shoot;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Edit;
import org.reelwright.app.Planning;
import org.reelwright.app.ShootEdits;
import org.reelwright.domain.Production;
import org.reelwright.estimate.DayOutOfDays;
import org.reelwright.schedule.CallSheet;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.schedule.Strip;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;

/**
 * The Shoot panel: the open production's shooting schedule as a stripboard, its cast and crew, the day-out-of-days
 * and the call sheets. The schedule, the DOOD and the board's rows are made in the background on every change of
 * the production (the newest request wins); a strip moved on the board shows in its new place at once and becomes
 * an edit ({@link ShootEdits#moveStrip}), so it can be undone and the estimate's shoot days and cast line follow.
 */
public final class ShootViewModel {
    private final Supplier<Planning> planning;
    private final Messages messages;
    private final Formats formats;
    private final ReadOnlyObjectProperty<Production> production;
    private final Consumer<Edit> apply;
    private final LatestOnly latest;
    private final BoardRows boardRows;
    private final ObservableList<BoardItem> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ShootingSchedule> schedule = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DayOutOfDays> dood = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper castLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper arranged = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<Integer> days = FXCollections.observableArrayList();
    private final IntegerProperty callSheetDay = new SimpleIntegerProperty(1);
    private final ReadOnlyObjectWrapper<CallSheet> callSheet = new ReadOnlyObjectWrapper<>();
    /** What the panel shows now: the last schedule made, with the production it was made for. */
    private Computed shown;
    /** The strips of the schedule shown, by the id their board rows carry. */
    private Map<String, Strip> strips = Map.of();

    /**
     * @param production the open production (while the panel is shown)
     * @param apply applies an edit to the open production, for undo
     */
    public ShootViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages, Formats formats,
            ReadOnlyObjectProperty<Production> production, Consumer<Edit> apply) {
        this.planning = planning;
        this.messages = messages;
        this.formats = formats;
        this.production = production;
        this.apply = apply;
        this.latest = new LatestOnly(work);
        this.boardRows = new BoardRows(messages);
        production.addListener((obs, old, now) -> refresh());
        callSheetDay.addListener((obs, old, now) -> showCallSheet());
        refresh();
    }

    /** What the background work makes for one version of the production. */
    private record Computed(Production production, ShootingSchedule schedule, DayOutOfDays dood,
            List<BoardItem> rows, Map<String, Strip> strips, Optional<BigDecimal> castCost) {
    }

    private void refresh() {
        Production p = production.get();
        if (p == null) {
            latest.cancel();
            rows.clear();
            schedule.set(null);
            dood.set(null);
            summary.set("");
            castLine.set("");
            shown = null;
            days.clear();
            callSheet.set(null);
            return;
        }
        latest.run(messages.get("shoot.work"), () -> compute(p), this::show, e -> error.set(messages.messageOf(e)));
    }

    private Computed compute(Production p) {
        Planning plan = planning.get();
        ShootingSchedule s = plan.shootingSchedule(p);
        DayOutOfDays d = plan.dayOutOfDays(p, s);
        Map<String, Strip> byId = new HashMap<>();
        s.strips().forEach(strip -> byId.put(strip.scene().toString(), strip));
        return new Computed(p, s, d, boardRows.rows(s, p.shootPlan()), byId,
                plan.castLine(p).map(item -> item.cost().likely()));
    }

    private void show(Computed c) {
        strips = c.strips();
        rows.setAll(c.rows());
        schedule.set(c.schedule());
        dood.set(c.dood());
        arranged.set(c.schedule().arranged());
        summary.set(c.schedule().dayCount() == 0 ? messages.get("shoot.board.empty")
                : messages.get("shoot.board.summary", c.schedule().dayCount(), c.schedule().strips().size(),
                        c.schedule().companyMoves(), messages.get(c.schedule().arranged() ? "shoot.board.arranged"
                                : "shoot.board.automatic")));
        castLine.set(c.castCost().map(cost -> messages.get("shoot.board.castLine", formats.money(cost,
                c.production().currency()), c.dood().paidDays(), c.dood().rows().size())).orElseGet(() -> messages
                        .get("shoot.board.castDays", c.dood().paidDays(), c.dood().rows().size())));
        error.set("");
        shown = c;
        List<Integer> numbers = new ArrayList<>();
        for (int day = 1; day <= c.schedule().dayCount(); day++) {
            numbers.add(day);
        }
        if (!numbers.equals(days)) {
            days.setAll(numbers);
        }
        if (callSheetDay.get() > numbers.size() || callSheetDay.get() < 1) {
            callSheetDay.set(numbers.isEmpty() ? 0 : Math.max(1, Math.min(callSheetDay.get(), numbers.size())));
        }
        showCallSheet();
    }

    private void showCallSheet() {
        int day = callSheetDay.get();
        if (shown == null || day < 1 || day > shown.schedule().dayCount()) {
            callSheet.set(null);
            return;
        }
        callSheet.set(CallSheet.of(shown.production(), shown.schedule(), shown.dood(), day));
    }

    /** The shoot days by number, for choosing whose call sheet to show. */
    public ObservableList<Integer> days() {
        return days;
    }

    /** The day whose call sheet is shown (1-based; 0 when there is no shoot day). */
    public IntegerProperty callSheetDayProperty() {
        return callSheetDay;
    }

    /** The call sheet of the chosen day, or null when there is none. */
    public ReadOnlyObjectProperty<CallSheet> callSheetProperty() {
        return callSheet.getReadOnlyProperty();
    }

    /** "Day 3 — Tue 12 Jan — 4 2/8 pages", as the board's day break says it. */
    public String dayTitle(int day) {
        return shown == null ? "" : shown.schedule().day(day).map(boardRows::title).orElse("");
    }

    /**
     * The chosen day's crew call, shooting call (typed as 07:30) and notes, as one edit; a time that does not read
     * is refused with its words.
     */
    public void setDayCalls(String crewCall, String shootingCall, String notes) {
        int day = callSheetDay.get();
        if (day < 1) {
            return;
        }
        Optional<LocalTime> crew = time(crewCall);
        Optional<LocalTime> shooting = time(shootingCall);
        if (crew.isEmpty() || shooting.isEmpty()) {
            error.set(messages.get("shoot.error.time", crew.isEmpty() ? crewCall : shootingCall));
            return;
        }
        run(new ShootEdits(planning.get()).setDayCalls(day, crew.get(), shooting.get(), notes));
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse((text == null ? "" : text).strip().replace('：', ':'),
                    DateTimeFormatter.ofPattern("H:mm")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The board's rows: day breaks and strips in shooting order. */
    public ObservableList<BoardItem> rows() {
        return rows;
    }

    /**
     * Moves a strip: shown in its new place at once, then applied as an edit (which the schedule, the DOOD and the
     * estimate follow when the production changes).
     */
    public void move(StripMove move) {
        Strip strip = strips.get(move.stripId());
        if (strip == null) {
            return;
        }
        rows.setAll(BoardMoves.apply(rows, move));
        // from the schedule on screen: no second pass of the scheduler on the FX thread while the drop is shown
        run(new ShootEdits(planning.get()).moveStrip(shown.schedule(), shown.production(), strip, move.toDay(),
                move.toPosition()));
    }

    /** Keeps the schedule shown as the user's own board (from then on it changes only when the user moves strips). */
    public void arrange() {
        run(new ShootEdits(planning.get()).arrange());
    }

    /** Forgets the user's arrangement: the automatic pass schedules the shoot again. */
    public void automaticPass() {
        run(new ShootEdits(planning.get()).automaticPass());
    }

    /** Applies an edit; one the production refuses leaves everything as it was and says why. */
    void run(Edit edit) {
        try {
            apply.accept(edit);
        } catch (RuntimeException e) {
            error.set(messages.messageOf(e));
            refresh(); // the board shows the production as it is, not the move that was refused
        }
    }

    public ReadOnlyObjectProperty<Production> productionProperty() {
        return production;
    }

    public ReadOnlyObjectProperty<ShootingSchedule> scheduleProperty() {
        return schedule.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DayOutOfDays> doodProperty() {
        return dood.getReadOnlyProperty();
    }

    /** "12 shoot days · 48 strips · 7 company moves · arranged by you". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The cast line the board drives: its likely cost and the performer-days paid (work, hold, travel). */
    public ReadOnlyStringProperty castLineProperty() {
        return castLine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty arrangedProperty() {
        return arranged.getReadOnlyProperty();
    }

    /** Why the last change was refused, or the schedule could not be made; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void showError(String message) {
        error.set(message);
    }

    Messages messages() {
        return messages;
    }
}
