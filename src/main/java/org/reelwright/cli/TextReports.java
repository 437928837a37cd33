package org.reelwright.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.reelwright.estimate.BudgetTopSheet;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.PayBreakdown;
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

/**
 * Plain-text tables for the terminal, in one language: the words come from the CLI bundle for the locale, money
 * carries the production's currency symbol as the locale writes it, dates are the locale's medium style
 * ("Mar 1, 2027", "2027年3月1日"). Columns are padded by display width, so Chinese names line up too. Text from the
 * production (title, locations, scene numbers, flags' subjects) is escaped by {@link TerminalText} before it is
 * padded, so a control character in it shows as an escape and the columns still line up.
 */
final class TextReports {
    private final Locale locale;
    private final ResourceBundle words;
    private final NumberFormat days;
    private final DateTimeFormatter dates;

    TextReports(Locale locale) {
        this.locale = locale;
        this.words = Cli.bundle(locale);
        this.days = NumberFormat.getNumberInstance(locale);
        days.setMinimumFractionDigits(1);
        days.setMaximumFractionDigits(1);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /**
     * The estimate as a budget top sheet: first the cash needed under the production's pay model (P50 and P80 of the
     * cash lines, then deferred and in-kind value; one line saying all of it is cash when nothing is deferred or in
     * kind), then the stages grouped by phase with phase subtotals, then the totals.
     */
    String estimate(String title, Estimate e, PayBreakdown pay) {
        Currency c = e.currency();
        StringBuilder b = new StringBuilder();
        b.append(text("text.estimateTitle", TerminalText.line(title), word("scenario.", e.scenario().id()),
                c.getCurrencyCode()))
                .append('\n');
        String model = word("payModel.", pay.payModel().id());
        b.append(pay.hasNonCash() ? text("text.cash", money(pay.cashP50(), c), money(pay.cashP80(), c),
                money(pay.total().deferred().likely(), c), money(pay.total().inKind().likely(), c), model)
                : text("text.allCash", model)).append("\n\n");
        b.append(left(text("text.stage"), 24)).append(' ').append(left(text("text.workflow"), 12)).append(' ')
                .append(right(text("text.low"), 12)).append(' ').append(right(text("text.likely"), 12)).append(' ')
                .append(right(text("text.high"), 12)).append(' ').append(right(text("text.days"), 8)).append('\n');
        for (BudgetTopSheet.PhaseBlock phase : BudgetTopSheet.of(e).phases()) {
            b.append(text("phase." + phase.phase().id())).append('\n');
            for (StageLine line : phase.lines()) {
                b.append("  ").append(left(word("stage.", line.stage().id()), 22)).append(' ')
                        .append(left(word("workflow.", line.workflow().id()), 12)).append(' ')
                        .append(right(money(line.cost().low(), c), 12)).append(' ')
                        .append(right(money(line.cost().likely(), c), 12)).append(' ')
                        .append(right(money(line.cost().high(), c), 12)).append(' ')
                        .append(right(days.format(line.calendarDays().likely()), 8)).append('\n');
            }
            row(b, "  " + text("text.phaseSubtotal"), phase.subtotal(), c);
        }
        row(b, text("text.subtotal"), e.subtotal(), c);
        row(b, text("text.contingency", days.format(e.contingencyPercent())), e.contingency(), c);
        row(b, text("text.total"), e.total(), c);
        // ADR 0008: the headline is P50, then the safe budget (P80) and the range P10–P90 from the simulation.
        b.append(text("text.headline", money(e.headline(), c), money(e.p80(), c), money(e.p10(), c),
                money(e.p90(), c))).append('\n');
        b.append(text("text.percentiles", money(e.pertMean(), c), money(e.total().likely(), c))).append('\n');
        flags(b, e.flags());
        return b.toString();
    }

    String recommendation(Recommender.Request request, Recommender.Recommendation r, Currency c) {
        StringBuilder b = new StringBuilder("\n" + text("text.recommendation") + '\n');
        for (Recommender.StageAdvice a : r.advice()) {
            b.append("  ").append(left(word("stage.", a.stage().id()), 11)).append(' ')
                    .append(left(word("workflow.", a.from().id()), 12)).append(" -> ")
                    .append(left(word("workflow.", a.to().id()), 12)).append(' ').append(TerminalText.line(a.reason()))
                    .append('\n');
        }
        b.append(text("text.recommendedTotal", money(r.headline(), c), r.workingDays())).append('\n');
        request.budgetCap().ifPresent(cap -> b.append(text(r.meetsBudget() ? "text.meetsBudget" : "text.overBudget",
                money(cap, c))).append('\n'));
        request.deadlineDays().ifPresent(d -> b.append(text(r.meetsDeadline() ? "text.meetsDeadline"
                : "text.overDeadline", d)).append('\n'));
        return b.toString();
    }

    String comparison(String title, ScenarioComparison comparison) {
        Currency c = comparison.current().currency();
        StringBuilder b = new StringBuilder();
        b.append(text("text.compareTitle", TerminalText.line(title), c.getCurrencyCode())).append('\n');
        List<Estimate> all = comparison.all();
        // Rows first, so the label column is as wide as its longest label in this language.
        java.util.Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        rows.put("", all.stream().map(e -> word("scenario.", e.scenario().id())).toList());
        rows.put(text("text.expected"), all.stream().map(e -> money(e.headline(), c)).toList());
        rows.put(text("text.safe"), all.stream().map(e -> money(e.p80(), c)).toList());
        rows.put(text("text.range"), all.stream().map(e -> money(e.p10(), c) + "–" + money(e.p90(), c)).toList());
        rows.put(text("text.totalLikely"), all.stream().map(e -> money(e.total().likely(), c)).toList());
        rows.put(text("text.serialDays"), all.stream().map(e -> days.format(ScenarioComparison.serialDays(e)))
                .toList());
        rows.put(text("text.flagCounts"), all.stream().map(this::counts).toList());
        int labelWidth = rows.keySet().stream().mapToInt(TextReports::displayWidth).max().orElse(0);
        rows.forEach((label, cells) -> compareRow(b, label, cells, labelWidth));
        b.append('\n').append(text("text.perStage")).append('\n');
        for (ScenarioComparison.StageDelta d : comparison.deltas()) {
            b.append(left(word("stage.", d.stage().id()), 11)).append(' ')
                    .append(left(word("workflow.", d.currentWorkflow().id()), 12)).append(' ')
                    .append(right(money(d.current(), c), 12)).append(' ')
                    .append(right(money(d.traditional(), c), 12)).append(' ')
                    .append(left(word("workflow.", d.aiWorkflow().id()), 12)).append(' ')
                    .append(right(money(d.ai(), c), 12)).append(' ')
                    .append(right(signed(d.aiVsTraditional(), c), 12)).append('\n');
        }
        b.append('\n').append(text("text.drivers")).append('\n');
        for (ScenarioComparison.StageDelta d : comparison.drivers()) {
            b.append("  ").append(text("text.driver", word("stage.", d.stage().id()), signed(d.aiVsTraditional(), c),
                    TerminalText.line(d.why()))).append('\n');
        }
        return b.toString();
    }

    String schedule(String title, Schedule s) {
        StringBuilder b = new StringBuilder();
        b.append(text("text.scheduleTitle", TerminalText.line(title), word("scenario.", s.scenario().id()),
                dates.format(s.start()),
                dates.format(s.finish()), s.length())).append('\n');
        b.append(left(text("text.stage"), 14)).append(' ').append(left(text("text.workflow"), 12)).append(' ')
                .append(left(text("text.start"), 14)).append(' ').append(left(text("text.finish"), 14)).append(' ')
                .append(right(text("text.days"), 5)).append(' ').append(right(text("text.slack"), 6)).append('\n');
        for (ScheduledStage st : s.stages()) {
            String note = (st.critical() ? text("text.critical") : "") + (st.usesAi() ? " " + text("text.ai") : "");
            b.append(left(word("stage.", st.stage().id()), 14)).append(' ')
                    .append(left(word("workflow.", st.workflow().id()), 12)).append(' ')
                    .append(left(dates.format(st.start()), 14)).append(' ')
                    .append(left(dates.format(st.finish()), 14)).append(' ')
                    .append(right(Integer.toString(st.duration()), 5)).append(' ')
                    .append(right(Integer.toString(st.slack()), 6)).append("  ").append(note.strip()).append('\n');
        }
        b.append('\n').append(TerminalText.lines(s.explanation())).append('\n');
        b.append('\n').append(text("text.stripPlan")).append('\n');
        for (ShootGroup g : s.shootGroups()) {
            b.append("  ").append(left(TerminalText.line(g.group().location()), 30)).append(' ')
                    .append(left(text(g.group().night() ? "text.night" : "text.day"), 5)).append(' ')
                    .append(text("text.stripCounts", g.group().pages(), g.group().setups(), g.days().likely(),
                            TerminalText.line(String.join(", ", g.group().scenes())), org.reelwright.domain.Eighths.ofPages(
                                    g.group().pages()))).append('\n');
        }
        return b.toString();
    }

    /** The shoot day by day: each day's strips, then the day-out-of-days' totals per performer. */
    String shootingSchedule(String title, org.reelwright.schedule.ShootingSchedule s,
            org.reelwright.estimate.DayOutOfDays dood) {
        StringBuilder b = new StringBuilder();
        b.append(text(s.arranged() ? "text.shootArranged" : "text.shootAutomatic", TerminalText.line(title),
                s.dayCount(), s.companyMoves())).append('\n');
        for (org.reelwright.schedule.ShootDay d : s.days()) {
            b.append(text("text.shootDay", d.number(), dates.format(d.date()),
                    org.reelwright.domain.Eighths.format(d.eighths()), d.setups(), d.eighths() == 8 ? 1 : 2));
            if (d.overFull()) {
                b.append("  ").append(text("text.overFull"));
            }
            if (!d.unavailableCast().isEmpty()) {
                b.append("  ").append(text("text.unavailableCast", d.unavailableCast().toString()));
            }
            if (!d.unavailableLocations().isEmpty()) {
                b.append("  ").append(text("text.unavailableLocation",
                        TerminalText.line(String.join(", ", d.unavailableLocations()))));
            }
            b.append('\n');
            for (org.reelwright.schedule.Strip strip : d.strips()) {
                String heading = new org.reelwright.domain.SceneHeading(strip.intExt(), strip.location(),
                        strip.timeOfDay()).text();
                b.append("  ").append(left(TerminalText.line(strip.number()), 6)).append(' ')
                        .append(left(TerminalText.line(heading), 44)).append(' ')
                        .append(right(org.reelwright.domain.Eighths.format(strip.eighths()), 6)).append("  ")
                        .append(strip.castNumbers().isEmpty() ? "" : text("text.castIds", strip.castNumbers()
                                .stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))))
                        .append('\n');
            }
        }
        b.append('\n').append(text("text.doodTitle")).append('\n');
        for (org.reelwright.estimate.DayOutOfDays.Row r : dood.rows()) {
            String who = r.castNumber() == 0 ? TerminalText.line(r.name()) + " " + text("text.uncast")
                    : r.castNumber() + ". " + TerminalText.line(r.name());
            b.append("  ").append(left(who, 28)).append(' ').append(text("text.doodRow", r.workDays(), r.holdDays(),
                    r.travelDays(), r.paidDays())).append('\n');
        }
        b.append("  ").append(left(text("text.doodTotal"), 28)).append(' ').append(text("text.doodRow",
                dood.rows().stream().mapToInt(org.reelwright.estimate.DayOutOfDays.Row::workDays).sum(),
                dood.rows().stream().mapToInt(org.reelwright.estimate.DayOutOfDays.Row::holdDays).sum(),
                dood.rows().stream().mapToInt(org.reelwright.estimate.DayOutOfDays.Row::travelDays).sum(),
                dood.paidDays())).append('\n');
        return b.toString();
    }

    String schedules(String title, List<Schedule> all) {
        StringBuilder b = new StringBuilder(text("text.schedulesTitle", TerminalText.line(title)) + "\n");
        for (Schedule s : all) {
            b.append(left(word("scenario.", s.scenario().id()), 12)).append(' ')
                    .append(text("text.scheduleLine", dates.format(s.start()), dates.format(s.finish()), s.length()))
                    .append('\n');
            b.append("  ").append(text("text.criticalPath")).append(' ').append(String.join(" → ",
                    s.criticalPath().stream().map(id -> word("stage.", id.id())).toList())).append('\n');
            if (s != all.get(0)) {
                b.append("  ").append(text("text.movers")).append(' ').append(String.join(", ",
                        Scheduler.stagesThatMoveTheFinish(all.get(0), s).stream().map(id -> word("stage.", id.id()))
                                .toList())).append('\n');
            }
        }
        return b.toString();
    }

    private void flags(StringBuilder b, List<RiskFlag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        b.append('\n').append(text("text.flags")).append('\n');
        for (RiskFlag f : flags) {
            b.append("  ").append(left(word("severity.", f.severity().id()), 6)).append(' ')
                    .append(left(f.code().id(), 24)).append(' ')
                    .append(text("text.flag", TerminalText.line(f.subject()), TerminalText.line(f.message()),
                            TerminalText.line(f.source()))).append('\n');
        }
    }

    private void row(StringBuilder b, String label, Range r, Currency c) {
        b.append(left(label, 37)).append(' ').append(right(money(r.low(), c), 12)).append(' ')
                .append(right(money(r.likely(), c), 12)).append(' ').append(right(money(r.high(), c), 12))
                .append('\n');
    }

    private void compareRow(StringBuilder b, String label, List<String> cells, int labelWidth) {
        b.append(left(label, labelWidth));
        for (String cell : cells) {
            b.append(' ').append(right(cell, 22));
        }
        b.append('\n');
    }

    private String counts(Estimate e) {
        return e.flagCount(Severity.HIGH) + "/" + e.flagCount(Severity.MEDIUM) + "/" + e.flagCount(Severity.LOW) + "/"
                + e.flagCount(Severity.INFO);
    }

    private String range(Range r, Currency c) {
        return money(r.low(), c) + "–" + money(r.high(), c);
    }

    /** Whole units of the production's currency with its symbol as the reader's locale writes it ($, ¥, CN¥). */
    private String money(BigDecimal value, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(value.setScale(0, RoundingMode.HALF_EVEN));
    }

    private String signed(BigDecimal value, Currency currency) {
        return (value.signum() > 0 ? "+" : "") + money(value, currency);
    }

    private String text(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A stage, workflow, scenario or severity by name, e.g. {@code word("stage.", "vfx")}. */
    private String word(String prefix, String id) {
        return words.getString(prefix + id);
    }

    private static String left(String text, int width) {
        return text + " ".repeat(Math.max(0, width - displayWidth(text)));
    }

    private static String right(String text, int width) {
        return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
    }

    /** Columns a terminal gives the text: two for each wide (Han, kana, Hangul, full-width) character. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                    || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                    || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD);
            width += wide ? 2 : 1;
        }
        return width;
    }
}
