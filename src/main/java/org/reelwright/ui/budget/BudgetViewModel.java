package org.reelwright.ui.budget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.BudgetTopSheet;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.StageLine;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;

/**
 * The budget top sheet of the open production under the chosen scenario (the user's plan by default): the phases
 * with their stage lines and subtotals, then subtotal, contingency and total, and the Monte Carlo P50/P80, all in
 * the production's currency. Recomputed in the background whenever the production or the scenario changes; the
 * newest request wins, so a slow estimate never overwrites a newer one.
 */
public final class BudgetViewModel {
    private final Supplier<Planning> planning;
    private final Messages messages;
    private final Formats formats;
    private final Locale locale;
    private final ReadOnlyObjectProperty<Production> production;
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.CURRENT);
    private final ObservableList<BudgetRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Estimate> estimate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BudgetTopSheet> topSheet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper totalLikely = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalRange = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper p50 = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper p80 = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pertMean = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper contingency = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper aiSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** The request whose answer may still be shown; answers to older requests are dropped. */
    private final LatestOnly latest;

    /**
     * @param production the open production; every change is estimated again
     * @param locale the locale the numbers are written for (the same as {@code formats}')
     */
    public BudgetViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages, Formats formats,
            Locale locale, ReadOnlyObjectProperty<Production> production) {
        this.planning = planning;
        this.latest = new LatestOnly(work);
        this.messages = messages;
        this.formats = formats;
        this.locale = locale;
        this.production = production;
        production.addListener((obs, old, now) -> refresh());
        scenario.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The scenario the sheet shows; setting it recomputes the sheet. */
    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    /** The scenarios the user can choose from, in the order the toolbar shows them. */
    public List<Scenario> scenarios() {
        return List.of(Scenario.values());
    }

    public String scenarioName(Scenario value) {
        return messages.get("budget.scenario." + value.id());
    }

    /** Phase rows each followed by their stage rows, then subtotal, contingency and total. */
    public ObservableList<BudgetRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Estimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BudgetTopSheet> topSheetProperty() {
        return topSheet.getReadOnlyProperty();
    }

    /** The likely total, e.g. "$57,870". */
    /** The headline: P50 of the simulated total ("expected budget"), ADR 0008. */
    public ReadOnlyStringProperty headlineProperty() {
        return totalLikely.getReadOnlyProperty();
    }

    /** The same figure as {@link #headlineProperty()} (the name is kept for existing views and tests). */
    public ReadOnlyStringProperty totalLikelyProperty() {
        return totalLikely.getReadOnlyProperty();
    }

    /** The total's low–high range, as a sentence. */
    public ReadOnlyStringProperty totalRangeProperty() {
        return totalRange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty p50Property() {
        return p50.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty p80Property() {
        return p80.getReadOnlyProperty();
    }

    /** The PERT mean of the total, as a sentence. */
    public ReadOnlyStringProperty pertMeanProperty() {
        return pertMean.getReadOnlyProperty();
    }

    /** The contingency's percentage and likely amount, as a sentence. */
    public ReadOnlyStringProperty contingencyProperty() {
        return contingency.getReadOnlyProperty();
    }

    /** Which currency the sheet is in, e.g. "All figures in US Dollar (USD)". */
    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** How many stages use AI tools and what they cost together. */
    public ReadOnlyStringProperty aiSummaryProperty() {
        return aiSummary.getReadOnlyProperty();
    }

    /** Why the last sheet could not be made (e.g. a missing exchange rate), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void refresh() {
        Production p = production.get();
        Scenario s = scenario.get();
        if (p == null) {
            latest.cancel();
            return;
        }
        latest.run(messages.get("budget.working"), () -> planning.get().estimate(p, s), this::show, e -> error.set(messages.messageOf(e)));
    }

    private void show(Estimate e) {
        BudgetTopSheet sheet = BudgetTopSheet.of(e);
        Currency cur = sheet.currency();
        BigDecimal base = sheet.subtotal().likely();
        List<BudgetRow> list = new ArrayList<>();
        for (BudgetTopSheet.PhaseBlock block : sheet.phases()) {
            list.add(row(BudgetRow.Kind.PHASE, messages.name(block.phase()), block, block.subtotal(), base, cur));
            for (StageLine line : block.lines()) {
                list.add(stageRow(block, line, base, cur));
            }
        }
        list.add(row(BudgetRow.Kind.SUBTOTAL, messages.get("budget.subtotal"), null, sheet.subtotal(), null, cur));
        list.add(row(BudgetRow.Kind.CONTINGENCY, messages.get("budget.contingency",
                percent(sheet.contingencyPercent() / 100)), null, sheet.contingency(), null, cur));
        list.add(row(BudgetRow.Kind.TOTAL, messages.get("budget.total"), null, sheet.total(), null, cur));
        error.set("");
        estimate.set(e);
        topSheet.set(sheet);
        rows.setAll(list);
        // ADR 0008: the card leads with P50 (the headline), the range is P10–P90, and the sum of most-likely
        // values and the PERT mean are details labelled as such.
        totalLikely.set(formats.money(sheet.headline(), cur));
        totalRange.set(messages.get("budget.range", formats.money(sheet.p10(), cur),
                formats.money(sheet.p90(), cur)));
        p50.set(formats.money(e.p50(), cur));
        p80.set(formats.money(e.p80(), cur));
        pertMean.set(messages.get("budget.pertMean", formats.money(e.pertMean(), cur),
                formats.money(sheet.total().likely(), cur)));
        contingency.set(messages.get("budget.contingencyLine", percent(sheet.contingencyPercent() / 100),
                formats.money(sheet.contingency().likely(), cur)));
        currency.set(messages.get("budget.currency", cur.getDisplayName(locale), cur.getCurrencyCode()));
        List<StageLine> ai = e.lines().stream().filter(BudgetViewModel::usesAi).toList();
        BigDecimal aiCost = ai.stream().map(l -> l.cost().likely()).reduce(BigDecimal.ZERO, BigDecimal::add);
        aiSummary.set(ai.isEmpty() ? messages.get("budget.ai.none")
                : messages.get("budget.ai.some", ai.size(), e.lines().size(), formats.money(aiCost, cur),
                        percent(share(aiCost, base))));
    }

    private BudgetRow stageRow(BudgetTopSheet.PhaseBlock block, StageLine line, BigDecimal base, Currency cur) {
        double share = share(line.cost().likely(), base);
        return new BudgetRow(BudgetRow.Kind.STAGE, messages.name(line.stage()), block.phase(), line.stage(),
                line.workflow(), workflowText(line), usesAi(line), line.cost(),
                formats.money(line.cost().low(), cur), formats.money(line.cost().likely(), cur),
                formats.money(line.cost().high(), cur), share, percent(share));
    }

    /**
     * A phase row (with its subtotal) or a closing line.
     *
     * @param base the subtotal a phase's share is taken of; null for the closing lines, which have no share
     */
    private BudgetRow row(BudgetRow.Kind kind, String label, BudgetTopSheet.PhaseBlock block, Range cost,
            BigDecimal base, Currency cur) {
        double share = base == null ? 0 : share(cost.likely(), base);
        return new BudgetRow(kind, label, block == null ? null : block.phase(), null, null, "", false, cost,
                formats.money(cost.low(), cur), formats.money(cost.likely(), cur), formats.money(cost.high(), cur),
                share, base == null ? "" : percent(share));
    }

    /** "Hybrid (50% AI)" for a hybrid, else the workflow's name. */
    private String workflowText(StageLine line) {
        if (line.workflow() == Workflow.HYBRID) {
            return messages.get("budget.hybridShare", messages.name(line.workflow()), percent(line.aiShare()));
        }
        return messages.name(line.workflow());
    }

    /**
     * True when the line's work is (partly) done with AI tools. A stage that can only be AI work but has none to do
     * (generation in an all-traditional plan) is not marked: nothing in it uses AI.
     */
    static boolean usesAi(StageLine line) {
        boolean aiWorkflow = line.workflow() == Workflow.AI || line.workflow() == Workflow.HYBRID;
        return aiWorkflow && !(line.cost().isZero() && line.effortDays().isZero());
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }

    private String percent(double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(fraction != 0 && Math.abs(fraction) < 0.01 ? 1 : 0);
        return format.format(fraction);
    }
}
