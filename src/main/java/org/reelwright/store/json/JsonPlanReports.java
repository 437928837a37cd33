package org.reelwright.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.reelwright.benchmark.Source;
import org.reelwright.estimate.BudgetTopSheet;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Recommender;
import org.reelwright.estimate.LineItem;
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Rate;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.estimate.StageLine;
import org.reelwright.schedule.Schedule;
import org.reelwright.schedule.ScheduledStage;
import org.reelwright.schedule.Scheduler;
import org.reelwright.schedule.ShootGroup;

/**
 * Estimates as JSON with the keys PRODUCT.md promises ({@code scenario}, {@code currency}, {@code total} with
 * low/likely/high/p50/p80, {@code stages} with cost, effortDays and sources, {@code flags}) and more: each stage's
 * items, rates and explanation. Money is rounded to cents only here, when shown. With the pay split, a {@code pay}
 * object says how the money is met (issue 12): {@code model}, {@code cash} (low, likely, high, p50, p80),
 * {@code deferred} and {@code inKind} (low, likely, high), contingency included; every other key stays as it was.
 */
public final class JsonPlanReports implements org.reelwright.store.PlanReports {
    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String estimateJson(Estimate estimate) {
        return write(estimateNode(estimate));
    }

    @Override
    public String estimateJson(Estimate estimate, PayBreakdown pay) {
        ObjectNode root = estimateNode(estimate);
        ObjectNode node = root.putObject("pay");
        node.put("model", pay.payModel().id());
        ObjectNode cash = range(node.putObject("cash"), pay.total().cash());
        cash.put("p50", round(pay.cashP50()));
        cash.put("p80", round(pay.cashP80()));
        range(node.putObject("deferred"), pay.total().deferred());
        range(node.putObject("inKind"), pay.total().inKind());
        return write(root);
    }

    @Override
    public String comparisonJson(ScenarioComparison comparison) {
        return write(comparisonNode(comparison));
    }

    @Override
    public String recommendationJson(ScenarioComparison comparison, Recommender.Recommendation r) {
        ObjectNode root = comparisonNode(comparison);
        ObjectNode rec = root.putObject("recommendation");
        rec.put("meetsBudget", r.meetsBudget());
        rec.put("meetsDeadline", r.meetsDeadline());
        rec.put("pertMean", round(r.estimate().pertMean()));
        rec.put("headline", round(r.estimate().headline()));
        rec.put("headlineStatistic", "p50");
        rec.put("p80", round(r.estimate().p80()));
        rec.put("workingDays", round(r.workingDays()));
        ArrayNode stages = rec.putArray("stages");
        for (Recommender.StageAdvice a : r.advice()) {
            stages.addObject().put("stage", a.stage().id()).put("from", a.from().id()).put("to", a.to().id())
                    .put("headline", round(a.cost())).put("saving", round(a.saving())).put("days", round(a.days())).put("risk", a.risk().id())
                    .put("reason", a.reason());
        }
        return write(root);
    }

    @Override
    public String scheduleJson(Schedule schedule) {
        return write(scheduleNode(schedule));
    }

    @Override
    public String schedulesJson(List<Schedule> schedules) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode all = root.putArray("schedules");
        for (Schedule s : schedules) {
            ObjectNode node = scheduleNode(s);
            if (s != schedules.get(0)) {
                ArrayNode moving = node.putArray("stagesThatMoveTheFinish");
                Scheduler.stagesThatMoveTheFinish(schedules.get(0), s).forEach(id -> moving.add(id.id()));
            }
            all.add(node);
        }
        return write(root);
    }

    private ObjectNode scheduleNode(Schedule s) {
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", s.scenario().id());
        root.put("start", s.start().toString());
        root.put("finish", s.finish().toString());
        root.put("lengthWorkingDays", s.length());
        ArrayNode path = root.putArray("criticalPath");
        s.criticalPath().forEach(id -> path.add(id.id()));
        root.put("explanation", s.explanation());
        ArrayNode stages = root.putArray("stages");
        for (ScheduledStage st : s.stages()) {
            ObjectNode node = stages.addObject();
            node.put("stage", st.stage().id());
            node.put("workflow", st.workflow().id());
            node.put("usesAi", st.usesAi());
            node.put("durationDays", st.duration());
            node.put("start", st.start().toString());
            node.put("finish", st.finish().toString());
            node.put("slack", st.slack());
            node.put("critical", st.critical());
            ArrayNode preds = node.putArray("predecessors");
            st.predecessors().forEach(p -> preds.add(p.id()));
        }
        ObjectNode shoot = root.putObject("shootDays");
        range(shoot, s.shootGroups().stream().map(ShootGroup::days).reduce(Range.ZERO, Range::plus));
        ArrayNode groups = shoot.putArray("groups");
        for (ShootGroup g : s.shootGroups()) {
            ObjectNode node = groups.addObject();
            node.put("location", g.group().location());
            node.put("night", g.group().night());
            ArrayNode scenes = node.putArray("scenes");
            g.group().scenes().forEach(scenes::add);
            node.put("pages", round(BigDecimal.valueOf(g.group().pages())));
            node.put("setups", g.group().setups());
            range(node.putObject("days"), g.days());
        }
        return root;
    }

    private ObjectNode comparisonNode(ScenarioComparison comparison) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode scenarios = root.putArray("scenarios");
        for (Estimate e : comparison.all()) {
            ObjectNode node = estimateNode(e);
            node.put("serialWorkingDays", round(ScenarioComparison.serialDays(e)));
            scenarios.add(node);
        }
        ArrayNode deltas = root.putArray("deltas");
        for (ScenarioComparison.StageDelta d : comparison.deltas()) {
            deltas.add(delta(d));
        }
        ArrayNode drivers = root.putArray("drivers");
        for (ScenarioComparison.StageDelta d : comparison.drivers()) {
            drivers.add(delta(d).put("why", d.why()));
        }
        return root;
    }

    private ObjectNode delta(ScenarioComparison.StageDelta d) {
        ObjectNode node = mapper.createObjectNode();
        node.put("stage", d.stage().id());
        node.put("currentWorkflow", d.currentWorkflow().id());
        node.put("aiWorkflow", d.aiWorkflow().id());
        node.put("current", round(d.current()));
        node.put("traditional", round(d.traditional()));
        node.put("ai", round(d.ai()));
        node.put("currentVsTraditional", round(d.currentVsTraditional()));
        node.put("aiVsTraditional", round(d.aiVsTraditional()));
        return node;
    }

    private ObjectNode estimateNode(Estimate e) {
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", e.scenario().id());
        root.put("currency", e.currency().getCurrencyCode());
        ObjectNode total = range(root.putObject("total"), e.total());
        total.put("pertMean", round(e.pertMean()));
        total.put("p50", round(e.p50()));
        total.put("p80", round(e.p80()));
        // ADR 0008: P50 is the headline everywhere, P80 the safe budget, P10–P90 the range; low / likely / high
        // stay for compatibility (sums of the lines' extremes and most-likely values).
        total.put("p10", round(e.p10()));
        total.put("p90", round(e.p90()));
        total.put("headline", round(e.headline()));
        total.put("headlineStatistic", "p50");
        total.put("simulated", e.simulated());
        range(root.putObject("subtotal"), e.subtotal());
        root.put("contingencyPercent", e.contingencyPercent());
        range(root.putObject("contingency"), e.contingency());
        range(root.putObject("effortDays"), e.effortDays());
        ArrayNode phases = root.putArray("topSheet");
        for (BudgetTopSheet.PhaseBlock block : BudgetTopSheet.of(e).phases()) {
            ObjectNode phase = phases.addObject();
            phase.put("phase", block.phase().id());
            range(phase.putObject("subtotal"), block.subtotal());
            ArrayNode ids = phase.putArray("stages");
            block.lines().forEach(l -> ids.add(l.stage().id()));
        }
        ArrayNode stages = root.putArray("stages");
        for (StageLine line : e.lines()) {
            ObjectNode s = stages.addObject();
            s.put("stage", line.stage().id());
            s.put("phase", line.stage().phase().id());
            s.put("workflow", line.workflow().id());
            s.put("aiShare", line.aiShare());
            range(s.putObject("cost"), line.cost());
            s.put("effortDays", round(line.effortDays().likely()));
            range(s.putObject("effortDaysRange"), line.effortDays());
            range(s.putObject("calendarDays"), line.calendarDays());
            s.put("explanation", line.explanation());
            ArrayNode sources = s.putArray("sources");
            for (Source source : line.sources()) {
                sources.addObject().put("id", source.id()).put("citation", source.citation())
                        .put("title", source.title()).put("address", source.address());
            }
            ArrayNode items = s.putArray("items");
            for (LineItem item : line.items()) {
                ObjectNode i = items.addObject();
                i.put("label", item.label());
                range(i.putObject("cost"), item.cost());
                i.put("effortDays", round(item.effortDays().likely()));
                i.put("explanation", item.explanation());
                ArrayNode rates = i.putArray("rates");
                for (Rate r : item.rates()) {
                    ObjectNode rate = rates.addObject();
                    rate.put("benchmark", r.id());
                    rate.put("unit", r.unit());
                    range(rate, r.value());
                    rate.put("confidence", r.confidence().id());
                    rate.put("userOverride", r.userOverride());
                }
            }
        }
        ArrayNode flags = root.putArray("flags");
        for (RiskFlag f : e.flags()) {
            flags.addObject().put("code", f.code().id()).put("severity", f.severity().id())
                    .put("subject", f.subject()).put("subjectId", f.subjectId()).put("message", f.message())
                    .put("source", f.source());
        }
        return root;
    }

    private static ObjectNode range(ObjectNode node, Range range) {
        node.put("low", round(range.low()));
        node.put("likely", round(range.likely()));
        node.put("high", round(range.high()));
        return node;
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    private String write(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an estimate could not be written as JSON", e);
        }
    }
}
