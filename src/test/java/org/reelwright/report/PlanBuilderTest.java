package org.reelwright.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.estimate.Scenario;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

class PlanBuilderTest {
    private static PlanInput input;
    private static PlanInput noBudget;

    @BeforeAll
    static void setUp() throws Exception {
        Production sample;
        try (InputStream in = PlanBuilderTest.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        input = new PlanInput(sample, planning.estimate(sample, Scenario.CURRENT), planning.compare(sample),
                planning.schedule(sample, Scenario.CURRENT), planning.library(), LocalDate.of(2026, 11, 21));
        Production nb;
        try (InputStream in = PlanBuilderTest.class.getResourceAsStream(
                "/seeds/samples/sample-nobudget-short.json")) {
            nb = new JsonProductionFiles().parse(in.readAllBytes(), "sample-nobudget-short.json");
        }
        noBudget = new PlanInput(nb, planning.estimate(nb, Scenario.CURRENT), planning.compare(nb),
                planning.schedule(nb, Scenario.CURRENT), planning.library(), LocalDate.of(2026, 11, 21));
    }

    private static String usd(java.math.BigDecimal amount) {
        java.text.NumberFormat money = java.text.NumberFormat.getCurrencyInstance(Locale.ENGLISH);
        money.setCurrency(java.util.Currency.getInstance("USD"));
        money.setMaximumFractionDigits(0);
        return money.format(amount);
    }

    @Test
    void theNoBudgetSamplesBudgetReadsCashFirstThenDeferredAndInKind() {
        PlanDocument doc = new PlanBuilder(Locale.ENGLISH).build(noBudget, EnumSet.of(PlanSection.BUDGET), "R");
        List<Block> blocks = doc.sections().get(0).blocks();
        PayBreakdown pay = PayBreakdown.of(noBudget.production(), noBudget.estimate());
        Block.Facts facts = (Block.Facts) blocks.get(0);
        assertEquals(List.of(new Block.Fact("Cash needed (P50)", usd(pay.cashP50())),
                new Block.Fact("Safe cash budget (P80)", usd(pay.cashP80())),
                new Block.Fact("Then deferred and in kind", "deferred " + usd(pay.total().deferred().likely())
                        + " · in kind " + usd(pay.total().inKind().likely()) + " (likely, contingency included)"),
                new Block.Fact("Pay model", "No budget")), facts.items().subList(0, 4));
        assertTrue(pay.cashP50().doubleValue() > 3_000 && pay.cashP50().doubleValue() < 5_000, () -> pay.cashP50().toString());
        Block.Table table = (Block.Table) blocks.get(2);
        assertEquals("Cash (likely)", table.columns().get(5).header());
        Block.Row total = table.rows().stream().filter(r -> r.cells().get(0).equals("Total (sums of the lines)"))
                .findFirst().orElseThrow();
        assertEquals(usd(pay.total().cash().likely()), total.cells().get(5));
        assertTrue(((Block.Paragraph) blocks.get(1)).text().contains("No budget"));
    }

    @Test
    void theSummaryLeadsWithCashForTheNoBudgetSampleAndNamesAllCashForTheOther() {
        Section summary = new PlanBuilder(Locale.ENGLISH).build(noBudget, EnumSet.of(PlanSection.SUMMARY), "R")
                .sections().get(0);
        Block.Facts facts = (Block.Facts) summary.blocks().get(0);
        assertEquals("Cash needed (P50)", facts.items().get(0).label());
        assertEquals("Expected budget (P50)", facts.items().get(4).label());
        Block.Table scenarios = (Block.Table) summary.blocks().get(2);
        assertEquals("Cash (P50)", scenarios.columns().get(2).header());

        Section paid = new PlanBuilder(Locale.ENGLISH).build(input, EnumSet.of(PlanSection.SUMMARY), "R")
                .sections().get(0);
        Block.Facts paidFacts = (Block.Facts) paid.blocks().get(0);
        assertEquals(new Block.Fact("Pay model", "Everyone paid: all of it is cash, nothing deferred or in kind"),
                paidFacts.items().get(0));
        assertEquals("Expected budget (P50)", paidFacts.items().get(1).label());
        assertEquals(5, ((Block.Table) paid.blocks().get(2)).columns().size(), "no cash column when all is cash");
    }

    @Test
    void theWholePlanHasEverySectionInOrder() {
        PlanDocument doc = new PlanBuilder(Locale.ENGLISH).build(input, Set.of(), "Reelwright 0.1");
        assertEquals(List.of(PlanSection.values()), doc.sections().stream().map(Section::kind).toList());
        assertEquals("The Salt Archive", doc.title());
        assertEquals("Page {0} of {1}", doc.pageLabel());
    }

    @Test
    void theShotListHasEveryShotAndTheBudgetEndsWithTheTotal() {
        PlanDocument doc = new PlanBuilder(Locale.ENGLISH).build(input, EnumSet.of(PlanSection.SCENES,
                PlanSection.BUDGET), "Reelwright");
        Section scenes = doc.sections().get(1);
        Block.Table shots = (Block.Table) scenes.blocks().get(2);
        long shotRows = shots.rows().stream().filter(r -> r.kind() != Block.RowKind.GROUP).count();
        assertEquals(input.production().shotCount(), shotRows);
        assertTrue(shots.rows().stream().anyMatch(r -> r.cells().get(1).contains("夜市")), "Chinese heading kept");
        // The budget opens with the pay facts (all cash here), then its intro and the table.
        Block.Table budget = (Block.Table) doc.sections().get(0).blocks().get(2);
        Block.Row last = budget.rows().get(budget.rows().size() - 1);
        assertEquals(Block.RowKind.TOTAL, last.kind());
        java.text.NumberFormat money = java.text.NumberFormat.getCurrencyInstance(Locale.ENGLISH);
        money.setCurrency(java.util.Currency.getInstance("USD"));
        money.setMaximumFractionDigits(0);
        // The budget ends with the simulated total: P10, P50 (the headline, ADR 0008), P90.
        assertEquals(money.format(input.estimate().headline()), last.cells().get(3));
        assertEquals(money.format(input.estimate().p10()), last.cells().get(2));
        assertEquals(money.format(input.estimate().p90()), last.cells().get(4));
        Block.Row sums = budget.rows().get(budget.rows().size() - 2);
        assertEquals(money.format(input.estimate().total().likely()), sums.cells().get(3), "sums of the lines");
    }

    @Test
    void pagesAreWrittenAsOnABreakdownSheet() {
        assertEquals("1 3/8", PlanBuilder.pages(11));
        assertEquals("4/8", PlanBuilder.pages(4), "eighths are never reduced, as on a breakdown sheet");
        assertEquals("2/8", PlanBuilder.pages(2));
        assertEquals("2", PlanBuilder.pages(16));
    }
}
