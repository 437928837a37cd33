package org.reelwright.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.CostEstimator;
import org.reelwright.estimate.Drivers;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.Scenarios;
import org.reelwright.estimate.StageLine;
import org.reelwright.estimate.StripGroup;

/**
 * Places the stages of a production on its working calendar (critical path method): each stage lasts its
 * estimated calendar days (likely value, rounded up to whole working days; the shoot lasts its strip-plan days),
 * starts when all its predecessors have finished plus their lag, and the backward pass gives each stage's slack.
 * Stages with work and no slack form the critical path.
 */
public final class Scheduler {
    private final CostEstimator estimator;
    private final ResourceBundle words;
    private final Locale locale;
    private final DateTimeFormatter dates;

    public Scheduler(CostEstimator estimator, Locale locale) {
        this.estimator = estimator;
        this.locale = locale;
        this.words = ResourceBundle.getBundle("org.reelwright.schedule.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public Schedule schedule(Production production, Scenario scenario) {
        return schedule(production, scenario, estimator.estimate(production, scenario));
    }

    /** Schedules from an estimate already made of the production under this scenario (durations come from it). */
    public Schedule schedule(Production production, Scenario scenario, Estimate estimate) {
        Production plan = Scenarios.apply(production, scenario);
        WorkCalendar calendar = WorkCalendar.of(plan);
        Map<StageId, Integer> duration = new EnumMap<>(StageId.class);
        for (StageLine line : estimate.lines()) {
            duration.put(line.stage(), wholeDays(line.calendarDays().likely()));
        }
        boolean anyAiShots = estimate.drivers().aiSeconds() > 0;
        List<ScheduledStage> stages = place(duration, plan.dependencies(), calendar, s -> plan.stage(s).workflow(),
                s -> s == StageId.GENERATION ? anyAiShots : plan.stage(s).workflow() != Workflow.TRADITIONAL);
        int end = stages.stream().mapToInt(ScheduledStage::earlyFinish).max().orElse(0);
        List<StageId> critical = stages.stream().filter(ScheduledStage::critical)
                .sorted(Comparator.comparingInt(ScheduledStage::earlyStart)).map(ScheduledStage::stage).toList();
        LocalDate first = calendar.dateOf(0);
        LocalDate last = end == 0 ? first : calendar.dateOf(end - 1);
        List<ShootGroup> groups = shootGroups(plan, estimate.drivers());
        return new Schedule(scenario, List.copyOf(stages), critical, end, first, last, groups,
                explain(stages, critical, end, last), estimate, calendar);
    }

    /**
     * The critical path method on working-day indices: a forward pass (a stage starts when every predecessor has
     * finished, plus the link's lag), then a backward pass from the latest finish for late dates and slack.
     */
    static List<ScheduledStage> place(Map<StageId, Integer> duration, List<StageDependency> links,
            WorkCalendar calendar, java.util.function.Function<StageId, Workflow> workflow,
            java.util.function.Predicate<StageId> usesAi) {
        Map<StageId, List<StageDependency>> incoming = new EnumMap<>(StageId.class);
        Map<StageId, List<StageDependency>> outgoing = new EnumMap<>(StageId.class);
        for (StageDependency d : links) {
            incoming.computeIfAbsent(d.after(), k -> new ArrayList<>()).add(d);
            outgoing.computeIfAbsent(d.before(), k -> new ArrayList<>()).add(d);
        }
        List<StageId> order = topologicalOrder(links);
        Map<StageId, Integer> es = new EnumMap<>(StageId.class);
        Map<StageId, Integer> ef = new EnumMap<>(StageId.class);
        int end = 0;
        for (StageId s : order) {
            int start = 0;
            for (StageDependency d : incoming.getOrDefault(s, List.of())) {
                start = Math.max(start, ef.get(d.before()) + d.lagDays());
            }
            es.put(s, start);
            ef.put(s, start + duration.getOrDefault(s, 0));
            end = Math.max(end, ef.get(s));
        }
        Map<StageId, Integer> ls = new EnumMap<>(StageId.class);
        Map<StageId, Integer> lf = new EnumMap<>(StageId.class);
        for (int i = order.size() - 1; i >= 0; i--) {
            StageId s = order.get(i);
            int finish = end;
            for (StageDependency d : outgoing.getOrDefault(s, List.of())) {
                finish = Math.min(finish, ls.get(d.after()) - d.lagDays());
            }
            lf.put(s, finish);
            ls.put(s, finish - duration.getOrDefault(s, 0));
        }
        List<ScheduledStage> stages = new ArrayList<>();
        for (StageId s : StageId.values()) {
            int d = duration.getOrDefault(s, 0);
            LocalDate startDate = calendar.dateOf(es.get(s));
            LocalDate finishDate = d == 0 ? startDate : calendar.dateOf(ef.get(s) - 1);
            List<StageId> preds = incoming.getOrDefault(s, List.of()).stream().map(StageDependency::before).toList();
            stages.add(new ScheduledStage(s, workflow.apply(s), usesAi.test(s), d, es.get(s), ef.get(s), ls.get(s),
                    lf.get(s), startDate, finishDate, preds));
        }
        return List.copyOf(stages);
    }

    /** A plan's length in working days (its critical path), from an estimate already made of it. */
    public int length(Production plan, Estimate estimate) {
        Map<StageId, Integer> duration = new EnumMap<>(StageId.class);
        for (StageLine line : estimate.lines()) {
            duration.put(line.stage(), wholeDays(line.calendarDays().likely()));
        }
        return place(duration, plan.dependencies(), WorkCalendar.of(plan), s -> plan.stage(s).workflow(), s -> false)
                .stream().mapToInt(ScheduledStage::earlyFinish).max().orElse(0);
    }

    /**
     * The stages whose length differs between two schedules and that lie on the critical path of either: the
     * stages that move the finish.
     */
    public static List<StageId> stagesThatMoveTheFinish(Schedule a, Schedule b) {
        List<StageId> result = new ArrayList<>();
        for (ScheduledStage s : a.stages()) {
            ScheduledStage other = b.stage(s.stage()).orElseThrow();
            if (s.duration() != other.duration() && (s.critical() || other.critical())) {
                result.add(s.stage());
            }
        }
        return result;
    }

    private List<ShootGroup> shootGroups(Production plan, Drivers drivers) {
        List<Range> days = estimator.stripGroupDays(plan, drivers);
        List<ShootGroup> groups = new ArrayList<>();
        List<StripGroup> strips = drivers.stripGroups();
        for (int i = 0; i < strips.size(); i++) {
            groups.add(new ShootGroup(strips.get(i), days.get(i)));
        }
        return List.copyOf(groups);
    }

    private String explain(List<ScheduledStage> stages, List<StageId> critical, int length, LocalDate finish) {
        StringBuilder path = new StringBuilder();
        for (StageId id : critical) {
            ScheduledStage s = stages.get(id.ordinal());
            path.append(path.length() == 0 ? "" : " → ").append(format("explain.step", stageName(id), s.duration()));
        }
        List<String> slack = stages.stream().filter(s -> s.duration() > 0 && s.slack() > 0)
                .sorted(Comparator.comparingInt(ScheduledStage::slack).reversed()).limit(4)
                .map(s -> format("explain.step", stageName(s.stage()), s.slack())).toList();
        String text = format("explain.critical", length, dates.format(finish), path.length() == 0 ? "—" : path);
        if (!slack.isEmpty()) {
            text += " " + format("explain.slack", String.join(", ", slack));
        }
        return text;
    }

    private String stageName(StageId stage) {
        return words.getString("stage." + stage.id());
    }

    private String format(String key, Object... args) {
        return new MessageFormat(words.getString(key), locale).format(args);
    }

    static int wholeDays(BigDecimal days) {
        return days.setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** Kahn's order over all stages; the production's constructor has already refused cycles. */
    static List<StageId> topologicalOrder(List<StageDependency> links) {
        Map<StageId, Integer> indegree = new EnumMap<>(StageId.class);
        for (StageId s : StageId.values()) {
            indegree.put(s, 0);
        }
        for (StageDependency d : links) {
            indegree.merge(d.after(), 1, Integer::sum);
        }
        List<StageId> order = new ArrayList<>();
        List<StageId> ready = new ArrayList<>();
        for (StageId s : StageId.values()) {
            if (indegree.get(s) == 0) {
                ready.add(s);
            }
        }
        while (!ready.isEmpty()) {
            StageId s = ready.remove(0);
            order.add(s);
            for (StageDependency d : links) {
                if (d.before() == s && indegree.merge(d.after(), -1, Integer::sum) == 0) {
                    ready.add(d.after());
                }
            }
        }
        if (order.size() != StageId.values().length) {
            throw new IllegalStateException("stage dependencies contain a cycle");
        }
        return order;
    }
}
