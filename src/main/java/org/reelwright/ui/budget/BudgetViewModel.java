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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.StageLine;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.common.PayText;

/**
 * The budget top sheet of the open production under the chosen scenario (the user's plan by default): the phases
 * with their stage lines and subtotals, then subtotal, contingency and total, and the Monte Carlo P50/P80, all in
 * the production's currency. When some pay is deferred or in kind, the sheet leads with the cash needed (P50 and P80
 * of the cash lines), then deferred and in-kind value, and every row shows its cash; when everything is paid, one
 * brief line says that all of it is cash ({@link PayText}). Recomputed in the background whenever the production or the scenario changes; the
 * newest request wins, so a slow estimate never overwrites a newer one.
 */
public final class BudgetViewModel {
    private final Supplier<Planning> planning;
    private final Messages messages;
    private final Formats formats;
    private final PayText payText;
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
    private final ReadOnlyObjectWrapper<PayBreakdown> pay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper cashSplit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper cashNeeded = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cashSafe = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper payRest = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper payModel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper allCash = new ReadOnlyStringWrapper("");
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
        this.payText = new PayText(messages, formats);
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

    /** The sheet's split into cash, deferred and in kind under the production's pay terms. */
    public ReadOnlyObjectProperty<PayBreakdown> payProperty() {
        return pay.getReadOnlyProperty();
    }

    /**
     * True when some pay is deferred or in kind: the sheet then leads with the cash needed and shows a cash column;
     * false when cash is the whole budget ({@link #allCashProperty()} says so).
     */
    public ReadOnlyBooleanProperty cashSplitProperty() {
        return cashSplit.getReadOnlyProperty();
    }

    /** The cash needed at P50, e.g. "$3,900"; empty when {@link #cashSplitProperty()} is false. */
    public ReadOnlyStringProperty cashNeededProperty() {
        return cashNeeded.getReadOnlyProperty();
    }

    /** "Safe cash budget (P80) $4,600"; empty when {@link #cashSplitProperty()} is false. */
    public ReadOnlyStringProperty cashSafeProperty() {
        return cashSafe.getReadOnlyProperty();
    }

    /** "Then deferred … and in kind … (likely, contingency included)"; empty when all of it is cash. */
    public ReadOnlyStringProperty payRestProperty() {
        return payRest.getReadOnlyProperty();
    }

    /** "Pay model: No budget". */
    public ReadOnlyStringProperty payModelProperty() {
        return payModel.getReadOnlyProperty();
    }

    /** "All cash (Everyone paid): nothing deferred or in kind" when all of it is cash, else empty. */
    public ReadOnlyStringProperty allCashProperty() {
        return allCash.getReadOnlyProperty();
    }

    private void refresh() {
        Production p = production.get();
        Scenario s = scenario.get();
        if (p == null) {
            latest.cancel();
            return;
        }
        latest.run(messages.get("budget.working"), () -> {
            Estimate e = planning.get().estimate(p, s);
            return new Sheet(e, PayBreakdown.of(p, e));
        }, this::show, e -> error.set(messages.messageOf(e)));
    }

    /** An estimate and its pay split, made together off the FX thread. */
    private record Sheet(Estimate estimate, PayBreakdown pay) {
    }

    private void show(Sheet result) {
        Estimate e = result.estimate();
        PayBreakdown split = result.pay();
        BudgetTopSheet sheet = BudgetTopSheet.of(e);
        Currency cur = sheet.currency();
        BigDecimal base = sheet.subtotal().likely();
        boolean showCash = split.hasNonCash();
        List<BudgetRow> list = new ArrayList<>();
        for (BudgetTopSheet.PhaseBlock block : sheet.phases()) {
            PayBreakdown.Split phase = block.lines().stream().map(l -> split.stage(l.stage()))
                    .reduce(PayBreakdown.Split.ZERO, PayBreakdown.Split::plus);
            list.add(row(BudgetRow.Kind.PHASE, messages.name(block.phase()), block, block.subtotal(), base, cur,
                    showCash ? phase : null));
            for (StageLine line : block.lines()) {
                list.add(stageRow(block, line, base, cur, showCash ? split.stage(line.stage()) : null));
            }
        }
        list.add(row(BudgetRow.Kind.SUBTOTAL, messages.get("budget.subtotal"), null, sheet.subtotal(), null, cur,
                showCash ? split.subtotal() : null));
        list.add(row(BudgetRow.Kind.CONTINGENCY, messages.get("budget.contingency",
                percent(sheet.contingencyPercent() / 100)), null, sheet.contingency(), null, cur,
                showCash ? split.contingency() : null));
        list.add(row(BudgetRow.Kind.TOTAL, messages.get("budget.total"), null, sheet.total(), null, cur,
                showCash ? split.total() : null));
        error.set("");
        estimate.set(e);
        topSheet.set(sheet);
        pay.set(split);
        // Issue 12: cash needed first (P50, then P80 of the cash lines), then deferred and in-kind value; a plan
        // with nothing deferred or in kind gets one brief line instead, as its cash is the whole budget.
        cashSplit.set(showCash);
        cashNeeded.set(showCash ? payText.cashP50(split, cur) : "");
        cashSafe.set(showCash ? payText.cashSafe(split, cur) : "");
        payRest.set(showCash ? payText.rest(split, cur) : "");
        payModel.set(payText.model(split.payModel()));
        allCash.set(showCash ? "" : payText.allCash(split.payModel()));
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

    /** @param pay the stage's split, or null when nothing in the plan is deferred or in kind */
    private BudgetRow stageRow(BudgetTopSheet.PhaseBlock block, StageLine line, BigDecimal base, Currency cur,
            PayBreakdown.Split pay) {
        double share = share(line.cost().likely(), base);
        return new BudgetRow(BudgetRow.Kind.STAGE, messages.name(line.stage()), block.phase(), line.stage(),
                line.workflow(), workflowText(line), usesAi(line), line.cost(),
                formats.money(line.cost().low(), cur), formats.money(line.cost().likely(), cur),
                formats.money(line.cost().high(), cur), share, percent(share), cash(pay, cur), detail(pay, cur));
    }

    private String cash(PayBreakdown.Split pay, Currency cur) {
        return pay == null ? "" : formats.money(pay.cash().likely(), cur);
    }

    /** The split as a sentence, for a row that has deferred or in-kind parts. */
    private String detail(PayBreakdown.Split pay, Currency cur) {
        return pay == null || pay.deferred().isZero() && pay.inKind().isZero() ? "" : payText.split(pay, cur);
    }

    /**
     * A phase row (with its subtotal) or a closing line.
     *
     * @param base the subtotal a phase's share is taken of; null for the closing lines, which have no share
     * @param pay the row's split, or null when nothing in the plan is deferred or in kind
     */
    private BudgetRow row(BudgetRow.Kind kind, String label, BudgetTopSheet.PhaseBlock block, Range cost,
            BigDecimal base, Currency cur, PayBreakdown.Split pay) {
        double share = base == null ? 0 : share(cost.likely(), base);
        return new BudgetRow(kind, label, block == null ? null : block.phase(), null, null, "", false, cost,
                formats.money(cost.low(), cur), formats.money(cost.likely(), cur), formats.money(cost.high(), cur),
                share, base == null ? "" : percent(share), cash(pay, cur), detail(pay, cur));
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
