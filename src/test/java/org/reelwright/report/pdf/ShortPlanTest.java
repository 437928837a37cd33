package org.reelwright.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PlanBuilder;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanInput;
import org.reelwright.report.PlanSection;
import org.reelwright.report.Section;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** Issue 13: the short plan for a first meeting is summary, budget top sheet and schedule on 2–4 pages. */
class ShortPlanTest {

    @ParameterizedTest
    @CsvSource({"sample-scifi-short.json, en, Summary, Budget top sheet, Schedule",
        "sample-zh-short.json, zh, 概要, 预算总表, 制作周期",
        "sample-scifi-short.json, zh, 概要, 预算总表, 制作周期"})
    void theSamplesShortPlanHasTwoToFourPagesWithTheNamedSections(String sample, String lang, String summary,
            String budget, String schedule) throws Exception {
        Locale locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Production p;
        try (InputStream in = ShortPlanTest.class.getResourceAsStream("/seeds/samples/" + sample)) {
            p = new JsonProductionFiles().parse(in.readAllBytes(), sample);
        }
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), locale);
        PlanInput input = new PlanInput(p, planning.estimate(p, Scenario.CURRENT), planning.compare(p),
                planning.schedule(p, Scenario.CURRENT), planning.library(), LocalDate.of(2026, 11, 21));
        PlanDocument doc = new PlanBuilder(locale).buildShort(input, "Reelwright test");
        assertEquals(List.of(PlanSection.SUMMARY, PlanSection.BUDGET, PlanSection.SCHEDULE),
                doc.sections().stream().map(Section::kind).toList());
        for (PageSetup setup : List.of(PageSetup.defaults(), PageSetup.defaults().withPaper(PageSetup.Paper.LETTER))) {
            List<String> pages = PdfText.pages(SamplePlan.write(PdfPlanRenderer.withSystemFonts(locale,
                    SamplePlan.CLOCK), doc, setup).pdf());
            assertTrue(pages.size() >= 2 && pages.size() <= 4, () -> pages.size() + " pages");
            String all = String.join("\n", pages);
            assertTrue(pages.get(0).contains(p.title()), "the title on the first page");
            for (String heading : List.of(summary, budget, schedule)) {
                assertTrue(all.contains(heading), heading);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"sample-scifi-short.json"})
    void theShortPlanLeavesOutTheDetail(String sample) throws Exception {
        PlanDocument doc = new PlanBuilder(Locale.ENGLISH).buildShort(SamplePlan.INPUT, "Reelwright test");
        String all = String.join("\n", PdfText.pages(SamplePlan.write(doc, PageSetup.defaults()).pdf()));
        for (String detail : List.of("Shot list", "Assumptions and sources", "Stage plan", "Strip plan")) {
            assertFalse(all.contains(detail), detail);
        }
        assertTrue(all.contains("short plan"), "the running header says which plan it is");
    }
}
