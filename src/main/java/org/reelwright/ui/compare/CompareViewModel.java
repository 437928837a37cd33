package org.reelwright.ui.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.estimate.Recommender;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.estimate.Severity;
import org.reelwright.estimate.StageLine;
import org.reelwright.schedule.Schedule;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.common.PayText;

/**
 * The comparison of the three scenarios for the open production, recomputed whenever the production changes (in
 * the background; the newest production wins), and the command that switches a stage's workflow.
 */
public final class CompareViewModel {
    private final Supplier<Planning> planning;
    private final BackgroundWork work;
    private final Messages messages;
    private final Formats formats;
    private final PayText payText;
    private final Consumer<Edit> edit;
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StageRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ScenarioCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper drivers = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<Integer> scheduleLengths = FXCollections.observableArrayList();
    private final StringProperty budgetText = new SimpleStringProperty("");
    private final StringProperty deadlineText = new SimpleStringProperty("");
    private final ObjectProperty<Severity> riskTolerance = new SimpleObjectProperty<>(Severity.MEDIUM);
    private final ReadOnlyStringWrapper recommendError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recommendSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recommendChanges = new ReadOnlyStringWrapper("");
    private final ObservableList<Recommender.StageAdvice> advice = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Recommender.Recommendation> recommendation = new ReadOnlyObjectWrapper<>();
    private Production requested;
    private final LatestOnly latest;

    /**
     * @param production the open production; every change is compared again
     * @param edit applies an edit to the open production (the shell records it for undo)
     */
    public CompareViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages, Formats formats,
            ReadOnlyObjectProperty<Production> production, Consumer<Edit> edit) {
        this.planning = planning;
        this.work = work;
        this.latest = new LatestOnly(work);
        this.messages = messages;
        this.formats = formats;
        this.payText = new PayText(messages, formats);
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

    /** Working days of the current, traditional and AI plans (their critical paths), in that order. */
    public ObservableList<Integer> scheduleLengths() {
        return scheduleLengths;
    }

    public StringProperty budgetTextProperty() {
        return budgetText;
    }

    public StringProperty deadlineTextProperty() {
        return deadlineText;
    }

    public ObjectProperty<Severity> riskToleranceProperty() {
        return riskTolerance;
    }

    /** Why the recommender's inputs cannot be used, or empty. */
    public ReadOnlyStringProperty recommendErrorProperty() {
        return recommendError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recommendSummaryProperty() {
        return recommendSummary.getReadOnlyProperty();
    }

    /**
     * What "Apply to the plan" will change, stage by stage, said before the user applies it: one click changes
     * several stages at once, and a user must see which (issue 13). Empty when there is no recommendation.
     */
    public ReadOnlyStringProperty recommendChangesProperty() {
        return recommendChanges.getReadOnlyProperty();
    }

    public ObservableList<Recommender.StageAdvice> advice() {
        return advice;
    }

    public ReadOnlyObjectProperty<Recommender.Recommendation> recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    /**
     * Asks the recommender for a workflow per stage within the budget cap (expected cost) and deadline (working days
     * of the critical path) the user typed, accepting new risks up to the chosen severity.
     */
    public void recommend() {
        Production production = requested;
        if (production == null) {
            return;
        }
        Optional<BigDecimal> budget;
        Optional<BigDecimal> deadline;
        try {
            budget = positive(budgetText.get(), "compare.budgetInvalid");
            deadline = positive(deadlineText.get(), "compare.deadlineInvalid");
        } catch (IllegalArgumentException e) {
            recommendError.set(messages.messageOf(e));
            return;
        }
        recommendError.set("");
        Recommender.Request request = new Recommender.Request(budget, deadline, riskTolerance.get());
        work.run(messages.get("work.recommending"), () -> planning.get().recommend(production, request), r -> {
            if (requested != production) {
                return;
            }
            recommendation.set(r);
            advice.setAll(r.advice());
            recommendChanges.set(changes(r));
            Currency currency = production.currency();
            String verdict = (budget.isEmpty() ? "" : messages.get(r.meetsBudget() ? "compare.meetsBudget"
                    : "compare.overBudget", formats.money(budget.get(), currency)) + " ")
                    + (deadline.isEmpty() ? "" : messages.get(r.meetsDeadline() ? "compare.meetsDeadline"
                    : "compare.overDeadline", deadline.get()));
            recommendSummary.set(messages.get("compare.recommended", formats.money(r.headline(),
                    currency), formats.days(r.workingDays())) + " " + verdict.strip());
        }, e -> recommendError.set(messages.messageOf(e)));
    }

    /** Applies the recommended workflows to the open production as one undoable edit. */
    public void applyRecommendation() {
        Recommender.Recommendation r = recommendation.get();
        if (r == null) {
            return;
        }
        Production proposed = r.proposed();
        edit.accept(Edit.bigChange("edit.applyRecommendation", p -> {
            Production result = p;
            for (var plan : proposed.stages().values()) {
                result = result.withStage(result.stage(plan.stage()).withWorkflow(plan.workflow()));
            }
            return result;
        }));
        clearRecommendation();
    }

    private void clearRecommendation() {
        recommendation.set(null);
        advice.clear();
        recommendSummary.set("");
        recommendChanges.set("");
    }

    private String changes(Recommender.Recommendation r) {
        List<String> changed = new ArrayList<>();
        for (Recommender.StageAdvice a : r.advice()) {
            if (a.from() != a.to()) {
                changed.add(messages.get("compare.change", messages.name(a.stage()), messages.name(a.from()),
                        messages.name(a.to())));
            }
        }
        return changed.isEmpty() ? messages.get("compare.noChange")
                : messages.get("compare.changes", changed.size(), String.join(messages.get("compare.changeJoin"),
                        changed));
    }

    private Optional<BigDecimal> positive(String text, String errorKey) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
            if (value.signum() > 0) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below with the text as typed
        }
        throw new IllegalArgumentException(messages.get(errorKey, text.strip()));
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
        latest.run(messages.get("work.comparing"), () -> {
            ScenarioComparison c = planning.get().compare(production);
            return new Compared(c, planning.get().schedules(production).stream().map(Schedule::length).toList(),
                    c.all().stream().map(e -> PayBreakdown.of(production, e)).toList());
        }, result -> {
                    scheduleLengths.setAll(result.lengths());
                    show(production, result.comparison(), result.lengths(), result.pay());
                }, e -> error.set(messages.messageOf(e)));
        if (recommendation.get() != null && recommendation.get().proposed() != production) {
            clearRecommendation();
        }
    }

    private void show(Production production, ScenarioComparison c, List<Integer> lengths, List<PayBreakdown> pay) {
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
        cards.setAll(card("compare.current", c.current(), pay.get(0), currency, lengths.get(0)),
                card("compare.traditional", c.traditional(), pay.get(1), currency, lengths.get(1)),
                card("compare.ai", c.ai(), pay.get(2), currency, lengths.get(2)));
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

    /**
     * A comparison, the three schedules' lengths and the three estimates' pay splits (in the comparison's order),
     * computed together off the FX thread.
     */
    private record Compared(ScenarioComparison comparison, List<Integer> lengths, List<PayBreakdown> pay) {
    }

    /** @param days the plan's length in working days: its schedule's critical path */
    private ScenarioCard card(String titleKey, Estimate e, PayBreakdown pay, Currency currency, int days) {
        // ADR 0008: the headline is P50, the range P10–P90; the sum of most-likely values is a labelled detail.
        // Issue 12: the cash needed (P50) right under it when some pay is deferred or in kind; else one brief line.
        return new ScenarioCard(messages.get(titleKey), messages.get("compare.headline",
                formats.money(e.headline(), currency)),
                pay.hasNonCash() ? payText.cardLine(pay, currency) : payText.allCash(pay.payModel()),
                messages.get("compare.range", formats.money(e.p10(), currency),
                        formats.money(e.p90(), currency)),
                messages.get("compare.percentiles", formats.money(e.p80(), currency),
                        formats.money(e.total().likely(), currency)),
                messages.get("compare.days", days),
                messages.get("compare.flags", e.flagCount(Severity.HIGH), e.flagCount(Severity.MEDIUM),
                        e.flagCount(Severity.LOW), e.flagCount(Severity.INFO)));
    }
}
