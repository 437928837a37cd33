package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.ExchangeRates;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.StageLine;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** A planning in Chinese reads the library's Chinese words, and only its words change. */
class PlanningLibraryWordsTest {
    private static BenchmarkLibrary bundled;
    private static Planning english;
    private static Planning chinese;
    private static Production sample;

    @BeforeAll
    static void load() throws Exception {
        bundled = Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
        english = new Planning(bundled, Locale.ENGLISH);
        chinese = new Planning(bundled, Locale.SIMPLIFIED_CHINESE);
        try (InputStream in = PlanningLibraryWordsTest.class.getResourceAsStream(ProductionDocuments.SAMPLE_RESOURCE)) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    @Test
    void chineseEstimateExplainsTheSampleWithChineseRateLabelsAndUnits() {
        Estimate estimate = chinese.quickEstimate(sample, Scenario.CURRENT);
        List<Executable> checks = new ArrayList<>();
        int rates = 0;
        for (StageLine line : estimate.lines()) {
            for (String id : line.benchmarkIds()) {
                rates++;
                String zh = chinese.library().benchmark(id).orElseThrow().label();
                String en = bundled.benchmark(id).orElseThrow().label();
                checks.add(() -> assertTrue(line.explanation().contains(zh), line.stage() + " does not name " + id
                        + " as " + zh + ": " + line.explanation()));
                checks.add(() -> assertFalse(line.explanation().contains(en), line.stage() + " still names " + id
                        + " in English: " + line.explanation()));
            }
        }
        assertTrue(rates > 20, "the sample uses only " + rates + " rates");
        String all = String.join("\n", estimate.lines().stream().map(StageLine::explanation).toList());
        checks.add(() -> assertTrue(all.contains("USD/天"), all));
        checks.add(() -> assertFalse(all.contains("USD/day"), all));
        assertAll(checks);
    }

    /** The estimator swaps the currency code inside a converted rate's unit: the Chinese unit must allow it. */
    @Test
    void chineseUnitsOfAYuanProductionNameTheYuan() {
        Currency yuan = Currency.getInstance("CNY");
        Production inYuan = sample.withCurrency(yuan).withExchangeRates(ExchangeRates.none(yuan)
                .withRate("USD", new BigDecimal("7.2")));

        String all = String.join("\n", chinese.quickEstimate(inYuan, Scenario.CURRENT).lines().stream()
                .map(StageLine::explanation).toList());

        assertTrue(all.contains("CNY/天"), all);
        assertFalse(all.contains("USD/"), all);
    }

    @Test
    void englishPlanningKeepsTheLibraryAsBundled() {
        assertEquals(bundled.benchmark("crew.editor-day-rate"), english.library().benchmark("crew.editor-day-rate"));
    }

    @Test
    void chineseEstimateCostsTheSameAsTheEnglishOneWithAndWithoutARateOverride() {
        Production overridden = Edits.setRateOverride(StageId.EDITING, new RateOverride("crew.editor-day-rate",
                new BigDecimal("100"), new BigDecimal("900"), new BigDecimal("2000"), "")).applyTo(sample);

        List<Object> plain = figures(english.quickEstimate(sample, Scenario.CURRENT));

        assertEquals(plain, figures(chinese.quickEstimate(sample, Scenario.CURRENT)));
        assertEquals(figures(english.quickEstimate(overridden, Scenario.CURRENT)),
                figures(chinese.quickEstimate(overridden, Scenario.CURRENT)));
        assertNotEquals(plain, figures(chinese.quickEstimate(overridden, Scenario.CURRENT)),
                "the override changed nothing");
        assertTrue(chinese.quickEstimate(overridden, Scenario.CURRENT).line(StageId.EDITING).orElseThrow().items()
                .stream().flatMap(i -> i.rates().stream())
                .anyMatch(r -> r.id().equals("crew.editor-day-rate") && r.userOverride()));
    }

    /** Every number of an estimate: per line cost, effort and calendar days, then the totals. */
    private static List<Object> figures(Estimate e) {
        List<Object> figures = new ArrayList<>();
        for (StageLine line : e.lines()) {
            figures.add(List.of(line.stage(), line.cost(), line.effortDays(), line.calendarDays(),
                    line.benchmarkIds()));
        }
        figures.add(List.of(e.subtotal(), e.total(), e.effortDays(), e.flags().size()));
        return figures;
    }
}
