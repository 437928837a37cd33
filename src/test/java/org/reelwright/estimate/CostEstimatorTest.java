package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reelwright.estimate.EstimateFixtures.bd;
import static org.reelwright.estimate.EstimateFixtures.estimator;
import static org.reelwright.estimate.EstimateFixtures.small;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.benchmark.Confidence;
import org.reelwright.domain.ExchangeRates;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Money;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.Workflow;

class CostEstimatorTest {

    @Test
    void hybridIsTheShareOfTheAiLinePlusTheRestOfTheTraditionalLine() {
        Production p = small();
        for (double share : new double[] {0.25, 0.5, 0.8}) {
            Production hybrid = p.withStage(p.stage(StageId.COLOR).withWorkflow(Workflow.HYBRID).withAiShare(share));
            BigDecimal traditional = line(p, StageId.COLOR, Workflow.TRADITIONAL).cost().likely();
            BigDecimal ai = line(p, StageId.COLOR, Workflow.AI).cost().likely();
            BigDecimal expected = ai.multiply(BigDecimal.valueOf(share))
                    .add(traditional.multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(share))));
            BigDecimal actual = estimator(0).estimate(hybrid, Scenario.CURRENT).line(StageId.COLOR).orElseThrow()
                    .cost().likely();
            assertEquals(0, expected.compareTo(actual), () -> share + ": " + expected + " vs " + actual);
        }
    }

    @Test
    void contingencyIsAddedToTheSubtotal() {
        Production p = small().withContingencyPercent(15);
        Estimate e = estimator(0).estimate(p, Scenario.CURRENT);
        assertEquals(0, e.subtotal().likely().multiply(bd("1.15")).compareTo(e.total().likely()));
        assertEquals(0, e.subtotal().high().multiply(bd("0.15")).compareTo(e.contingency().high()));
    }

    @Test
    void moneyIsConvertedWithTheProductionsOwnRates() {
        Production usd = small();
        Production cny = usd.withCurrency(Money.currency("CNY"))
                .withExchangeRates(new ExchangeRates(Money.currency("CNY"), Map.of("USD", bd("7.1"))));
        Estimate inDollars = estimator(0).estimate(usd, Scenario.CURRENT);
        Estimate inYuan = estimator(0).estimate(cny, Scenario.CURRENT);
        assertEquals("CNY", inYuan.currency().getCurrencyCode());
        assertEquals(0, inDollars.total().likely().multiply(bd("7.1")).compareTo(inYuan.total().likely()));
        assertTrue(inYuan.line(StageId.EDITING).orElseThrow().explanation().contains("CNY/day"));
    }

    @Test
    void aMissingExchangeRateIsRefusedNamingTheCurrency() {
        Production cny = small().withCurrency(Money.currency("CNY"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> estimator(0).estimate(cny, Scenario.CURRENT));
        assertEquals("No exchange rate from USD to CNY; add one in the production's exchange rates", e.getMessage());
    }

    @Test
    void aUserOverrideReplacesTheLibraryRateAndIsMarked() {
        Production p = small();
        p = p.withStage(p.stage(StageId.EDITING).withRateOverrides(List.of(
                new RateOverride("crew.editor-day-rate", bd("400"), bd("500"), bd("600"), "my editor"))));
        StageLine editing = estimator(0).estimate(p, Scenario.CURRENT).line(StageId.EDITING).orElseThrow();
        assertEquals(0, bd("562.5").compareTo(editing.cost().likely())); // 1.125 days × 500
        assertTrue(editing.items().get(0).rates().stream().anyMatch(r -> r.userOverride()));
        assertTrue(editing.explanation().contains("your own figure"), editing.explanation());
        // Kept on the rate's home stage (editing), the override also prices the trailer's editor.
        StageLine trailer = estimator(0).estimate(p, Scenario.CURRENT).line(StageId.TRAILER).orElseThrow();
        assertEquals(0, bd("1500").compareTo(trailer.cost().likely()));
    }

    @Test
    void monteCarloIsReproducibleAndOrdered() throws Exception {
        Production sample = EstimateFixtures.sample();
        Estimate first = estimator(10_000).estimate(sample, Scenario.CURRENT);
        Estimate second = estimator(10_000).estimate(sample, Scenario.CURRENT);
        assertEquals(first.p50(), second.p50());
        assertEquals(first.p80(), second.p80());
        assertTrue(first.p50().compareTo(first.p80()) < 0);
        assertTrue(first.total().low().compareTo(first.p50()) < 0);
        assertTrue(first.p80().compareTo(first.total().high()) < 0);
    }

    @Test
    void invariantsHoldOverSeededRandomProductions() {
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            Production p = SyntheticProductions.generate(1 + random.nextInt(30), random.nextInt(400),
                    random.nextLong());
            StageId[] flexible = {StageId.SCRIPT, StageId.EDITING, StageId.VFX, StageId.SOUND, StageId.SUBTITLES,
                StageId.MUSIC};
            for (StageId stage : flexible) {
                Workflow w = Workflow.values()[random.nextInt(3)];
                p = p.withStage(p.stage(stage).withWorkflow(w).withAiShare(random.nextDouble()));
            }
            for (Scenario scenario : Scenario.values()) {
                Estimate e = estimator(500).estimate(p, scenario);
                Range sum = e.lines().stream().map(StageLine::cost).reduce(Range.ZERO, Range::plus);
                assertEquals(0, sum.likely().compareTo(e.subtotal().likely()));
                assertEquals(0, sum.low().compareTo(e.subtotal().low()));
                assertEquals(0, sum.high().compareTo(e.subtotal().high()));
                assertEquals(0, e.subtotal().plus(e.contingency()).likely().compareTo(e.total().likely()));
                for (StageLine line : e.lines()) {
                    assertTrue(line.cost().low().compareTo(line.cost().likely()) <= 0);
                    assertTrue(line.cost().likely().compareTo(line.cost().high()) <= 0);
                    assertFalse(line.sources().isEmpty(), () -> line.stage() + " has no source");
                }
                assertTrue(e.p50().compareTo(e.p80()) <= 0);
            }
        }
    }

    @Test
    void switchingOneStageChangesOnlyThatLineAndTheTotals() throws Exception {
        Production sample = EstimateFixtures.sample();
        Estimate before = estimator(0).estimate(sample, Scenario.CURRENT);
        Production switched = sample.withStage(sample.stage(StageId.SOUND).withWorkflow(Workflow.AI));
        Estimate after = estimator(0).estimate(switched, Scenario.CURRENT);
        for (StageLine line : before.lines()) {
            StageLine other = after.line(line.stage()).orElseThrow();
            if (line.stage() == StageId.SOUND) {
                assertNotEquals(line.cost(), other.cost());
            } else {
                assertEquals(line.cost(), other.cost(), line.stage().id());
            }
        }
        assertNotEquals(before.total(), after.total());
    }

    @Test
    void everyFigureShownComesFromTheLibrary() throws Exception {
        BenchmarkLibrary library = EstimateFixtures.LIBRARY;
        for (Scenario scenario : Scenario.values()) {
            Estimate e = estimator(0).estimate(EstimateFixtures.sample(), scenario);
            assertTrue(e.flags().stream().noneMatch(f -> f.code() == FlagCode.MISSING_RATE), "no rate is missing");
            for (StageLine line : e.lines()) {
                for (LineItem item : line.items()) {
                    for (Rate rate : item.rates()) {
                        Benchmark b = library.benchmark(rate.id()).orElseThrow();
                        assertTrue(b.confidence() == Confidence.ASSUMPTION || !rate.sources().isEmpty(), rate.id());
                    }
                }
            }
        }
    }

    @Test
    void aRateMissingFromTheLibraryIsFlaggedAndCountsAsZero() {
        BenchmarkLibrary full = EstimateFixtures.LIBRARY;
        BenchmarkLibrary gap = new BenchmarkLibrary(full.edition(), full.sources(), full.rules(),
                full.benchmarks().stream().filter(b -> !b.id().equals("crew.colorist-day-rate")).toList());
        Estimate e = new CostEstimator(gap, new MonteCarlo(0, 1), java.util.Locale.ENGLISH)
                .estimate(small(), Scenario.CURRENT);
        RiskFlag flag = e.flags().stream().filter(f -> f.code() == FlagCode.MISSING_RATE).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, flag.severity());
        assertEquals("Colour grading stage", flag.subject());
        assertTrue(flag.message().contains("crew.colorist-day-rate"));
        assertEquals(0, e.line(StageId.COLOR).orElseThrow().cost().likely().signum());
    }

    private static StageLine line(Production p, StageId stage, Workflow workflow) {
        StagePlan plan = p.stage(stage).withWorkflow(workflow);
        return estimator(0).estimate(p.withStage(plan), Scenario.CURRENT).line(stage).orElseThrow();
    }
}
