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
import org.reelwright.estimate.Scenario;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

class PlanBuilderTest {
    private static PlanInput input;

    @BeforeAll
    static void setUp() throws Exception {
        Production sample;
        try (InputStream in = PlanBuilderTest.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        input = new PlanInput(sample, planning.estimate(sample, Scenario.CURRENT), planning.compare(sample),
                planning.schedule(sample, Scenario.CURRENT), planning.library(), LocalDate.of(2026, 11, 21));
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
        Block.Table budget = (Block.Table) doc.sections().get(0).blocks().get(1);
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
        assertEquals("1/2", PlanBuilder.pages(4));
        assertEquals("2", PlanBuilder.pages(16));
    }
}
