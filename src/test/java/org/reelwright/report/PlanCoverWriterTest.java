package org.reelwright.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** The plan's cover names the script's writer and draft, as the title page did (issue 13). */
class PlanCoverWriterTest {

    private static List<Block> cover(Production p, Locale locale) throws Exception {
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), locale);
        PlanInput in = new PlanInput(p, planning.estimate(p, Scenario.CURRENT), planning.compare(p),
                planning.schedule(p, Scenario.CURRENT), planning.library(), LocalDate.of(2026, 11, 21));
        return new PlanBuilder(locale).build(in, EnumSet.of(PlanSection.COVER), "R").sections().get(0).blocks();
    }

    private static Production sample() throws Exception {
        try (InputStream in = PlanCoverWriterTest.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    @Test
    void theCoverNamesTheWriterAndDraftUnderTheTitleInEitherLanguage() throws Exception {
        Production p = sample().withAuthor("Stu Maschwitz").withDraftDate("1/20/2012");
        assertEquals(new Block.Paragraph("Written by Stu Maschwitz · draft of 1/20/2012", Block.TextStyle.BODY),
                cover(p, Locale.ENGLISH).get(1));
        assertEquals(new Block.Paragraph("编剧：Stu Maschwitz · 稿件日期：1/20/2012", Block.TextStyle.BODY),
                cover(p, Locale.SIMPLIFIED_CHINESE).get(1));
        assertEquals(new Block.Paragraph("Written by Stu Maschwitz", Block.TextStyle.BODY),
                cover(p.withDraftDate(""), Locale.ENGLISH).get(1));
    }

    @Test
    void aProductionWithoutAWriterPrintsNoWriterLine() throws Exception {
        assertTrue(cover(sample(), Locale.ENGLISH).stream().noneMatch(b -> b instanceof Block.Paragraph para
                && para.text().startsWith("Written by")));
    }
}
