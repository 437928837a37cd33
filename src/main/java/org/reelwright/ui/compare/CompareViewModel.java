package org.reelwright.ui.compare;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.app.Planning;
import org.reelwright.benchmark.Source;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.estimate.Severity;
import org.reelwright.estimate.StageLine;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;

/**
 * The comparison of the three scenarios for the open production, recomputed whenever the production changes (in
 * the background; the newest production wins), and the command that switches a stage's workflow.
 */
public final class CompareViewModel {
    private final Supplier<Planning> planning;
    private final BackgroundWork work;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<Edit> edit;
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StageRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ScenarioCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper drivers = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Production requested;

    /**
     * @param production the open production; every change is compared again
     * @param edit applies an edit to the open production (the shell records it for undo)
     */
    public CompareViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages, Formats formats,
            ReadOnlyObjectProperty<Production> production, Consumer<Edit> edit) {
        this.planning = planning;
        this.work = work;
        this.messages = messages;
        this.formats = formats;
        this.edit = edit;
        production.addListener((obs, old, now) -> refresh(now));
        refresh(production.get());
    }

    public ObservableList<StageRow> rows() {
        return rows;
    }

    public ObservableList<ScenarioCard> cards() {
        return cards;
    }

    public ReadOnlyObjectProperty<ScenarioComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The stages that drive the difference between the traditional and the AI plan, as one paragraph. */
    public ReadOnlyStringProperty driversProperty() {
        return drivers.getReadOnlyProperty();
    }

    /** Why the last comparison could not be made (e.g. a missing exchange rate), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Switches a stage's workflow in the open production; the comparison follows. */
    public void setWorkflow(StageId stage, Workflow workflow) {
        edit.accept(Edits.setWorkflow(stage, workflow));
    }

    private void refresh(Production production) {
        requested = production;
        if (production == null) {
            return;
        }
        work.run(messages.get("work.comparing"), () -> planning.get().compare(production), result -> {
            if (requested == production) {
                show(production, result);
            }
        }, e -> error.set(e.getMessage()));
    }

    private void show(Production production, ScenarioComparison c) {
        Currency currency = production.currency();
        error.set("");
        comparison.set(c);
        List<StageRow> newRows = new ArrayList<>();
        for (StageLine line : c.current().lines()) {
            StageId stage = line.stage();
            List<Workflow> choices = stage.workflows().stream().sorted().toList();
            String sources = String.join("\n", line.sources().stream().map(Source::citation).distinct().toList());
            newRows.add(new StageRow(stage, line.workflow(), choices, line.cost(), line.calendarDays().likely(),
                    c.traditional().line(stage).orElseThrow().cost().likely(),
                    c.ai().line(stage).orElseThrow().cost().likely(), itemised(line), sources));
        }
        rows.setAll(newRows);
        cards.setAll(card("compare.current", c.current(), currency), card("compare.traditional", c.traditional(),
                currency), card("compare.ai", c.ai(), currency));
        List<String> parts = new ArrayList<>();
        for (ScenarioComparison.StageDelta d : c.drivers()) {
            parts.add(messages.get("compare.driver", messages.name(d.stage()),
                    formats.signedMoney(d.aiVsTraditional(), currency)));
        }
        drivers.set(messages.get("compare.drivers", String.join(", ", parts)));
    }

    /** The line's items one per line, each with its arithmetic, for reading rather than for machines. */
    private String itemised(StageLine line) {
        StringBuilder b = new StringBuilder();
        for (var item : line.items()) {
            if (item.cost().isZero() && item.effortDays().isZero()) {
                continue;
            }
            b.append("• ").append(item.label()).append(": ").append(item.explanation()).append('\n');
        }
        return b.length() == 0 ? line.explanation() : b.toString().strip();
    }

    private ScenarioCard card(String titleKey, Estimate e, Currency currency) {
        return new ScenarioCard(messages.get(titleKey), formats.money(e.total().likely(), currency),
                messages.get("compare.range", formats.money(e.total().low(), currency),
                        formats.money(e.total().high(), currency)),
                messages.get("compare.percentiles", formats.money(e.p50(), currency),
                        formats.money(e.p80(), currency)),
                messages.get("compare.days", formats.days(ScenarioComparison.serialDays(e))),
                messages.get("compare.flags", e.flagCount(Severity.HIGH), e.flagCount(Severity.MEDIUM),
                        e.flagCount(Severity.LOW), e.flagCount(Severity.INFO)));
    }
}
