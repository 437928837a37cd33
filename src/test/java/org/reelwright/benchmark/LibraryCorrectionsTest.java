package org.reelwright.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reelwright.app.Planning;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;

/** The corrections of issue 12 (item 6): each corrected rate keeps its new grade, range, year and first source. */
class LibraryCorrectionsTest {
    private static BenchmarkLibrary library;

    @BeforeAll
    static void load() throws Exception {
        library = Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            script.ai.effort-factor                                | 0.4  | 0.5  | 0.7  | 2026 | assumption | reelwright-assumption | not an effort factor
            previs.ai.effort-factor                                | 0.15 | 0.3  | 0.5  | 2026 | assumption | reelwright-assumption | weeks to days
            generation.realistic.finished-seconds-per-operator-day | 8    | 12   | 15   | 2025 | low        | kalshi-ad-press-2025  | One case only
            generation.stylised.generated-per-finished             | 5    | 13.7 | 27   | 2026 | low        | invideo-faq-2026      | count of tries
            shoot.location-fee-per-day                             | 1000 | 1000 | 2000 | 2026 | low        | filmlocationswanted   | in kind
            subtitles.traditional.price-per-minute                 | 5    | 10   | 23   | 2026 | low        | mktrl-subtitle-costs  | transcription
            festivals.entry-fee                                    | 5    | 45   | 150  | 2026 | low        | avlfilm-festivals     | $360
            cast.day-performer-rate                                | 0    | 249  | 249  | 2025 | medium     | ilfilmtaxcredits-2025 | 2025
            """)
    void correctedRate(String id, BigDecimal low, BigDecimal likely, BigDecimal high, int year, String confidence,
            String firstSource, String noteSays) {
        Benchmark b = library.benchmark(id).orElseThrow();
        assertEquals(List.of(low, likely, high), List.of(b.low(), b.likely(), b.high()).stream()
                .map(v -> v.stripTrailingZeros()).map(v -> v.scale() < 0 ? v.setScale(0) : v).toList(), id);
        assertEquals(year, b.year(), id + " year");
        assertEquals(confidence, b.confidence().id(), id + " confidence");
        assertEquals(firstSource, b.sourceIds().get(0), id + " is cited first by " + firstSource);
        assertTrue(b.note().contains(noteSays), id + " note should say why: " + b.note());
    }

    @Test
    void theCastRateIsCitedWithTheYearOfItsFigure() {
        Benchmark cast = library.benchmark("cast.day-performer-rate").orElseThrow();
        Source first = library.source(cast.sourceIds().get(0)).orElseThrow();
        assertTrue(first.citation().endsWith(", " + cast.year()), first.citation());
    }

    @Test
    void sourcesThatNoLongerSupportARateAreNotCitedByIt() {
        assertFalse(library.benchmark("subtitles.traditional.price-per-minute").orElseThrow().sourceIds()
                .contains("rev-ai-pricing-2026"), "human transcription is not subtitling");
        assertFalse(library.benchmark("generation.stylised.generated-per-finished").orElseThrow().sourceIds()
                .contains("kalshi-ad-press-2025"), "a realistic ad does not measure stylised work");
        assertFalse(library.benchmark("script.ai.effort-factor").orElseThrow().sourceIds()
                .contains("filmart-2025-carpenter"), "A1 is a reason, not a source of an effort factor");
    }

    @Test
    void correctedRulesNameTheirTrueSpeakers() {
        Rule a6 = library.rule("A6").orElseThrow();
        assertEquals(List.of("Bingliang Li", Citation.NARRATION), a6.citations().stream().map(Citation::speaker)
                .toList());
        assertEquals(List.of("bingliang-li-interview", "collie-bingliang-li-story"), a6.sourceIds());
        Rule a4 = library.rule("A4").orElseThrow();
        assertEquals(List.of("filmart-2025-hong-li-animation"), a4.sourceIds());
        assertEquals("Hong Li Animation Studio", a4.citations().get(0).speaker());
        assertTrue(a4.summary().contains("assumption"), a4.summary());
        assertTrue(library.rule("A3").orElseThrow().summary().contains("live action"));
    }
}
