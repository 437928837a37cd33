package org.reelwright.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/**
 * Issue 13, the printed plan a funder reads: sources as a bibliography without internal file paths, subjects by
 * their names in the plan's language, one date style per language.
 */
class PlanWordsTest {

    private static PlanInput input(String sample, Locale estimateLanguage) throws Exception {
        Production p;
        try (InputStream in = PlanWordsTest.class.getResourceAsStream("/seeds/samples/" + sample)) {
            p = new JsonProductionFiles().parse(in.readAllBytes(), sample);
        }
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), estimateLanguage);
        return new PlanInput(p, planning.estimate(p, Scenario.CURRENT), planning.compare(p),
                planning.schedule(p, Scenario.CURRENT), planning.library(), LocalDate.of(2026, 11, 21));
    }

    private static Locale locale(String tag) {
        return tag.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void sourcesAreABibliographyWithoutInternalPaths(String tag) throws Exception {
        Locale l = locale(tag);
        String text = ChinesePlanTest.text(new PlanBuilder(l).build(input("sample-scifi-short.json", l), Set.of(),
                "R"));
        assertFalse(text.contains("seeds/"), "an internal path is printed");
        assertFalse(text.contains(".txt"), "an internal file is printed");
        assertFalse(text.contains("not named in the saved page"));
        String dated = tag.equals("zh") ? "2025年3月21日" : "Mar 21, 2025";
        assertTrue(text.contains("] AI here to stay, say film insiders. Malka Media, at FILMART 2025 (HKTDC) "
                + "(David Carpenter), " + dated + "."), text);
        assertTrue(text.contains("https://docs.dev.runwayml.com/guides/pricing"), "a web address as a URL");
        assertTrue(text.contains("] Reelwright planning assumption: no public figure was found for this rate. "
                + "Reelwright benchmark library, " + (tag.equals("zh") ? "2026年11月" : "Nov 2026") + "."), text);
        assertTrue(text.contains(tag.equals("zh") ? "参考文献" : "Bibliography"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyDateIsInTheLanguagesOneStyle(String tag) throws Exception {
        Locale l = locale(tag);
        String text = ChinesePlanTest.text(new PlanBuilder(l).build(input("sample-scifi-short.json", l), Set.of(),
                "R"));
        Matcher iso = Pattern.compile("\\b(19|20)\\d\\d-\\d\\d(-\\d\\d)?\\b").matcher(text);
        assertFalse(iso.find(), () -> "ISO date printed: " + iso.group());
    }

    /** The estimate may be made in one language and printed in the other: subjects follow the plan's language. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void riskSubjectsAreNamedInThePlansLanguage(String tag) throws Exception {
        Locale l = locale(tag);
        Locale other = tag.equals("zh") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        PlanDocument doc = new PlanBuilder(l).build(input("sample-scifi-short.json", other),
                Set.of(PlanSection.RISKS), "R");
        Block.Table risks = (Block.Table) doc.sections().get(0).blocks().get(0);
        for (Block.Row row : risks.rows()) {
            String subject = row.cells().get(1);
            assertFalse(subject.matches("(?i)(stage|阶段) ?[a-z-]+"), () -> "internal id in " + subject);
            assertEquals(tag.equals("zh"), subject.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                    () -> "subject in the wrong language: " + subject);
        }
    }
}
