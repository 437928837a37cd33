package org.reelwright.ui.stages;

import org.reelwright.ui.common.LocalNumbers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reelwright.app.Edit;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.StageLine;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;

/**
 * Every stage of the production in production order, with its plan and its estimated line. The lines are
 * recomputed through {@link Planning} in the background whenever the production changes and while the user types
 * a valid number into a row (a preview: the production itself changes only when the value is committed). Requests
 * made while an estimate runs are folded into one follow-up, so the newest state wins and typing never queues up
 * work.
 */
public final class StagesBoardViewModel {
    private final Supplier<Planning> planning;
    private final BackgroundWork work;
    private final Messages messages;
    private final Formats formats;
    private final ReadOnlyObjectProperty<Production> production;
    private final List<StageRowModel> rows;
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper totalPending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** Counts requests; a result is shown only when no newer request was made while it ran. */
    private long latest;
    private boolean running;
    private boolean rerun;

    /**
     * @param production the open production; every change is estimated again
     * @param edits applies an edit to the open production (the shell records it for undo and saves it)
     */
    public StagesBoardViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages, Formats formats,
            ReadOnlyObjectProperty<Production> production, Consumer<Edit> edits) {
        this.planning = planning;
        this.work = work;
        this.messages = messages;
        this.formats = formats;
        this.production = production;
        Locale bundleLocale = messages.bundle().getLocale();
        LocalNumbers numbers = new LocalNumbers(bundleLocale.equals(Locale.ROOT) ? Locale.ENGLISH : bundleLocale);
        List<StageRowModel> all = new ArrayList<>();
        for (StageId stage : StageId.values()) {
            all.add(new StageRowModel(stage, messages, formats, numbers, production::get, edits, this::estimate));
        }
        rows = Collections.unmodifiableList(all);
        production.addListener((obs, old, now) -> refresh(now));
        refresh(production.get());
    }

    /** One row per stage, in production order (grouped by phase, as the catalogue is). */
    public List<StageRowModel> rows() {
        return rows;
    }

    public StageRowModel row(StageId stage) {
        return rows.get(stage.ordinal());
    }

    /** The stages' subtotal as a range, before contingency. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Why the plan could not be estimated (e.g. a missing exchange rate), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void refresh(Production p) {
        for (StageRowModel row : rows) {
            row.show(p);
        }
        if (p == null) {
            rows.forEach(StageRowModel::clearLine);
            total.set("");
            totalPending.set(false);
            error.set("");
        }
        estimate();
    }

    /** Asks for the lines of the newest state: the production plus whatever valid values are being typed. */
    private void estimate() {
        latest++;
        if (running) {
            rerun = true;
            return;
        }
        start();
    }

    private void start() {
        Production committed = production.get();
        if (committed == null) {
            return;
        }
        Production shown = committed;
        for (StageRowModel row : rows) {
            shown = row.withPending(shown);
        }
        Production candidate = shown;
        long token = latest;
        running = true;
        // Two steps (issue 14): the lines first, from the deterministic estimate (about a millisecond after an edit
        // at 10,000 shots), then the headline, which needs the Monte Carlo. Until it lands the old total is shown as
        // pending rather than replaced by a figure of another kind.
        work.run(messages.get("stages.work"), () -> planning.get().deterministicEstimate(candidate, Scenario.CURRENT),
                figures -> {
                    if (token != latest || committed != production.get()) {
                        finished();
                        return;
                    }
                    showLines(candidate, committed, figures);
                    totalPending.set(true);
                    work.run(messages.get("stages.work"), () -> planning.get().estimate(candidate, Scenario.CURRENT),
                            simulated -> {
                                finished();
                                if (token == latest && committed == production.get()) {
                                    showTotal(candidate, simulated);
                                }
                            }, this::failed);
                }, this::failed);
    }

    private void failed(Exception failure) {
        finished();
        totalPending.set(false);
        error.set(messages.get("stages.estimateFailed", failure.getMessage()));
    }

    /** True while the lines are new and the total above them still waits for the simulation. */
    public ReadOnlyBooleanProperty totalPendingProperty() {
        return totalPending.getReadOnlyProperty();
    }

    private void finished() {
        running = false;
        if (rerun) {
            rerun = false;
            start();
        }
    }

    private void showLines(Production candidate, Production committed, Estimate e) {
        error.set("");
        for (StageLine line : e.lines()) {
            row(line.stage()).showLine(line, candidate, committed, planning.get().library());
        }
    }

    private void showTotal(Production candidate, Estimate e) {
        totalPending.set(false);
        Currency c = candidate.currency();
        // The same headline as every view (ADR 0008): P50 of the simulated total, range P10–P90.
        total.set(messages.get("stages.total", formats.money(e.headline(), c),
                formats.money(e.p10(), c), formats.money(e.p90(), c),
                formats.days(e.effortDays().likely()), formats.money(e.subtotal().likely(), c)));
    }
}
