package org.reelwright.ui.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.reelwright.benchmark.Source;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.LineItem;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.StageLine;
import org.reelwright.report.gantt.GanttLabels;
import org.reelwright.report.gantt.GanttLayout;
import org.reelwright.report.gantt.GanttOptions;
import org.reelwright.report.gantt.TickUnit;
import org.reelwright.report.gantt.Zoom;
import org.reelwright.schedule.Schedule;
import org.reelwright.schedule.ScheduledStage;
import org.reelwright.schedule.ShootGroup;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;

/**
 * The schedule of the open production for the Gantt panel. All three scenarios are scheduled together whenever the
 * production changes (in the background; the newest production wins), so switching scenario is instant; a zoom
 * change only lays the chart out again. The selected stage survives both, and a new production, as long as the
 * stage exists.
 */
public final class ScheduleViewModel {
    private final Supplier<Planning> planning;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Words words;
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.CURRENT);
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.WEEKS);
    private final ReadOnlyObjectWrapper<StageId> selectedStage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Schedule> schedule = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GanttLayout> layout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StageDetails> details = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StripRow> stripRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stripSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Map<Scenario, Schedule> schedules = Map.of();
    private final LatestOnly latest;

    /** @param production the open production; every change is scheduled again */
    public ScheduleViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages, Formats formats,
            ReadOnlyObjectProperty<Production> production) {
        this(planning, work, messages, formats, production, Clock.systemDefaultZone());
    }

    /** @param clock where "today" comes from, for the today line (tests pass a fixed one) */
    public ScheduleViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages, Formats formats,
            ReadOnlyObjectProperty<Production> production, Clock clock) {
        this.planning = planning;
        this.latest = new LatestOnly(work);
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.words = new Words(messages);
        scenario.addListener((obs, old, now) -> {
            if (now == null) {
                scenario.set(old); // a scenario is always chosen; a cleared toggle means "keep"
            } else {
                show();
            }
        });
        zoom.addListener((obs, old, now) -> {
            if (now == null) {
                zoom.set(old);
            } else {
                relayout();
            }
        });
        selectedStage.addListener((obs, old, now) -> showDetails());
        production.addListener((obs, old, now) -> refresh(now));
        refresh(production.get());
    }

    /** The scenario shown; settable. */
    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    /** The chart's zoom; settable. */
    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    /** The scenarios to choose from, in the order the toolbar shows them. */
    public List<Scenario> scenarios() {
        return List.of(Scenario.CURRENT, Scenario.TRADITIONAL, Scenario.AI);
    }

    public String scenarioName(Scenario s) {
        return messages.get(switch (s) {
            case CURRENT -> "compare.current";
            case TRADITIONAL -> "compare.traditional";
            case AI -> "compare.ai";
        });
    }

    public ReadOnlyObjectProperty<Schedule> scheduleProperty() {
        return schedule.getReadOnlyProperty();
    }

    /** The chart laid out for the shown schedule and zoom; painters draw this and nothing else. */
    public ReadOnlyObjectProperty<GanttLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StageId> selectedStageProperty() {
        return selectedStage.getReadOnlyProperty();
    }

    /** Selects a stage (null clears the selection). */
    public void select(StageId stage) {
        selectedStage.set(stage);
    }

    /** The selected stage's dates, slack, cost line and sources in the shown scenario, or null. */
    public ReadOnlyObjectProperty<StageDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The shoot's strip plan in the shown scenario. */
    public ObservableList<StripRow> stripRows() {
        return stripRows;
    }

    /** Totals under the strip plan: groups, likely shoot days and the shoot stage's length. */
    public ReadOnlyStringProperty stripSummaryProperty() {
        return stripSummary.getReadOnlyProperty();
    }

    /** One line: when the shown scenario finishes and how many working days it takes. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the critical path is critical and how much slack the other stages have. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Why the last schedule could not be made, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void refresh(Production production) {
        if (production == null) {
            latest.cancel();
            return;
        }
        latest.run(messages.get("work.scheduling"), () -> planning.get().schedules(production), result -> {
            Map<Scenario, Schedule> byScenario = new EnumMap<>(Scenario.class);
            result.forEach(s -> byScenario.put(s.scenario(), s));
            schedules = byScenario;
            error.set("");
            show();
        }, e -> error.set(e.getMessage() == null ? e.toString() : messages.messageOf(e)));
    }

    private void show() {
        Schedule shown = schedules.get(scenario.get());
        if (shown == null) {
            return;
        }
        schedule.set(shown);
        relayout();
        summary.set(messages.get("schedule.summary", scenarioName(shown.scenario()), words.longDate(shown.finish()),
                shown.length(), words.longDate(shown.start())));
        explanation.set(explain(shown));
        showStripPlan(shown);
        showDetails();
    }

    private void relayout() {
        Schedule shown = schedule.get();
        if (shown != null) {
            layout.set(GanttLayout.of(shown, GanttOptions.of(zoom.get(), LocalDate.now(clock), words)));
        }
    }

    /** The critical path with each stage's length, then the four stages with the most slack (as the Scheduler). */
    private String explain(Schedule s) {
        if (s.criticalPath().isEmpty()) {
            return messages.get("schedule.criticalPath.none");
        }
        List<String> path = new ArrayList<>();
        for (StageId id : s.criticalPath()) {
            path.add(messages.get("schedule.criticalStep", messages.name(id), words.days(s.stage(id).orElseThrow())));
        }
        String text = messages.get("schedule.criticalPath", String.join(" \u2192 ", path));
        List<String> slack = s.stages().stream().filter(st -> st.duration() > 0 && st.slack() > 0)
                .sorted(Comparator.comparingInt(ScheduledStage::slack).reversed()).limit(4)
                .map(st -> messages.get("schedule.slackStep", messages.name(st.stage()), st.slack())).toList();
        if (!slack.isEmpty()) {
            text += " " + messages.get("schedule.slack", String.join(", ", slack));
        }
        return text;
    }

    private void showStripPlan(Schedule s) {
        List<StripRow> rows = new ArrayList<>();
        Range total = Range.ZERO;
        for (ShootGroup g : s.shootGroups()) {
            Range days = g.days();
            total = total.plus(days);
            rows.add(new StripRow(g.group().location(),
                    messages.name(g.group().night() ? TimeOfDay.NIGHT : TimeOfDay.DAY),
                    String.join(", ", g.group().scenes()), org.reelwright.domain.Eighths.ofPages(g.group().pages()),
                    g.group().setups(), formats.days(days.likely()),
                    messages.get("schedule.dateRange", formats.days(days.low()), formats.days(days.high()))));
        }
        stripRows.setAll(rows);
        int shootDays = s.stage(StageId.SHOOT).map(ScheduledStage::duration).orElse(0);
        stripSummary.set(rows.isEmpty() ? messages.get("schedule.strip.empty")
                : messages.get("schedule.strip.summary", rows.size(), formats.days(total.likely()),
                        formats.days(total.low()), formats.days(total.high()), shootDays));
    }

    private void showDetails() {
        Schedule s = schedule.get();
        StageId id = selectedStage.get();
        Optional<ScheduledStage> stage = s == null || id == null ? Optional.empty() : s.stage(id);
        details.set(stage.map(st -> details(s, st)).orElse(null));
    }

    private StageDetails details(Schedule s, ScheduledStage st) {
        Estimate estimate = s.estimate();
        Optional<StageLine> line = estimate == null ? Optional.empty() : estimate.line(st.stage());
        String dates = st.duration() == 0 ? messages.get("schedule.details.noWork", words.date(st.start()))
                : messages.get("schedule.dateRange", words.date(st.start()), words.date(st.finish()));
        String slack;
        if (st.critical()) {
            slack = messages.get("schedule.details.onCriticalPath");
        } else if (st.slack() > 0) {
            LocalDate latest = st.duration() == 0 ? s.calendar().dateOf(st.lateStart())
                    : s.calendar().dateOf(st.lateFinish() - 1);
            slack = messages.get("schedule.details.slackDays", st.slack(), words.date(latest));
        } else {
            slack = messages.get("schedule.details.noSlack");
        }
        String cost = line.map(l -> messages.get("schedule.details.costRange",
                formats.money(l.cost().likely(), estimate.currency()), formats.money(l.cost().low(),
                        estimate.currency()), formats.money(l.cost().high(), estimate.currency()))).orElse("\u2014");
        String after = st.predecessors().isEmpty() ? messages.get("schedule.details.startsFirst")
                : String.join(", ", st.predecessors().stream().map(messages::name).toList());
        List<String> sources = line.map(l -> l.sources().stream().map(ScheduleViewModel::cite).distinct().toList())
                .orElse(List.of());
        return new StageDetails(st.stage(), messages.name(st.stage()), messages.name(st.workflow()), st.critical(),
                st.usesAi(), dates, messages.get("schedule.workingDays", st.duration()), slack, cost, after,
                line.map(ScheduleViewModel::itemised).orElse(""), sources);
    }

    private static String cite(Source source) {
        String citation = source.citation();
        return citation.contains(source.title()) ? citation : citation + " \u2014 " + source.title();
    }

    /** The line's items one per line, each with its arithmetic, as the comparison panel shows them. */
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

    /**
     * The chart's words from the UI bundle. Date patterns come from the bundle too, formatted in the bundle's own
     * locale, so dates read in the language of the text around them.
     */
    private static final class Words implements GanttLabels {
        private final Messages messages;
        private final Locale locale;
        private final DateTimeFormatter year;
        private final DateTimeFormatter monthHeading;
        private final DateTimeFormatter month;
        private final DateTimeFormatter week;
        private final DateTimeFormatter day;
        private final DateTimeFormatter shortDate;
        private final DateTimeFormatter date;
        private final DateTimeFormatter longDate;

        Words(Messages messages) {
            this.messages = messages;
            Locale bundleLocale = messages.bundle().getLocale();
            // The base bundle is the English one; the root locale would give "Jun" for a full month name.
            this.locale = bundleLocale.equals(Locale.ROOT) ? Locale.ENGLISH : bundleLocale;
            this.year = pattern("schedule.axis.year");
            this.monthHeading = pattern("schedule.axis.monthHeading");
            this.month = pattern("schedule.axis.month");
            this.week = pattern("schedule.axis.week");
            this.day = pattern("schedule.axis.day");
            this.shortDate = pattern("schedule.date.short");
            this.date = pattern("schedule.date");
            this.longDate = pattern("schedule.date.long");
        }

        private DateTimeFormatter pattern(String key) {
            return DateTimeFormatter.ofPattern(messages.get(key), locale);
        }

        String date(LocalDate d) {
            return date.format(d);
        }

        String longDate(LocalDate d) {
            return longDate.format(d);
        }

        String days(ScheduledStage s) {
            return messages.get("schedule.days", s.duration());
        }

        @Override
        public String stage(StageId stage) {
            return messages.name(stage);
        }

        @Override
        public String duration(ScheduledStage s) {
            return days(s);
        }

        @Override
        public String caption(ScheduledStage s) {
            if (s.duration() <= 1) {
                return shortDate.format(s.start());
            }
            return messages.get("schedule.dateRange", shortDate.format(s.start()), shortDate.format(s.finish()));
        }

        @Override
        public String tick(TickUnit unit, LocalDate d) {
            DateTimeFormatter f = switch (unit) {
                case YEAR -> year;
                case MONTH_HEADING -> monthHeading;
                case MONTH -> month;
                case WEEK -> week;
                case DAY -> day;
            };
            return f.format(d);
        }
    }
}
