package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.PayTerms;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.store.json.JsonProductionFiles;

class PayBreakdownTest {
    private static final CostEstimator ESTIMATOR = new CostEstimator(EstimateFixtures.LIBRARY);

    static Production noBudgetSample() throws Exception {
        try (InputStream in = PayBreakdownTest.class.getResourceAsStream(
                "/seeds/samples/sample-nobudget-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample-nobudget-short.json");
        }
    }

    private static LineItem item(String... rateIds) {
        Production p = EstimateFixtures.small();
        List<Rate> rates = java.util.Arrays.stream(rateIds).map(id -> ESTIMATOR.rate(p, StageId.SHOOT, id)).toList();
        return new LineItem("item", Range.exactly(100), Range.ZERO, rates, "");
    }

    @Test
    void linesAreClassifiedByTheRateThatPricesThem() {
        assertEquals(Optional.of(PayCategory.CREW), PayBreakdown.categoryOf(item("crew.dp-day-rate")));
        assertEquals(Optional.of(PayCategory.CREW), PayBreakdown.categoryOf(
                item("editing.traditional.hours-per-finished-minute", "work.hours-per-day", "crew.editor-day-rate")));
        assertEquals(Optional.of(PayCategory.CREW), PayBreakdown.categoryOf(
                item("vfx.traditional.price-per-shot.medium")));
        assertEquals(Optional.of(PayCategory.CAST), PayBreakdown.categoryOf(
                item("shoot.pages-per-day", "cast.day-performer-rate")));
        assertEquals(Optional.of(PayCategory.LOCATION), PayBreakdown.categoryOf(item("shoot.location-fee-per-day")));
        assertEquals(Optional.of(PayCategory.EQUIPMENT), PayBreakdown.categoryOf(item("shoot.equipment-per-day")));
        for (String outOfPocket : List.of("shoot.catering-per-person-day", "festivals.entry-fee",
                "generation.price-per-generated-second", "music.traditional.licence-per-cue",
                "locations.traditional.permit-per-location", "editing.ai.tool-per-month")) {
            assertEquals(Optional.empty(), PayBreakdown.categoryOf(item(outOfPocket)), outOfPocket);
        }
    }

    @Test
    void presetsGiveTheTermsTheyPromise() {
        assertEquals(Map.of(PayCategory.CREW, PayTerm.IN_KIND, PayCategory.CAST, PayTerm.DEFERRED,
                PayCategory.LOCATION, PayTerm.IN_KIND, PayCategory.EQUIPMENT, PayTerm.IN_KIND),
                PayModel.NO_BUDGET.terms());
        assertEquals(Map.of(PayCategory.CREW, PayTerm.PAID, PayCategory.CAST, PayTerm.DEFERRED,
                PayCategory.LOCATION, PayTerm.PAID, PayCategory.EQUIPMENT, PayTerm.PAID),
                PayModel.MICRO_BUDGET.terms());
        for (PayModel paid : List.of(PayModel.ALL_PAID, PayModel.LOW_BUDGET_UNION)) {
            assertTrue(paid.terms().values().stream().allMatch(t -> t == PayTerm.PAID), paid.id());
        }
        assertEquals(PayModel.ALL_PAID, Production.blank("New", java.time.LocalDate.of(2027, 3, 1)).payModel());
        for (PayModel model : PayModel.values()) {
            String note = model.note().english();
            assertFalse(note.isBlank());
            assertTrue(model == PayModel.ALL_PAID || note.contains("assumption") || note.contains("sagindie"),
                    model.id() + " names its sources or says assumption: " + note);
        }
    }

    @Test
    void theSampleUnderEachPresetSplitsAsItsTermsSay() throws Exception {
        Production sample = EstimateFixtures.sample();
        Estimate e = ESTIMATOR.estimate(sample, Scenario.CURRENT);
        PayBreakdown allPaid = PayBreakdown.of(sample, e);
        assertTrue(allPaid.total().deferred().isZero() && allPaid.total().inKind().isZero());
        assertEquals(0, allPaid.total().cash().likely().compareTo(e.total().likely()));

        Production noBudget = sample.withPayModel(PayModel.NO_BUDGET);
        PayBreakdown split = PayBreakdown.of(noBudget, ESTIMATOR.estimate(noBudget, Scenario.CURRENT));
        StageLine shoot = e.line(StageId.SHOOT).orElseThrow();
        BigDecimal cast = sum(shoot, PayCategory.CAST);
        assertTrue(cast.signum() > 0);
        assertEquals(money(cast), money(split.stage(StageId.SHOOT).deferred().likely()), "cast deferred");
        assertEquals(money(sum(shoot, PayCategory.CREW).add(sum(shoot, PayCategory.LOCATION))
                .add(sum(shoot, PayCategory.EQUIPMENT))), money(split.stage(StageId.SHOOT).inKind().likely()));
        assertTrue(split.cashP50().compareTo(e.headline()) < 0);
    }

    @Test
    void aStageOverrideBeatsThePreset() throws Exception {
        Production sample = EstimateFixtures.sample().withPayModel(PayModel.NO_BUDGET);
        Production paidCast = sample.withStage(sample.stage(StageId.SHOOT).withPayTerms(
                PayTerms.NONE.with(PayCategory.CAST, PayTerm.PAID)));
        assertEquals(PayTerm.PAID, paidCast.payTerm(StageId.SHOOT, PayCategory.CAST));
        assertEquals(PayTerm.IN_KIND, paidCast.payTerm(StageId.SHOOT, PayCategory.CREW));
        assertEquals(PayTerm.DEFERRED, paidCast.payTerm(StageId.CASTING, PayCategory.CAST));
        PayBreakdown split = PayBreakdown.of(paidCast, ESTIMATOR.estimate(paidCast, Scenario.CURRENT));
        assertTrue(split.stage(StageId.SHOOT).deferred().isZero(), "the shoot's cast is paid, nothing deferred");
        BigDecimal cast = sum(ESTIMATOR.estimate(paidCast, Scenario.CURRENT).line(StageId.SHOOT).orElseThrow(),
                PayCategory.CAST);
        PayBreakdown before = PayBreakdown.of(sample, ESTIMATOR.estimate(sample, Scenario.CURRENT));
        assertEquals(money(before.stage(StageId.SHOOT).cash().likely().add(cast)),
                money(split.stage(StageId.SHOOT).cash().likely()));
    }

    @ParameterizedTest
    @EnumSource(PayModel.class)
    void cashDeferredAndInKindAddUpToTheTotalForEveryAdditiveStatistic(PayModel model) throws Exception {
        for (Production base : List.of(EstimateFixtures.sample(), noBudgetSample())) {
            Production p = base.withPayModel(model);
            for (Scenario scenario : Scenario.values()) {
                Estimate e = ESTIMATOR.estimate(p, scenario);
                PayBreakdown pay = PayBreakdown.of(p, e);
                for (Function<Range, BigDecimal> statistic : List.<Function<Range, BigDecimal>>of(Range::low,
                        Range::likely, Range::high, Range::pertMean)) {
                    assertEquals(money(statistic.apply(e.total())), money(statistic.apply(pay.total().total())));
                    assertEquals(money(statistic.apply(e.subtotal())), money(statistic.apply(pay.subtotal().total())));
                    assertEquals(money(statistic.apply(e.contingency())),
                            money(statistic.apply(pay.contingency().total())));
                    for (StageLine line : e.lines()) {
                        assertEquals(money(statistic.apply(line.cost())),
                                money(statistic.apply(pay.stage(line.stage()).total())), line.stage().id());
                    }
                }
                assertTrue(pay.cashP50().compareTo(pay.cashP80()) <= 0);
                assertTrue(pay.cashP50().compareTo(money(e.headline()).add(BigDecimal.ONE)) <= 0,
                        "cash P50 never above the total's");
            }
        }
    }

    @Test
    void theNoBudgetSampleNeedsLessThanFiveThousandDollarsInCash() throws Exception {
        Production p = noBudgetSample();
        assertEquals(PayModel.NO_BUDGET, p.payModel());
        assertEquals(15, p.targetRuntimeMinutes());
        Estimate e = ESTIMATOR.estimate(p, Scenario.CURRENT);
        PayBreakdown pay = PayBreakdown.of(p, e);
        System.out.printf("no-budget sample: total P50 %s likely %s; cash P50 %s P80 %s likely %s; deferred %s;"
                + " in kind %s%n", money(e.headline()), money(e.total().likely()), money(pay.cashP50()),
                money(pay.cashP80()), money(pay.total().cash().likely()), money(pay.total().deferred().likely()),
                money(pay.total().inKind().likely()));
        for (StageLine line : e.lines()) {
            System.out.printf("  %-10s cash %s deferred %s in kind %s%n", line.stage().id(),
                    money(pay.stage(line.stage()).cash().likely()), money(pay.stage(line.stage()).deferred().likely()),
                    money(pay.stage(line.stage()).inKind().likely()));
        }
        assertTrue(pay.cashP50().compareTo(BigDecimal.valueOf(5000)) < 0, "cash P50 " + pay.cashP50());
        assertTrue(pay.hasNonCash());
    }

    private static BigDecimal sum(StageLine line, PayCategory category) {
        return line.items().stream().filter(i -> PayBreakdown.categoryOf(i).equals(Optional.of(category)))
                .map(i -> i.cost().likely()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
