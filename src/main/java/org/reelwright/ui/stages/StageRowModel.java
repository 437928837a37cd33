package org.reelwright.ui.stages;

import org.reelwright.ui.common.LocalNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.benchmark.Source;
import org.reelwright.domain.AiToolCategory;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.Phase;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.LineItem;
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.estimate.StageLine;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;

/**
 * One stage on the board: its plan (workflow, AI tool, AI share, team, iteration allowance, real-performer
 * likeness), its estimated line (cost low – likely – high, calendar days, how it is made, sources) and the rates
 * that line uses, each of which the user can replace with a figure of their own.
 */
public final class StageRowModel {
    /** Stages whose AI work can copy a real person's voice or face (rule R9). */
    private static final List<StageId> LIKENESS_STAGES = List.of(StageId.VOICE, StageId.GENERATION);

    private final StageId stage;
    private final Messages messages;
    private final Formats formats;
    private final LocalNumbers numbers;
    private final Supplier<Production> production;
    private final Consumer<Edit> edits;
    private final ReadOnlyObjectWrapper<Workflow> workflow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AiToolCategory> aiTool = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper realPerformers = new ReadOnlyBooleanWrapper(false);
    private final StageField aiShare;
    private final StageField teamSize;
    private final StageField iterations;
    private final ReadOnlyObjectWrapper<StageLine> line = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper low = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper likely = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper high = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper days = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper preview = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper paySplit = new ReadOnlyStringWrapper("");
    private final Map<PayCategory, ReadOnlyObjectWrapper<PayTerm>> payTerms = new java.util.EnumMap<>(
            PayCategory.class);
    private final Map<PayCategory, ReadOnlyStringWrapper> followsPayModel = new java.util.EnumMap<>(
            PayCategory.class);

    {
        for (PayCategory category : PayCategory.values()) {
            payTerms.put(category, new ReadOnlyObjectWrapper<>());
            followsPayModel.put(category, new ReadOnlyStringWrapper(""));
        }
    }
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<RateRowModel> rates = FXCollections.observableArrayList();
    private final Map<String, RateRowModel> rateModels = new LinkedHashMap<>();

    StageRowModel(StageId stage, Messages messages, Formats formats, LocalNumbers numbers,
            Supplier<Production> production, Consumer<Edit> edits, Runnable typed) {
        this.stage = stage;
        this.messages = messages;
        this.formats = formats;
        this.numbers = numbers;
        this.production = production;
        this.edits = edits;
        aiShare = new StageField(stage, "aiShare", messages.get("stages.edit.aiShare"),
                plan -> numbers.edit(BigDecimal.valueOf(plan.aiShare()).movePointRight(2)), text -> {
                    double share = percent(text, "aiShare", 100);
                    return plan -> plan.withAiShare(share);
                }, production, edits, typed, messages.locale());
        teamSize = new StageField(stage, "teamSize", messages.get("stages.edit.teamSize"),
                plan -> Integer.toString(plan.teamSize()), text -> {
                    int size = wholeNumber(text);
                    return plan -> plan.withTeamSize(size);
                }, production, edits, typed, messages.locale());
        iterations = new StageField(stage, "iterations", messages.get("stages.edit.iterations"),
                plan -> numbers.edit(BigDecimal.valueOf(plan.iterationAllowance()).movePointRight(2)), text -> {
                    double allowance = percent(text, "iterations", 500);
                    return plan -> plan.withIterationAllowance(allowance);
                }, production, edits, typed, messages.locale());
    }

    public StageId stage() {
        return stage;
    }

    public Phase phase() {
        return stage.phase();
    }

    /** The stage's name in the UI language. */
    public String name() {
        return messages.name(stage);
    }

    /** The workflows the stage accepts, in the order Traditional, Hybrid, AI. */
    public List<Workflow> workflows() {
        return Arrays.stream(Workflow.values()).filter(stage::accepts).toList();
    }

    /** False for stages with no AI basis (casting, locations, shoot, festivals): the board shows "n/a" for AI. */
    public boolean aiApplicable() {
        return stage.accepts(Workflow.AI);
    }

    public ReadOnlyObjectProperty<Workflow> workflowProperty() {
        return workflow.getReadOnlyProperty();
    }

    public void setWorkflow(Workflow value) {
        Production p = production.get();
        if (p != null && value != null && stage.accepts(value) && p.stage(stage).workflow() != value) {
            edits.accept(Edits.setWorkflow(stage, value));
        }
    }

    /** The AI tool categories that suit this stage (none for stages without an AI basis). */
    public List<AiToolCategory> aiTools() {
        return Arrays.stream(AiToolCategory.values()).filter(c -> c.suits(stage)).toList();
    }

    public ReadOnlyObjectProperty<AiToolCategory> aiToolProperty() {
        return aiTool.getReadOnlyProperty();
    }

    public void setAiTool(AiToolCategory value) {
        Production p = production.get();
        if (p != null && value != null && value.suits(stage) && p.stage(stage).aiTool() != value) {
            edits.accept(Edits.changeStage(stage, messages.get("stages.edit.aiTool"), plan -> plan.withAiTool(value)));
        }
    }

    /** AI share of a hybrid stage, in percent. */
    public StageField aiShare() {
        return aiShare;
    }

    public StageField teamSize() {
        return teamSize;
    }

    /** Extra iterations budgeted on the AI work (rule A10), in percent of it. */
    public StageField iterations() {
        return iterations;
    }

    /** True for voice and generation, where AI voices or characters may be based on real performers (R9). */
    public boolean likenessApplies() {
        return LIKENESS_STAGES.contains(stage);
    }

    public ReadOnlyBooleanProperty realPerformersProperty() {
        return realPerformers.getReadOnlyProperty();
    }

    public void setRealPerformers(boolean value) {
        Production p = production.get();
        if (p != null && likenessApplies() && p.stage(stage).realPerformerLikeness() != value) {
            edits.accept(Edits.changeStage(stage, messages.get("stages.edit.realPerformers"),
                    plan -> plan.withRealPerformerLikeness(value)));
        }
    }

    // ---- pay terms (issue 12): how this stage meets its crew, cast, location and equipment costs

    /** The categories this stage can have costs in: all four on the shoot, crew labour elsewhere. */
    public List<PayCategory> payCategories() {
        return stage == StageId.SHOOT ? List.of(PayCategory.values()) : List.of(PayCategory.CREW);
    }

    /** The stage's own term for a category, or null when it follows the production's pay model. */
    public ReadOnlyObjectProperty<PayTerm> payTermProperty(PayCategory category) {
        return payTerms.get(category).getReadOnlyProperty();
    }

    /** "As the pay model (in kind)": the choice that follows the production's preset. */
    public ReadOnlyStringProperty followsPayModelProperty(PayCategory category) {
        return followsPayModel.get(category).getReadOnlyProperty();
    }

    /** Sets the stage's own term for a category (an undoable edit); null follows the pay model again. */
    public void setPayTerm(PayCategory category, PayTerm term) {
        Production p = production.get();
        if (p != null && p.stage(stage).payTerms().override(category).orElse(null) != term) {
            edits.accept(Edits.setPayTerm(stage, category, term));
        }
    }

    /** "Cash $300 · deferred $0 · in kind $2,400" for this stage's likely cost, before contingency. */
    public ReadOnlyStringProperty paySplitProperty() {
        return paySplit.getReadOnlyProperty();
    }

    /** The stage's estimated line as shown (with any valid value still being typed), or null before the first. */
    public ReadOnlyObjectProperty<StageLine> lineProperty() {
        return line.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lowProperty() {
        return low.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty likelyProperty() {
        return likely.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty highProperty() {
        return high.getReadOnlyProperty();
    }

    /** Likely calendar days with the stage's team. */
    public ReadOnlyStringProperty daysProperty() {
        return days.getReadOnlyProperty();
    }

    /** True while the figures include a value that is typed but not yet committed. */
    public ReadOnlyBooleanProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The line's items, one per line, each with its arithmetic. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Citations of every source behind the line's rates, in order of first use. */
    public ObservableList<String> sources() {
        return sources;
    }

    /** The benchmarks the line uses, in order of first use. */
    public ObservableList<RateRowModel> rates() {
        return rates;
    }

    /** Shows the committed plan of this stage. */
    void show(Production p) {
        if (p == null) {
            return;
        }
        StagePlan plan = p.stage(stage);
        workflow.set(plan.workflow());
        aiTool.set(plan.aiTool());
        realPerformers.set(plan.realPerformerLikeness());
        for (PayCategory category : PayCategory.values()) {
            payTerms.get(category).set(plan.payTerms().override(category).orElse(null));
            followsPayModel.get(category).set(messages.get("stages.pay.follows",
                    messages.name(p.payModel().term(category))));
        }
        aiShare.show(plan);
        teamSize.show(plan);
        iterations.show(plan);
    }

    /** The production with this stage's valid, not yet committed values applied, for the preview. */
    Production withPending(Production p) {
        List<UnaryOperator<StagePlan>> changes = new ArrayList<>();
        aiShare.pending().ifPresent(changes::add);
        teamSize.pending().ifPresent(changes::add);
        iterations.pending().ifPresent(changes::add);
        if (changes.isEmpty()) {
            return p;
        }
        StagePlan plan = p.stage(stage);
        try {
            for (UnaryOperator<StagePlan> change : changes) {
                plan = change.apply(plan);
            }
            return p.withStage(plan);
        } catch (InvalidInputException e) {
            return p; // each value is valid alone; if together they are not, preview none of them
        }
    }

    /** Shows the estimated line; {@code shownPlan} is the production it was estimated for. */
    void showLine(StageLine l, Production shownPlan, Production committed, BenchmarkLibrary library) {
        java.util.Currency currency = shownPlan.currency();
        line.set(l);
        low.set(formats.money(l.cost().low(), currency));
        likely.set(formats.money(l.cost().likely(), currency));
        high.set(formats.money(l.cost().high(), currency));
        days.set(formats.days(l.calendarDays().likely()));
        PayBreakdown.Split split = PayBreakdown.of(shownPlan, l);
        paySplit.set(messages.get("stages.pay.split", formats.money(split.cash().likely(), currency),
                formats.money(split.deferred().likely(), currency), formats.money(split.inKind().likely(), currency)));
        preview.set(!shownPlan.stage(stage).equals(committed.stage(stage)));
        explanation.set(itemised(l));
        sources.setAll(l.sources().stream().map(StageRowModel::cite).distinct().toList());
        List<RateRowModel> shown = new ArrayList<>();
        for (String id : l.benchmarkIds()) {
            Optional<Benchmark> benchmark = library.benchmark(id);
            if (benchmark.isEmpty()) {
                continue; // a missing rate is a flag of its own; there is no library figure to show or replace
            }
            RateRowModel rate = rateModels.computeIfAbsent(id, k -> new RateRowModel(stage, k, messages, numbers,
                    production, edits));
            StageId where = stage;
            Optional<RateOverride> override = committed.stage(stage).override(id);
            Benchmark b = benchmark.get();
            if (override.isEmpty() && b.stage() != null) {
                where = b.stage();
                override = committed.stage(b.stage()).override(id);
            }
            rate.show(b, override, where, library.sourcesOf(b).stream().map(StageRowModel::cite).toList());
            shown.add(rate);
        }
        if (!shown.equals(rates)) {
            rates.setAll(shown);
        }
    }

    void clearLine() {
        line.set(null);
        for (ReadOnlyStringWrapper w : List.of(low, likely, high, days, explanation, paySplit)) {
            w.set("");
        }
        sources.clear();
        rates.clear();
    }

    private static String cite(Source s) {
        String citation = s.citation();
        return citation.contains(s.title()) ? citation : citation + " \u2014 " + s.title();
    }

    private static String itemised(StageLine line) {
        StringBuilder b = new StringBuilder();
        for (LineItem item : line.items()) {
            if (item.cost().isZero() && item.effortDays().isZero()) {
                continue;
            }
            b.append("\u2022 ").append(item.label()).append(": ").append(item.explanation()).append('\n');
        }
        return b.length() == 0 ? line.explanation() : b.toString().strip();
    }

    /** A percentage typed by the user as the domain's fraction; the range is checked here, in percent. */
    private double percent(String text, String field, int max) {
        String typed = text == null ? "" : text.strip();
        BigDecimal value = numbers.parse(typed).orElseThrow(() -> new InvalidInputException(field,
                messages.get("stages.error.number", stage.id(), messages.get("stages.edit." + field), typed)));
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidInputException(field, messages.get("stages.error.percent", stage.id(),
                    messages.get("stages.edit." + field), max, typed));
        }
        return value.movePointLeft(2).doubleValue();
    }

    private int wholeNumber(String text) {
        String typed = text == null ? "" : text.strip();
        BigDecimal value = numbers.parse(typed).orElseThrow(() -> new InvalidInputException("teamSize",
                messages.get("stages.error.number", stage.id(), messages.get("stages.edit.teamSize"), typed)));
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("teamSize", messages.get("stages.error.wholeNumber", stage.id(),
                    messages.get("stages.edit.teamSize"), typed));
        }
    }
}
