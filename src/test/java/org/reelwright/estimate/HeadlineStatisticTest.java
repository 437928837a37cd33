package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;

/** ADR 0008: one headline (P50), the range P10–P90, correlated draws, a recommender that speaks P50. */
class HeadlineStatisticTest {

    @Test
    void everyScenariosP50LiesBetweenItsP10AndP90AndItsLinesStillAddUp() throws Exception {
        Production sample = EstimateFixtures.sample();
        for (Scenario scenario : Scenario.values()) {
            Estimate e = EstimateFixtures.estimator(10_000).estimate(sample, scenario);
            assertTrue(e.simulated());
            assertTrue(e.p10().compareTo(e.p50()) < 0 && e.p50().compareTo(e.p90()) < 0, scenario + ": " + e
                    .percentiles());
            assertTrue(e.p50().compareTo(e.p80()) <= 0);
            assertEquals(e.p50(), e.headline());
            assertEquals(e.p50(), BudgetTopSheet.of(e).headline());
            // The additive statistics still add up: Σ lines + contingency = total.
            Range lines = e.lines().stream().map(StageLine::cost).reduce(Range.ZERO, Range::plus);
            for (int point = 0; point < 3; point++) {
                assertEquals(0, pick(lines.plus(e.contingency()), point).compareTo(pick(e.total(), point)));
            }
            // The simulated range is far narrower than the sums of the lines' extremes.
            assertTrue(e.p10().compareTo(e.total().low()) > 0 && e.p90().compareTo(e.total().high()) < 0);
        }
    }

    @Test
    void aRateSharedByTwoStagesMovesBothInTheSameTrial() throws Exception {
        Estimate e = EstimateFixtures.estimator(0).estimate(EstimateFixtures.sample(), Scenario.TRADITIONAL);
        List<LineItem> editing = e.line(StageId.EDITING).orElseThrow().items();
        List<LineItem> trailer = e.line(StageId.TRAILER).orElseThrow().items();
        // Both are priced at the editor's day rate.
        assertTrue(editing.stream().anyMatch(i -> uses(i, "crew.editor-day-rate")));
        assertTrue(trailer.stream().anyMatch(i -> uses(i, "crew.editor-day-rate")));
        List<LineItem> all = e.lines().stream().flatMap(l -> l.items().stream()).toList();
        MonteCarlo.Trials trials = new MonteCarlo(5_000, MonteCarlo.DEFAULT_SEED).run(all);
        Set<LineItem> editingItems = Set.copyOf(editing);
        Set<LineItem> trailerItems = Set.copyOf(trailer);
        double[] a = trials.totals(i -> editingItems.contains(i) ? 1 : 0, 1);
        double[] b = trials.totals(i -> trailerItems.contains(i) ? 1 : 0, 1);
        double r = correlation(a, b);
        assertTrue(r > 0.3, "editing and trailer move together through the editor's day rate, r = " + r);
        // Drawn independently, as before, the two lines would not be correlated.
        List<LineItem> independent = List.of(
                new LineItem("editing", e.line(StageId.EDITING).orElseThrow().cost(), Range.ZERO, List.of(), ""),
                new LineItem("trailer", e.line(StageId.TRAILER).orElseThrow().cost(), Range.ZERO, List.of(), ""));
        MonteCarlo.Trials apart = new MonteCarlo(5_000, MonteCarlo.DEFAULT_SEED).run(independent);
        double r0 = correlation(apart.totals(i -> i.label().equals("editing") ? 1 : 0, 1),
                apart.totals(i -> i.label().equals("trailer") ? 1 : 0, 1));
        assertTrue(Math.abs(r0) < 0.1, "independent draws, r = " + r0);
    }

    @Test
    void anItemsTrialCostFollowsItsRatesFactorsAndReachesItsLowAndHigh() throws Exception {
        Estimate e = EstimateFixtures.estimator(0).estimate(EstimateFixtures.sample(), Scenario.TRADITIONAL);
        LineItem cut = e.line(StageId.EDITING).orElseThrow().items().get(0);
        // minutes × hours per minute ÷ hours per day × day rate: hours per day enters divided.
        assertTrue(cut.costFactors().stream().anyMatch(f -> f.rate().id().equals("work.hours-per-day")
                && f.power() == -1), cut.costFactors().toString());
        double low = cut.cost().likely().doubleValue();
        double high = low;
        for (RateFactor f : cut.costFactors()) {
            Range v = f.rate().value();
            double l = v.likely().doubleValue();
            low *= Math.pow((f.power() > 0 ? v.low() : v.high()).doubleValue() / l, f.power());
            high *= Math.pow((f.power() > 0 ? v.high() : v.low()).doubleValue() / l, f.power());
        }
        assertEquals(cut.cost().low().doubleValue(), low, 1e-6 * high);
        assertEquals(cut.cost().high().doubleValue(), high, 1e-6 * high);
    }

    @Test
    void aWeightedSubsetComesFromTheSameTrials() throws Exception {
        Estimate e = EstimateFixtures.estimator(10_000).estimate(EstimateFixtures.sample(), Scenario.CURRENT);
        List<LineItem> all = e.lines().stream().flatMap(l -> l.items().stream()).toList();
        MonteCarlo.Trials trials = new MonteCarlo(10_000, MonteCarlo.DEFAULT_SEED).run(all);
        double factor = 1 + e.contingencyPercent() / 100;
        double[] whole = trials.percentiles(i -> 1, factor, 0.5);
        assertEquals(e.p50().doubleValue(), whole[0], 1e-6);
        Set<LineItem> shoot = Set.copyOf(e.line(StageId.SHOOT).orElseThrow().items());
        double[] part = trials.percentiles(i -> shoot.contains(i) ? 0 : 1, factor, 0.5);
        assertTrue(part[0] < whole[0]);
    }

    @Test
    void theRecommenderComparesAndSpeaksTheHeadline() throws Exception {
        Production sample = EstimateFixtures.sample();
        CostEstimator estimator = EstimateFixtures.estimator(2_000);
        Recommender.Recommendation r = new Recommender(estimator).recommend(sample,
                new Recommender.Request(Optional.of(new BigDecimal("1000000")), Optional.empty(),
                        org.reelwright.estimate.Severity.MEDIUM));
        assertEquals("p50", r.statistic());
        assertEquals(r.estimate().p50(), r.headline());
        for (Recommender.StageAdvice a : r.advice()) {
            assertTrue(a.reason().contains("expected budget (P50)"), a.reason());
            assertTrue(a.reason().endsWith("."), "a sentence: " + a.reason());
        }
        Recommender.StageAdvice subtitles = r.advice().stream().filter(a -> a.stage() == StageId.SUBTITLES)
                .findFirst().orElseThrow();
        assertTrue(subtitles.reason().matches("(Choosing .* for subtitles (saves|adds) \\$.*"
                + "|Traditional subtitles keeps the expected budget \\(P50\\) lowest: .* would add \\$.*)"),
                subtitles.reason());
        // The cap is checked against the same P50 the cards show.
        BigDecimal headline = r.headline();
        Recommender.Recommendation tight = new Recommender(estimator).recommend(sample, new Recommender.Request(
                Optional.of(headline.subtract(BigDecimal.ONE)), Optional.empty(), Severity.MEDIUM));
        assertEquals(false, tight.meetsBudget());
    }

    @Test
    void theRecommendersReasonsAreInChineseToo() throws Exception {
        CostEstimator chinese = new CostEstimator(EstimateFixtures.estimator(0).library(),
                new MonteCarlo(1_000, MonteCarlo.DEFAULT_SEED), java.util.Locale.SIMPLIFIED_CHINESE);
        Recommender.Recommendation r = new Recommender(chinese).recommend(EstimateFixtures.sample(),
                new Recommender.Request(Optional.empty(), Optional.empty(), Severity.MEDIUM));
        assertTrue(r.advice().stream().allMatch(a -> a.reason().contains("预期预算（P50）")),
                r.advice().toString());
    }

    private static boolean uses(LineItem item, String rateId) {
        return item.costFactors().stream().anyMatch(f -> f.rate().id().equals(rateId));
    }

    private static BigDecimal pick(Range r, int point) {
        return point == 0 ? r.low() : point == 1 ? r.likely() : r.high();
    }

    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int k = 0; k < a.length; k++) {
            ma += a[k];
            mb += b[k];
        }
        ma /= a.length;
        mb /= b.length;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int k = 0; k < a.length; k++) {
            cov += (a[k] - ma) * (b[k] - mb);
            va += (a[k] - ma) * (a[k] - ma);
            vb += (b[k] - mb) * (b[k] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }
}
