package org.reelwright.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.reelwright.estimate.BudgetTopSheet;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Recommender;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.estimate.Severity;
import org.reelwright.estimate.StageLine;
import org.reelwright.schedule.Schedule;
import org.reelwright.schedule.ScheduledStage;
import org.reelwright.schedule.Scheduler;
import org.reelwright.schedule.ShootGroup;

/** Plain-text tables for the terminal; the words come from the CLI bundle. */
final class TextReports {
    private final ResourceBundle words = ResourceBundle.getBundle("org.reelwright.cli.messages");
    private final DecimalFormat money = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    private final DecimalFormat days = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    /** The estimate as a budget top sheet: stages grouped by phase with phase subtotals, then the totals. */
    String estimate(String title, Estimate e) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(words.getString("text.estimateTitle"), title, e.scenario().id(),
                e.currency().getCurrencyCode())).append('\n');
        b.append(String.format("%-24s %-12s %12s %12s %12s %8s%n", words.getString("text.stage"),
                words.getString("text.workflow"), words.getString("text.low"), words.getString("text.likely"),
                words.getString("text.high"), words.getString("text.days")));
        for (BudgetTopSheet.PhaseBlock phase : BudgetTopSheet.of(e).phases()) {
            b.append(words.getString("phase." + phase.phase().id())).append('\n');
            for (StageLine line : phase.lines()) {
                b.append(String.format("  %-22s %-12s %12s %12s %12s %8s%n", line.stage().id(), line.workflow().id(),
                        money(line.cost().low()), money(line.cost().likely()), money(line.cost().high()),
                        days.format(line.calendarDays().likely())));
            }
            row(b, "  " + words.getString("text.phaseSubtotal"), phase.subtotal());
        }
        row(b, words.getString("text.subtotal"), e.subtotal());
        row(b, String.format(words.getString("text.contingency"), days.format(e.contingencyPercent())),
                e.contingency());
        row(b, words.getString("text.total"), e.total());
        b.append(String.format(words.getString("text.percentiles"), money(e.pertMean()), money(e.p50()),
                money(e.p80()))).append('\n');
        flags(b, e.flags());
        return b.toString();
    }

    String recommendation(Recommender.Request request, Recommender.Recommendation r, String currency) {
        StringBuilder b = new StringBuilder('\n' + words.getString("text.recommendation") + '\n');
        for (Recommender.StageAdvice a : r.advice()) {
            b.append(String.format("  %-11s %-12s -> %-12s %s%n", a.stage().id(), a.from().id(), a.to().id(),
                    a.reason()));
        }
        b.append(String.format(words.getString("text.recommendedTotal"), money(r.estimate().pertMean()), currency,
                days.format(r.workingDays()))).append('\n');
        request.budgetCap().ifPresent(cap -> b.append(String.format(words.getString(r.meetsBudget()
                ? "text.meetsBudget" : "text.overBudget"), money(cap), currency)).append('\n'));
        request.deadlineDays().ifPresent(d -> b.append(String.format(words.getString(r.meetsDeadline()
                ? "text.meetsDeadline" : "text.overDeadline"), days.format(d))).append('\n'));
        return b.toString();
    }

    String comparison(String title, ScenarioComparison c) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(words.getString("text.compareTitle"), title, c.current().currency().getCurrencyCode()))
                .append('\n');
        String format = "%-26s %16s %16s %16s%n";
        b.append(String.format(format, "", "current", "traditional", "ai"));
        b.append(String.format(format, words.getString("text.totalLikely"), money(c.current().total().likely()),
                money(c.traditional().total().likely()), money(c.ai().total().likely())));
        b.append(String.format(format, words.getString("text.range"), range(c.current().total()),
                range(c.traditional().total()), range(c.ai().total())));
        b.append(String.format(format, "P50 / P80", money(c.current().p50()) + " / " + money(c.current().p80()),
                money(c.traditional().p50()) + " / " + money(c.traditional().p80()),
                money(c.ai().p50()) + " / " + money(c.ai().p80())));
        b.append(String.format(format, words.getString("text.serialDays"),
                days.format(ScenarioComparison.serialDays(c.current())),
                days.format(ScenarioComparison.serialDays(c.traditional())),
                days.format(ScenarioComparison.serialDays(c.ai()))));
        b.append(String.format(format, words.getString("text.flagCounts"), counts(c.current()),
                counts(c.traditional()), counts(c.ai())));
        b.append('\n').append(words.getString("text.perStage")).append('\n');
        for (ScenarioComparison.StageDelta d : c.deltas()) {
            b.append(String.format("%-11s %-12s %10s %10s %-12s %10s %10s%n", d.stage().id(), d.currentWorkflow().id(),
                    money(d.current()), money(d.traditional()), d.aiWorkflow().id(), money(d.ai()),
                    signed(d.aiVsTraditional())));
        }
        b.append('\n').append(words.getString("text.drivers")).append('\n');
        for (ScenarioComparison.StageDelta d : c.drivers()) {
            b.append("  ").append(d.stage().id()).append(": ").append(signed(d.aiVsTraditional())).append(' ')
                    .append(words.getString("text.vsTraditional")).append(". ").append(d.why()).append('\n');
        }
        return b.toString();
    }

    String schedule(String title, Schedule s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(words.getString("text.scheduleTitle"), title, s.scenario().id(), s.start(), s.finish(),
                s.length())).append('\n');
        b.append(String.format("%-11s %-12s %-11s %-11s %5s %6s  %s%n", words.getString("text.stage"),
                words.getString("text.workflow"), words.getString("text.start"), words.getString("text.finish"),
                words.getString("text.days"), words.getString("text.slack"), ""));
        for (ScheduledStage st : s.stages()) {
            b.append(String.format("%-11s %-12s %-11s %-11s %5d %6d  %s%n", st.stage().id(), st.workflow().id(),
                    st.start(), st.finish(), st.duration(), st.slack(),
                    (st.critical() ? words.getString("text.critical") : "") + (st.usesAi() ? " AI" : "")));
        }
        b.append('\n').append(s.explanation()).append('\n');
        b.append('\n').append(words.getString("text.stripPlan")).append('\n');
        for (ShootGroup g : s.shootGroups()) {
            b.append(String.format(words.getString("text.stripRow"), g.group().location(),
                    words.getString(g.group().night() ? "text.night" : "text.day"), days.format(g.group().pages()),
                    g.group().setups(), days.format(g.days().likely()), String.join(", ", g.group().scenes())))
                    .append('\n');
        }
        return b.toString();
    }

    String schedules(String title, List<Schedule> all) {
        StringBuilder b = new StringBuilder(String.format(words.getString("text.schedulesTitle"), title) + "\n");
        for (Schedule s : all) {
            b.append(String.format("%-12s %s → %s  %4d %s%n", s.scenario().id(), s.start(), s.finish(), s.length(),
                    words.getString("text.workingDays")));
            b.append("  ").append(words.getString("text.criticalPath")).append(' ')
                    .append(String.join(" → ", s.criticalPath().stream().map(id -> id.id()).toList())).append('\n');
            if (s != all.get(0)) {
                b.append("  ").append(words.getString("text.movers")).append(' ').append(String.join(", ",
                        Scheduler.stagesThatMoveTheFinish(all.get(0), s).stream().map(id -> id.id()).toList()))
                        .append('\n');
            }
        }
        return b.toString();
    }

    private void flags(StringBuilder b, List<RiskFlag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        b.append('\n').append(words.getString("text.flags")).append('\n');
        for (RiskFlag f : flags) {
            b.append(String.format("  %-6s %-24s %s: %s [%s]%n", f.severity().id(), f.code().id(), f.subject(),
                    f.message(), f.source()));
        }
    }

    private void row(StringBuilder b, String label, Range r) {
        b.append(String.format("%-37s %12s %12s %12s%n", label, money(r.low()), money(r.likely()), money(r.high())));
    }

    private String counts(Estimate e) {
        return e.flagCount(Severity.HIGH) + "/" + e.flagCount(Severity.MEDIUM) + "/" + e.flagCount(Severity.LOW) + "/"
                + e.flagCount(Severity.INFO);
    }

    private String range(Range r) {
        return money(r.low()) + "–" + money(r.high());
    }

    private String money(BigDecimal value) {
        return money.format(value.setScale(0, RoundingMode.HALF_EVEN));
    }

    private String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + money(value);
    }
}
