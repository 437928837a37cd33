package org.reelwright.ui.history;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.app.Planning;
import org.reelwright.app.Workspace;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;

/**
 * The version history of the open production: automatic versions (first start, imports, hourly, before big
 * changes) and named ones. A version can be kept now under a name, restored (as an edit, so Undo takes it back), or
 * compared with today: its expected budget (P50) and length against the current plan's.
 */
public final class HistoryViewModel {
    private final Supplier<Optional<Workspace>> workspace;
    private final Supplier<Planning> planning;
    private final BackgroundWork work;
    private final Messages messages;
    private final Formats formats;
    private final ReadOnlyObjectProperty<Production> production;
    private final Consumer<Edit> edits;
    private final ObservableList<Workspace.Version> versions = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("");
    /** The version the comparison line is about, compared again whenever today changes (a restore, an edit). */
    private Workspace.Version compared;

    public HistoryViewModel(Supplier<Optional<Workspace>> workspace, Supplier<Planning> planning, BackgroundWork work,
            Messages messages, Formats formats, ReadOnlyObjectProperty<Production> production, Consumer<Edit> edits) {
        this.workspace = workspace;
        this.planning = planning;
        this.work = work;
        this.messages = messages;
        this.formats = formats;
        this.production = production;
        this.edits = edits;
        production.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                compared = null;
                comparison.set("");
                refresh();
            } else if (compared != null) {
                compareWithToday(compared); // "today" just changed: the line said yesterday's figures
            }
        });
    }

    public ObservableList<Workspace.Version> versions() {
        return versions;
    }

    /** The name to keep the current state under. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The selected version's totals against today's, in words. */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public void refresh() {
        Production p = production.get();
        workspace.get().ifPresent(w -> {
            if (p != null) {
                work.run(messages.get("work.history"), () -> w.versions(p.id()), versions::setAll, e -> { });
            }
        });
    }

    /** Keeps the production as it is now under the typed name (or a default one). */
    public void keepVersion() {
        Production p = production.get();
        Optional<Workspace> w = workspace.get();
        if (p == null || w.isEmpty()) {
            return;
        }
        String label = name.get() == null || name.get().isBlank() ? messages.get("history.defaultName")
                : name.get().strip();
        work.run(messages.get("work.history"), () -> w.get().version(p, label, false), info -> {
            name.set("");
            refresh();
        }, e -> comparison.set(messages.messageOf(e)));
    }

    /** Makes the open production what it was in this version; an ordinary edit, so Undo takes it back. */
    public void restore(Workspace.Version version) {
        Optional<Workspace> w = workspace.get();
        if (version == null || w.isEmpty()) {
            return;
        }
        work.run(messages.get("work.history"), () -> w.get().loadVersion(version.id()), old -> edits.accept(
                Edits.replaceProduction(old, "edit.restoreVersion")), e -> comparison.set(messages.messageOf(e)));
    }

    public void compareWithToday(Workspace.Version version) {
        Optional<Workspace> w = workspace.get();
        Production today = production.get();
        if (version == null || w.isEmpty() || today == null) {
            return;
        }
        compared = version;
        work.run(messages.get("work.history"), () -> {
            Production then = w.get().loadVersion(version.id());
            // The headline statistic, as every other view speaks it (ADR 0008).
            BigDecimal thenTotal = planning.get().quickEstimate(then, Scenario.CURRENT).headline();
            BigDecimal nowTotal = planning.get().quickEstimate(today, Scenario.CURRENT).headline();
            int thenDays = planning.get().schedule(then, Scenario.CURRENT).length();
            int nowDays = planning.get().schedule(today, Scenario.CURRENT).length();
            return messages.get("history.comparison", version.label(), formats.money(thenTotal, today.currency()),
                    thenDays, formats.money(nowTotal, today.currency()), nowDays,
                    formats.signedMoney(nowTotal.subtract(thenTotal), today.currency()), nowDays - thenDays,
                    then.shotCount(), today.shotCount());
        }, comparison::set, e -> comparison.set(messages.messageOf(e)));
    }
}
