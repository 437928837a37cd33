package org.reelwright.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
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

/** The printed plan in Simplified Chinese: headings, table headers, dates, money and counts as a Chinese reader writes them. */
class ChinesePlanTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static PlanInput input;

    @BeforeAll
    static void setUp() throws Exception {
        Production sample;
        try (InputStream in = ChinesePlanTest.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), ZH);
        input = new PlanInput(sample, planning.estimate(sample, Scenario.CURRENT), planning.compare(sample),
                planning.schedule(sample, Scenario.CURRENT), planning.library(), LocalDate.of(2026, 11, 21));
    }

    @Test
    void theSectionsHaveChineseHeadings() {
        PlanDocument doc = new PlanBuilder(ZH).build(input, Set.of(), "Reelwright 0.1");
        assertEquals(List.of("制作方案", "概要", "各阶段计划", "预算总表", "制作周期", "分场与镜头表", "风险与披露", "AI 披露",
                "假设与来源"),
                doc.sections().stream().map(Section::title).toList());
        assertEquals("第 {0} 页，共 {1} 页", doc.pageLabel());
        assertTrue(doc.subject().contains("当前方案"), doc.subject());
    }

    @Test
    void datesMoneyAndCountsAreWrittenTheChineseWay() {
        String text = text(new PlanBuilder(ZH).build(input, Set.of(), "Reelwright"));
        assertTrue(text.contains("2027年3月1日"), "start date");
        assertTrue(text.contains("US$"), "dollars as Chinese writes them");
        assertTrue(text.contains("镜头表（" + input.production().shotCount() + " 个镜头）"), "shot count");
        assertTrue(text.contains("应急预备金"), "contingency");
        assertTrue(text.contains("关键路径"), "schedule explanation");
        assertTrue(text.contains("剪辑") && text.contains("视效") && text.contains("调色"), "stage names");
        assertTrue(text.contains("披露声明草稿"), "disclosure statement");
        for (String english : List.of("Budget top sheet", "Shot list", "Summary", "Contingency", "Critical path",
            "working days", "Page ", " shots", "Draft disclosure")) {
            assertFalse(text.contains(english), english);
        }
    }

    @Test
    void englishCountsSayOneOrMany() {
        String text = text(new PlanBuilder(Locale.ENGLISH).build(input, Set.of(PlanSection.SCENES), "Reelwright"));
        assertTrue(text.contains("Shot list (" + input.production().shotCount() + " shots)"), text);
        assertFalse(text.matches("(?s).*\\b1 shots\\b.*"));
    }

    /** Every word of the document: titles, headings, paragraphs, facts, table headers and cells, captions. */
    static String text(PlanDocument doc) {
        StringBuilder b = new StringBuilder(doc.subject()).append('\n').append(doc.runningHeader()).append('\n');
        for (Section s : doc.sections()) {
            b.append(s.title()).append('\n');
            for (Block block : s.blocks()) {
                if (block instanceof Block.Heading h) {
                    b.append(h.text()).append('\n');
                } else if (block instanceof Block.Paragraph p) {
                    b.append(p.text()).append('\n');
                } else if (block instanceof Block.Facts f) {
                    f.items().forEach(i -> b.append(i.label()).append(": ").append(i.value()).append('\n'));
                } else if (block instanceof Block.Table t) {
                    t.columns().forEach(c -> b.append(c.header()).append(' '));
                    t.rows().forEach(r -> b.append(String.join(" ", r.cells())).append('\n'));
                } else if (block instanceof Block.Gantt g) {
                    b.append(g.caption()).append('\n');
                }
            }
        }
        return b.toString();
    }
}
