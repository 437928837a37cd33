package org.reelwright.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.benchmark.Confidence;
import org.reelwright.benchmark.Source;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.BudgetTopSheet;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.LineItem;
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Rate;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.estimate.Severity;
import org.reelwright.estimate.StageLine;
import org.reelwright.report.Block.Align;
import org.reelwright.report.Block.Column;
import org.reelwright.report.Block.Fact;
import org.reelwright.report.Block.Facts;
import org.reelwright.report.Block.Heading;
import org.reelwright.report.Block.Paragraph;
import org.reelwright.report.Block.Row;
import org.reelwright.report.Block.RowKind;
import org.reelwright.report.Block.Table;
import org.reelwright.report.Block.TextStyle;
import org.reelwright.report.gantt.GanttLabels;
import org.reelwright.report.gantt.GanttLayout;
import org.reelwright.report.gantt.GanttOptions;
import org.reelwright.report.gantt.TickUnit;
import org.reelwright.report.gantt.Zoom;
import org.reelwright.schedule.Schedule;
import org.reelwright.schedule.ScheduledStage;
import org.reelwright.schedule.ShootGroup;

/**
 * Builds the production plan (PRODUCT.md M8): cover, summary, stage plan, budget top sheet, schedule with its Gantt,
 * scene breakdown and shot list, risks and disclosure notes, and the assumptions and sources behind every figure.
 * The summary and the budget lead with the cash needed under the production's pay model (P50, then P80 of the cash
 * lines), then deferred and in-kind value (issue 12); when nothing is deferred or in kind one fact says so.
 * Words come from {@code org.reelwright.report.messages}; numbers and dates are formatted for the locale.
 */
public final class PlanBuilder {
    private final ResourceBundle words;
    private final Locale locale;
    private final DateTimeFormatter dates;

    public PlanBuilder(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("org.reelwright.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The whole plan, or only the chosen sections (in their usual order). */
    public PlanDocument build(PlanInput input, Set<PlanSection> chosen, String author) {
        Production p = input.production();
        Set<PlanSection> sections = chosen.isEmpty() ? EnumSet.allOf(PlanSection.class) : EnumSet.copyOf(chosen);
        List<Section> built = new ArrayList<>();
        for (PlanSection section : sections) {
            built.add(switch (section) {
                case COVER -> cover(input, author);
                case SUMMARY -> summary(input);
                case STAGES -> stages(input);
                case BUDGET -> budget(input);
                case SCHEDULE -> schedule(input);
                case SCENES -> scenes(input);
                case RISKS -> risks(input);
                case DISCLOSURE -> disclosure(input);
                case SOURCES -> sources(input);
            });
        }
        String scenario = name(input.estimate().scenario());
        return new PlanDocument(p.title(), author, text("document.subject", scenario),
                text("document.header", p.title(), scenario), text("document.page"), built);
    }

    /** The sections of the short plan, for a first meeting: summary, budget top sheet and schedule. */
    public static final Set<PlanSection> SHORT_PLAN = Set.copyOf(EnumSet.of(PlanSection.SUMMARY, PlanSection.BUDGET,
            PlanSection.SCHEDULE));

    /**
     * The short plan (2–4 pages): the title and logline above the summary instead of a cover, the budget top sheet,
     * and the schedule's Gantt and stage dates without the strip plan, whose length grows with the locations.
     */
    public PlanDocument buildShort(PlanInput input, String author) {
        Production p = input.production();
        Section summary = summary(input);
        // The production's title heads the first page (there is no cover); "Summary" follows as a sub-heading.
        List<Block> head = new ArrayList<>();
        if (!p.logline().isBlank()) {
            head.add(new Paragraph(p.logline(), TextStyle.EMPHASIS));
        }
        head.add(new Paragraph(text("short.prepared", name(input.estimate().scenario()), dates.format(input.today()),
                author), TextStyle.MUTED));
        head.add(new Heading(summary.title(), 2));
        // The three most severe risks are enough for a first meeting, and keep the summary on one page on Letter.
        List<Block> facts = summary.blocks();
        int risks = facts.indexOf(new Heading(text("summary.topRisks"), 2));
        head.addAll(risks < 0 ? facts : facts.subList(0, Math.min(facts.size(), risks + 4)));
        Section schedule = schedule(input);
        // The schedule's explanation is already in the summary; the strip plan grows with the locations.
        List<Block> dates = new ArrayList<>(schedule.blocks().subList(1, schedule.blocks().size()));
        int strips = dates.indexOf(new Heading(text("schedule.strips"), 2));
        List<Block> kept = new ArrayList<>(strips < 0 ? dates : dates.subList(0, strips));
        if (input.shooting() != null && input.shooting().arranged()) {
            // The shoot stage's days above already come from the board; say so, with the board's own count.
            kept.add(new Paragraph(text("short.board", input.shooting().dayCount()), TextStyle.BODY));
        }
        List<Section> built = List.of(new Section(PlanSection.SUMMARY, p.title(), head, true), budget(input),
                new Section(PlanSection.SCHEDULE, schedule.title(), kept, true));
        String scenario = name(input.estimate().scenario());
        return new PlanDocument(p.title(), author, text("document.shortSubject", scenario),
                text("document.shortHeader", p.title(), scenario), text("document.page"), built);
    }

    private Section cover(PlanInput in, String author) {
        Production p = in.production();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(p.title(), 1));
        // The writer under the title, as on the script's own title page; a funder looks for whose script it is.
        if (!p.author().isBlank()) {
            blocks.add(new Paragraph(p.draftDate().isBlank() ? text("cover.writtenBy", p.author())
                    : text("cover.writtenByDraft", p.author(), p.draftDate()), TextStyle.BODY));
        } else if (!p.draftDate().isBlank()) {
            blocks.add(new Paragraph(text("cover.draft", p.draftDate()), TextStyle.BODY));
        }
        if (!p.logline().isBlank()) {
            blocks.add(new Paragraph(p.logline(), TextStyle.EMPHASIS));
        }
        int eighths = p.scenes().stream().mapToInt(Scene::lengthEighths).sum();
        blocks.add(new Facts(List.of(
                new Fact(text("fact.scenario"), name(in.estimate().scenario())),
                new Fact(text("fact.genre"), name(p.genre()) + " · " + name(p.visualStyle())),
                new Fact(text("fact.runtime"), text("fact.runtimeValue", p.targetRuntimeMinutes())),
                new Fact(text("fact.size"), text("fact.sizeValue", p.scenes().size(), p.shotCount(), pages(eighths),
                        eighths / 8.0)),
                new Fact(text("fact.start"), dates.format(p.startDate())),
                new Fact(text("fact.currency"), p.currency().getCurrencyCode()),
                new Fact(text("fact.prepared"), dates.format(in.today())),
                new Fact(text("fact.preparedBy"), author))));
        return new Section(PlanSection.COVER, text("section.cover"), blocks, false);
    }

    private Section summary(PlanInput in) {
        Estimate e = in.estimate();
        Currency c = e.currency();
        Schedule s = in.schedule();
        PayBreakdown pay = PayBreakdown.of(in.production(), e);
        List<Block> blocks = new ArrayList<>();
        List<Fact> facts = new ArrayList<>(payFacts(pay, c));
        facts.addAll(List.of(
                // ADR 0008: the headline is P50, then the safe budget (P80) and the range P10–P90; the sum of
                // most-likely values is a labelled detail.
                new Fact(text("fact.total"), money(e.headline(), c)),
                new Fact(text("fact.safe"), money(e.p80(), c)),
                new Fact(text("fact.range"), money(e.p10(), c) + " – " + money(e.p90(), c)),
                new Fact(text("fact.percentiles"), text("fact.percentilesValue", money(e.total().likely(), c),
                        money(e.pertMean(), c))),
                new Fact(text("fact.contingency"), text("fact.contingencyValue", number(e.contingencyPercent()))),
                new Fact(text("fact.length"), text("fact.lengthValue", s.length(), dates.format(s.start()),
                        dates.format(s.finish())))));
        blocks.add(new Facts(facts));
        blocks.add(new Heading(text("summary.scenarios"), 2));
        // With deferred or in-kind pay, each scenario's cash (P50) comes right after its expected budget.
        // The other columns give it room, so that the flag counts still fit on one line.
        boolean cash = pay.hasNonCash();
        List<Column> columns = new ArrayList<>(List.of(new Column(text("column.scenario"), cash ? 1.6 : 2.2,
                Align.LEFT), new Column(text("column.headline"), cash ? 1.1 : 1.2, Align.RIGHT)));
        if (cash) {
            columns.add(new Column(text("column.cashP50"), 1.1, Align.RIGHT));
        }
        columns.addAll(List.of(new Column(text("column.range"), cash ? 1.8 : 2, Align.RIGHT),
                new Column(text("column.p80"), cash ? 1 : 1.2, Align.RIGHT), new Column(text("column.flags"),
                        cash ? 2.5 : 1.6, Align.RIGHT)));
        List<Row> rows = new ArrayList<>();
        for (Estimate each : in.comparison().all()) {
            List<String> cells = new ArrayList<>(List.of(name(each.scenario()), money(each.headline(), c)));
            if (cash) {
                cells.add(money(each == e ? pay.cashP50() : PayBreakdown.of(in.production(), each).cashP50(), c));
            }
            cells.addAll(List.of(money(each.p10(), c) + " – " + money(each.p90(), c), money(each.p80(), c),
                    text("flagCounts", each.flagCount(Severity.HIGH), each.flagCount(Severity.MEDIUM),
                            each.flagCount(Severity.LOW))));
            rows.add(new Row(cells, each.scenario() == e.scenario() ? RowKind.SUBTOTAL : RowKind.NORMAL));
        }
        blocks.add(new Table(columns, rows));
        List<String> drivers = in.comparison().drivers().stream().map(d -> text("summary.driver", name(d.stage()),
                signed(d.aiVsTraditional(), c))).toList();
        if (!drivers.isEmpty()) {
            blocks.add(new Paragraph(text("summary.drivers", String.join("; ", drivers)), TextStyle.BODY));
        }
        blocks.add(new Paragraph(s.explanation(), TextStyle.BODY));
        List<RiskFlag> top = e.flags().stream().sorted(Comparator.comparing(RiskFlag::severity).reversed()).limit(5)
                .toList();
        if (!top.isEmpty()) {
            blocks.add(new Heading(text("summary.topRisks"), 2));
            for (RiskFlag f : top) {
                blocks.add(new Paragraph(name(f.severity()) + " — " + subject(f, in.production()) + ": " + f.message(),
                        f.severity() == Severity.HIGH ? TextStyle.WARNING : TextStyle.BODY));
            }
        }
        return new Section(PlanSection.SUMMARY, text("section.summary"), blocks, true);
    }

    private Section stages(PlanInput in) {
        Currency c = in.estimate().currency();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text("stages.intro"), TextStyle.MUTED));
        List<Column> columns = List.of(new Column(text("column.stage"), 2, Align.LEFT),
                new Column(text("column.workflow"), 1.4, Align.LEFT), new Column(text("column.low"), 1.1, Align.RIGHT),
                new Column(text("column.likely"), 1.1, Align.RIGHT), new Column(text("column.high"), 1.1, Align.RIGHT),
                new Column(text("column.days"), 0.8, Align.RIGHT));
        List<Row> rows = new ArrayList<>();
        for (StageLine line : in.estimate().lines()) {
            boolean ai = line.aiShare() > 0;
            rows.add(new Row(List.of(name(line.stage()), workflow(line), money(line.cost().low(), c),
                    money(line.cost().likely(), c), money(line.cost().high(), c),
                    days(line.calendarDays().likely())), ai ? RowKind.AI : RowKind.NORMAL));
        }
        blocks.add(new Table(columns, rows));
        for (StageLine line : in.estimate().lines()) {
            blocks.add(new Heading(name(line.stage()) + " — " + workflow(line) + " — " + money(line.cost().likely(), c),
                    3));
            for (LineItem item : line.items()) {
                if (!item.cost().isZero() || !item.effortDays().isZero()) {
                    blocks.add(new Paragraph("• " + item.label() + ": " + item.explanation(), TextStyle.BODY));
                }
            }
            String citations = line.sources().stream().map(Source::citation).distinct()
                    .collect(Collectors.joining("; "));
            blocks.add(new Paragraph(text("stages.sources", citations), TextStyle.MUTED));
        }
        return new Section(PlanSection.STAGES, text("section.stages"), blocks, true);
    }

    /**
     * Cash needed first (P50, then P80 of the cash lines), then deferred and in kind, then the pay model; when
     * nothing is deferred or in kind, one fact naming the pay model says all of it is cash.
     */
    private List<Fact> payFacts(PayBreakdown pay, Currency c) {
        if (!pay.hasNonCash()) {
            return List.of(new Fact(text("fact.payModel"), text("fact.allCash", name(pay.payModel()))));
        }
        return List.of(new Fact(text("fact.cash"), money(pay.cashP50(), c)),
                new Fact(text("fact.cashSafe"), money(pay.cashP80(), c)),
                new Fact(text("fact.deferredInKind"), text("fact.deferredInKindValue",
                        money(pay.total().deferred().likely(), c), money(pay.total().inKind().likely(), c))),
                new Fact(text("fact.payModel"), name(pay.payModel())));
    }

    private Section budget(PlanInput in) {
        BudgetTopSheet sheet = BudgetTopSheet.of(in.estimate());
        Currency c = sheet.currency();
        PayBreakdown pay = PayBreakdown.of(in.production(), in.estimate());
        // With deferred or in-kind pay, a cash column (likely) follows the likely column; otherwise cash = likely.
        boolean cash = pay.hasNonCash();
        double amount = cash ? 1.05 : 1.2;
        List<Column> columns = new ArrayList<>(List.of(new Column(text("column.stage"), cash ? 2.9 : 2.4, Align.LEFT),
                new Column(text("column.workflow"), cash ? 1.3 : 1.4, Align.LEFT), new Column(text("column.low"), amount,
                        Align.RIGHT), new Column(text("column.likely"), amount, Align.RIGHT),
                new Column(text("column.high"), amount, Align.RIGHT)));
        if (cash) {
            columns.add(new Column(text("column.cash"), 1.15, Align.RIGHT));
        }
        List<Row> rows = new ArrayList<>();
        for (BudgetTopSheet.PhaseBlock block : sheet.phases()) {
            rows.add(new Row(cells(cash, name(block.phase()), "", "", "", "", ""), RowKind.GROUP));
            PayBreakdown.Split phase = PayBreakdown.Split.ZERO;
            for (StageLine line : block.lines()) {
                PayBreakdown.Split split = pay.stage(line.stage());
                phase = phase.plus(split);
                rows.add(new Row(cells(cash, "   " + name(line.stage()), workflow(line), money(line.cost().low(), c),
                        money(line.cost().likely(), c), money(line.cost().high(), c),
                        money(split.cash().likely(), c)), line.aiShare() > 0 ? RowKind.AI : RowKind.NORMAL));
            }
            rows.add(row(cash, text("budget.phaseSubtotal", name(block.phase())), block.subtotal(), phase, c,
                    RowKind.SUBTOTAL));
        }
        rows.add(row(cash, text("budget.subtotal"), sheet.subtotal(), pay.subtotal(), c, RowKind.SUBTOTAL));
        rows.add(row(cash, text("budget.contingency", number(sheet.contingencyPercent())), sheet.contingency(),
                pay.contingency(), c, RowKind.NORMAL));
        rows.add(row(cash, text("budget.total"), sheet.total(), pay.total(), c, RowKind.SUBTOTAL));
        // The simulated total in the same three columns: P10, P50 (the headline), P90; the cash column gives the
        // cash needed at P50 beside it, the figure the facts above lead with.
        rows.add(new Row(cells(cash, text("budget.simulated"), "", money(sheet.p10(), c), money(sheet.headline(), c),
                money(sheet.p90(), c), money(pay.cashP50(), c)), RowKind.TOTAL));
        String intro = text("budget.intro", c.getCurrencyCode())
                + (cash ? " " + text("budget.cashColumn", name(pay.payModel())) : "");
        List<Block> blocks = List.of(new Facts(payFacts(pay, c)), new Paragraph(intro, TextStyle.MUTED),
                new Table(columns, rows));
        return new Section(PlanSection.BUDGET, text("section.budget"), blocks, true);
    }

    /** A budget row's cells; the last (cash) only when the table has a cash column. */
    private static List<String> cells(boolean cash, String label, String workflow, String low, String likely,
            String high, String cashCell) {
        return cash ? List.of(label, workflow, low, likely, high, cashCell) : List.of(label, workflow, low, likely,
                high);
    }

    private Row row(boolean cash, String label, Range r, PayBreakdown.Split split, Currency c, RowKind kind) {
        return new Row(cells(cash, label, "", money(r.low(), c), money(r.likely(), c), money(r.high(), c),
                money(split.cash().likely(), c)), kind);
    }

    private Section schedule(PlanInput in) {
        Schedule s = in.schedule();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(s.explanation(), TextStyle.BODY));
        GanttLayout layout = GanttLayout.of(s, GanttOptions.of(s.length() > 120 ? Zoom.MONTHS : Zoom.WEEKS,
                in.today(), ganttLabels()));
        blocks.add(new Block.Gantt(layout, text("schedule.ganttCaption")));
        List<Column> columns = List.of(new Column(text("column.stage"), 2, Align.LEFT),
                new Column(text("column.start"), 1.3, Align.LEFT), new Column(text("column.finish"), 1.3, Align.LEFT),
                new Column(text("column.days"), 0.8, Align.RIGHT), new Column(text("column.slack"), 0.8, Align.RIGHT),
                new Column(text("column.note"), 1.4, Align.LEFT));
        List<Row> rows = new ArrayList<>();
        for (ScheduledStage st : s.stages()) {
            String note = (st.critical() ? text("schedule.critical") : "") + (st.usesAi() ? (st.critical() ? ", " : "")
                    + text("schedule.ai") : "");
            rows.add(new Row(List.of(name(st.stage()), dates.format(st.start()), dates.format(st.finish()),
                    String.valueOf(st.duration()), String.valueOf(st.slack()), note), st.critical() ? RowKind.SUBTOTAL
                    : st.usesAi() ? RowKind.AI : RowKind.NORMAL));
        }
        blocks.add(new Table(columns, rows));
        blocks.add(new Heading(text("schedule.strips"), 2));
        List<Column> stripColumns = List.of(new Column(text("column.location"), 3, Align.LEFT),
                new Column(text("column.time"), 0.8, Align.LEFT), new Column(text("column.scenes"), 1.6, Align.LEFT),
                new Column(text("column.pages"), 0.8, Align.RIGHT), new Column(text("column.setups"), 0.8, Align.RIGHT),
                new Column(text("column.shootDays"), 0.9, Align.RIGHT));
        List<Row> strips = new ArrayList<>();
        for (ShootGroup g : s.shootGroups()) {
            strips.add(new Row(List.of(g.group().location(), text(g.group().night() ? "time.night" : "time.day"),
                    String.join(", ", g.group().scenes()), org.reelwright.domain.Eighths.ofPages(g.group().pages()),
                    String.valueOf(g.group().setups()), days(g.days().likely())), RowKind.NORMAL));
        }
        blocks.add(new Table(stripColumns, strips));
        if (in.shooting() != null && in.shooting().dayCount() > 0) {
            ShootDocuments shoot = new ShootDocuments(locale);
            blocks.addAll(shoot.shootingSchedule(in.shooting()));
            if (in.dayOutOfDays() != null && !in.dayOutOfDays().rows().isEmpty()) {
                blocks.addAll(shoot.dayOutOfDays(in.dayOutOfDays()));
            }
        }
        return new Section(PlanSection.SCHEDULE, text("section.schedule"), blocks, true);
    }

    private Section scenes(PlanInput in) {
        Production p = in.production();
        List<Column> sceneColumns = List.of(new Column(text("column.sceneNo"), 0.6, Align.LEFT),
                new Column(text("column.heading"), 3.4, Align.LEFT), new Column(text("column.pages"), 0.8, Align.RIGHT),
                new Column(text("column.characters"), 2.4, Align.LEFT), new Column(text("column.shots"), 0.6,
                        Align.RIGHT));
        List<Row> sceneRows = new ArrayList<>();
        for (Scene scene : p.scenes()) {
            sceneRows.add(new Row(List.of(scene.number(), heading(scene.heading()), pages(scene.lengthEighths()),
                    String.join(", ", scene.characters()), String.valueOf(scene.shots().size())), RowKind.NORMAL));
        }
        List<Column> shotColumns = List.of(new Column(text("column.shot"), 0.8, Align.LEFT),
                new Column(text("column.size"), 1.2, Align.LEFT), new Column(text("column.movement"), 1.1, Align.LEFT),
                new Column(text("column.seconds"), 0.7, Align.RIGHT), new Column(text("column.vfx"), 0.8, Align.LEFT),
                new Column(text("column.method"), 1.4, Align.LEFT), new Column(text("column.description"), 3.4,
                        Align.LEFT));
        List<Row> shotRows = new ArrayList<>();
        for (Scene scene : p.scenes()) {
            shotRows.add(new Row(List.of(text("shots.scene", scene.number()), heading(scene.heading()), "", "", "", "",
                    ""), RowKind.GROUP));
            for (Shot shot : scene.shots()) {
                shotRows.add(new Row(List.of(shot.number(), name(shot.size()), name(shot.movement()),
                        number(shot.durationSeconds()), name(shot.vfx()), name(shot.method()), shot.description()),
                        shot.isAiGenerated() ? RowKind.AI : RowKind.NORMAL));
            }
        }
        List<Block> blocks = List.of(new Table(sceneColumns, sceneRows), new Heading(text("scenes.shotList",
                p.shotCount()), 2), new Table(shotColumns, shotRows));
        return new Section(PlanSection.SCENES, text("section.scenes"), blocks, true);
    }

    private Section risks(PlanInput in) {
        Estimate e = in.estimate();
        List<Column> columns = List.of(new Column(text("column.severity"), 0.8, Align.LEFT),
                new Column(text("column.subject"), 1.4, Align.LEFT), new Column(text("column.message"), 4, Align.LEFT),
                new Column(text("column.source"), 2, Align.LEFT));
        List<Row> rows = new ArrayList<>();
        e.flags().stream().sorted(Comparator.comparing(RiskFlag::severity).reversed()).forEach(f -> rows.add(
                new Row(List.of(name(f.severity()), subject(f, in.production()), f.message(), f.source()),
                        f.severity() == Severity.HIGH ? RowKind.WARNING : RowKind.NORMAL)));
        List<Block> blocks = new ArrayList<>();
        if (rows.isEmpty()) {
            blocks.add(new Paragraph(text("risks.none"), TextStyle.BODY));
        } else {
            blocks.add(new Table(columns, rows));
        }
        blocks.add(new Heading(text("risks.disclosure"), 2));
        List<String> aiStages = e.lines().stream().filter(l -> l.aiShare() > 0 && !l.cost().isZero())
                .map(l -> name(l.stage())).toList();
        long aiShots = in.production().scenes().stream().flatMap(s -> s.shots().stream()).filter(Shot::isAiGenerated)
                .count();
        blocks.add(new Paragraph(aiStages.isEmpty() && aiShots == 0 ? text("risks.noAi")
                : text("risks.statement", in.production().title(), String.join(", ", aiStages), aiShots),
                TextStyle.BODY));
        return new Section(PlanSection.RISKS, text("section.risks"), blocks, true);
    }

    /** The rates the estimate used, in the order the stages use them. */
    private static Map<String, Rate> usedRates(PlanInput in) {
        Map<String, Rate> used = new LinkedHashMap<>();
        for (StageLine line : in.estimate().lines()) {
            for (LineItem item : line.items()) {
                for (Rate r : item.rates()) {
                    used.putIfAbsent(r.id(), r);
                }
            }
        }
        return used;
    }

    /**
     * The bibliography: every source the plan cites (the rates' sources, then the rules'), numbered in that order.
     * The tables cite a short form and the number; the list at the end gives title, publisher or author, date and
     * address, and never an internal file path (Source.reference).
     */
    private static Map<String, Source> bibliography(PlanInput in) {
        Map<String, Source> cited = new LinkedHashMap<>();
        for (Rate r : usedRates(in).values()) {
            if (!r.userOverride()) {
                r.sources().forEach(s -> cited.putIfAbsent(s.id(), s));
            }
        }
        in.library().rules().forEach(rule -> rule.sourceIds().forEach(id -> in.library().source(id)
                .ifPresent(s -> cited.putIfAbsent(s.id(), s))));
        return cited;
    }

    private static String cite(Source s, Map<String, Integer> numbers) {
        Integer n = numbers.get(s.id());
        return n == null ? s.citation() : s.citation() + " [" + n + "]";
    }

    /** The library's edition ("2026-11") as a month in the reader's style ("Nov 2026", "2026年11月"). */
    private String edition(String edition) {
        try {
            return DateTimeFormatter.ofPattern("zh".equals(locale.getLanguage()) ? "y年M月" : "MMM y", locale)
                    .format(java.time.YearMonth.parse(edition));
        } catch (java.time.format.DateTimeParseException notAMonth) {
            return edition;
        }
    }

    private Section sources(PlanInput in) {
        Map<String, Rate> used = usedRates(in);
        Map<String, Source> cited = bibliography(in);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        cited.keySet().forEach(id -> numbers.put(id, numbers.size() + 1));
        List<Column> columns = List.of(new Column(text("column.rate"), 2.6, Align.LEFT),
                new Column(text("column.value"), 1.9, Align.RIGHT), new Column(text("column.year"), 0.6, Align.RIGHT),
                new Column(text("column.confidence"), 1.1, Align.LEFT), new Column(text("column.source"), 3,
                        Align.LEFT));
        List<Row> rows = new ArrayList<>();
        for (Rate r : used.values()) {
            Benchmark b = r.benchmark();
            String value = number(r.value().low()) + " / " + number(r.value().likely()) + " / "
                    + number(r.value().high()) + " " + r.unit();
            String source = r.userOverride() ? text("sources.user") : r.sources().stream()
                    .map(s -> cite(s, numbers)).distinct().collect(Collectors.joining("; "));
            String confidence = r.userOverride() ? text("sources.userConfidence") : name(b.confidence());
            rows.add(new Row(List.of(b.label(), value, String.valueOf(b.year()), confidence, source),
                    b.confidence() == Confidence.ASSUMPTION && !r.userOverride() ? RowKind.WARNING : RowKind.NORMAL));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text("sources.intro", edition(in.library().edition())), TextStyle.MUTED));
        blocks.add(new Table(columns, rows));
        blocks.add(new Heading(text("sources.rules"), 2));
        in.library().rules().forEach(rule -> blocks.add(new Paragraph(rule.id() + " — " + rule.summary() + " ("
                + rule.sourceIds().stream().map(id -> in.library().source(id).map(s -> cite(s, numbers)).orElse(id))
                        .collect(Collectors.joining("; ")) + ")", TextStyle.BODY)));
        blocks.add(new Heading(text("sources.bibliography"), 2));
        cited.values().forEach(s -> blocks.add(new Paragraph("[" + numbers.get(s.id()) + "] " + s.reference(locale),
                TextStyle.BODY)));
        return new Section(PlanSection.SOURCES, text("section.sources"), blocks, true);
    }

    /**
     * A flag's subject in the plan's language: a stage or the production by its name ("VFX stage", "视效阶段"), a shot
     * as the estimate wrote it (its number is the user's own). The estimate may have been made in another language,
     * and its stage subject then reads in that one.
     */
    private String subject(RiskFlag flag, Production p) {
        String id = flag.subjectId() == null ? "" : flag.subjectId();
        for (StageId stage : StageId.values()) {
            if (stage.id().equals(id)) {
                return text("risk.subject.stage", name(stage));
            }
        }
        if (id.equals(p.id().toString())) {
            return text("risk.subject.production");
        }
        for (Scene scene : p.scenes()) {
            for (Shot shot : scene.shots()) {
                if (id.equals(shot.id().toString())) {
                    return text("risk.subject.shot", shot.number(), scene.number());
                }
            }
        }
        return flag.subject();
    }

    private GanttLabels ganttLabels() {
        Map<TickUnit, DateTimeFormatter> formats = new java.util.EnumMap<>(TickUnit.class);
        for (TickUnit unit : TickUnit.values()) {
            formats.put(unit, DateTimeFormatter.ofPattern(text("gantt." + unit.name().toLowerCase(Locale.ROOT)),
                    locale));
        }
        return new GanttLabels() {
            @Override
            public String stage(StageId stage) {
                return name(stage);
            }

            @Override
            public String duration(ScheduledStage stage) {
                return text("gantt.duration", stage.duration());
            }

            @Override
            public String tick(TickUnit unit, LocalDate date) {
                return formats.get(unit).format(date);
            }
        };
    }

    private String workflow(StageLine line) {
        String w = name(line.workflow());
        return line.aiShare() > 0 && line.aiShare() < 1 ? text("workflow.aiShare", w, Math.round(line.aiShare() * 100))
                : w;
    }

    /** The heading in the reader's words: the screenplay's own form in English, 外景/内景 and 日/夜 in Chinese. */
    private String heading(org.reelwright.domain.SceneHeading heading) {
        return "en".equals(locale.getLanguage()) ? heading.text() : heading.text(this::name, this::name);
    }

    /**
     * The AI disclosure section: the statement of the chosen profile and the register (issue 16). The shot map and
     * the consent checklist are in the standalone pack, which this section points to.
     */
    private Section disclosure(PlanInput in) {
        DisclosurePack pack = new DisclosurePack(locale);
        List<Block> blocks = new ArrayList<>();
        DisclosureStatement statement = in.disclosure();
        if (statement != null) {
            blocks.add(new Paragraph(text("plan.disclosure.intro", statement.title()), TextStyle.MUTED));
            blocks.addAll(pack.statementBlocks(statement));
        }
        blocks.add(new Heading(text("pack.register"), 2));
        blocks.add(pack.compactRegister(in.production()));
        return new Section(PlanSection.DISCLOSURE, text("section.disclosure"), blocks, true);
    }

    private <E extends Enum<E> & CodedEnum> String name(E value) {
        return text(value.getDeclaringClass().getSimpleName() + "." + value.id());
    }

    private String text(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private String money(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_EVEN));
    }

    private String signed(BigDecimal amount, Currency currency) {
        return (amount.signum() > 0 ? "+" : "") + money(amount, currency);
    }

    private String number(double value) {
        return number(BigDecimal.valueOf(value));
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2);
        return format.format(value);
    }

    private String days(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** Pages as a breakdown sheet writes them: 1 3/8. */
    static String pages(int eighths) {
        return org.reelwright.domain.Eighths.format(eighths);
    }
}
