package org.reelwright.benchmark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.reelwright.app.Planning;
import org.reelwright.domain.StageId;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;

/** The Chinese overlay of the bundled library: complete, naming only real ids, and changing words only. */
class LibraryTranslationTest {
    private static final String OVERLAY = "/org/reelwright/benchmark/library_zh_CN.properties";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private static BenchmarkLibrary english;
    private static BenchmarkLibrary chinese;
    private static Properties overlay;

    @BeforeAll
    static void load() throws Exception {
        english = Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
        chinese = english.localized(Locale.SIMPLIFIED_CHINESE);
        overlay = new Properties();
        try (InputStream in = LibraryTranslationTest.class.getResourceAsStream(OVERLAY);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            overlay.load(reader);
        }
    }

    @Test
    void everyRateAndRuleHasChineseWordsInTheOverlay() {
        List<Executable> checks = new ArrayList<>();
        for (Benchmark b : english.benchmarks()) {
            checks.add(() -> assertChinese(b.id() + ".label"));
            checks.add(() -> assertChinese(b.id() + ".note"));
            checks.add(() -> assertTrue(overlay.containsKey("unit." + b.unit()), "no display form for unit "
                    + b.unit() + " of " + b.id()));
        }
        for (Rule r : english.rules()) {
            checks.add(() -> assertChinese("rule." + r.id() + ".summary"));
        }
        assertAll(checks);
    }

    @Test
    void overlayNamesOnlyIdsAndUnitsTheLibraryHas() {
        Set<String> rates = english.benchmarks().stream().map(Benchmark::id).collect(Collectors.toSet());
        Set<String> rules = english.rules().stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> units = english.benchmarks().stream().map(Benchmark::unit).collect(Collectors.toSet());
        List<String> strays = new ArrayList<>();
        for (String key : overlay.stringPropertyNames()) {
            boolean known;
            if (key.startsWith("rule.") && key.endsWith(".summary")) {
                known = rules.contains(key.substring("rule.".length(), key.length() - ".summary".length()));
            } else if (key.startsWith("unit.")) {
                known = units.contains(key.substring("unit.".length()));
            } else if (key.endsWith(".label") || key.endsWith(".note")) {
                known = rates.contains(key.substring(0, key.lastIndexOf('.')));
            } else {
                known = false;
            }
            if (!known) {
                strays.add(key);
            }
        }
        assertEquals(List.of(), strays, "keys naming nothing in benchmarks.json");
    }

    @Test
    void localizedLibraryKeepsIdsFiguresConfidenceAndSources() {
        assertEquals(english.edition(), chinese.edition());
        assertEquals(List.copyOf(english.sources()), List.copyOf(chinese.sources()));
        assertEquals(ids(english.benchmarks(), Benchmark::id), ids(chinese.benchmarks(), Benchmark::id));
        assertEquals(ids(english.rules(), Rule::id), ids(chinese.rules(), Rule::id));
        List<Executable> checks = new ArrayList<>();
        for (Benchmark en : english.benchmarks()) {
            Benchmark zh = chinese.benchmark(en.id()).orElseThrow();
            checks.add(() -> assertEquals(figures(en), figures(zh), en.id()));
            checks.add(() -> assertEquals(english.sourcesOf(en), chinese.sourcesOf(zh), en.id()));
            checks.add(() -> assertNotEquals(en.label(), zh.label(), en.id() + " label is not translated"));
        }
        for (Rule en : english.rules()) {
            Rule zh = chinese.rule(en.id()).orElseThrow();
            checks.add(() -> assertEquals(List.of(en.stages(), en.sourceIds()), List.of(zh.stages(), zh.sourceIds()),
                    en.id()));
            checks.add(() -> assertNotEquals(en.summary(), zh.summary(), en.id() + " summary is not translated"));
        }
        assertAll(checks);
    }

    /** "Keep every figure": each number of the English text (prices, ranges, years, rule ids) is in the Chinese. */
    @Test
    void chineseWordsKeepEveryNumberOfTheEnglish() {
        List<Executable> checks = new ArrayList<>();
        for (Benchmark en : english.benchmarks()) {
            Benchmark zh = chinese.benchmark(en.id()).orElseThrow();
            checks.add(() -> assertKeepsNumbers(en.id() + ".label", en.label(), zh.label()));
            checks.add(() -> assertKeepsNumbers(en.id() + ".note", en.note(), zh.note()));
        }
        for (Rule en : english.rules()) {
            checks.add(() -> assertKeepsNumbers(en.id(), en.summary(), chinese.rule(en.id()).orElseThrow().summary()));
        }
        assertAll(checks);
    }

    /** The estimator swaps a money unit's currency code for the production's, so the Chinese unit must keep it. */
    @Test
    void moneyUnitsKeepTheirCurrencyCode() {
        List<Executable> checks = new ArrayList<>();
        for (Benchmark zh : chinese.benchmarks()) {
            if (zh.isMoney()) {
                checks.add(() -> assertTrue(zh.unit().contains(zh.currency().getCurrencyCode()), zh.id() + ": "
                        + zh.unit()));
            }
        }
        assertAll(checks);
        assertEquals("USD/天", chinese.benchmark("crew.editor-day-rate").orElseThrow().unit());
    }

    @Test
    void localeWithoutOverlayGetsTheLibraryItselfEvenOnAChineseMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertSame(english, english.localized(Locale.ENGLISH));
            assertSame(english, english.localized(Locale.GERMANY));
            assertSame(english, english.localized(null));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingOrBlankWordsStayEnglish() {
        Benchmark rate = new Benchmark("crew.pa-day-rate", "Production assistant day rate", StageId.SHOOT,
                Basis.ANY, "USD/day", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, Currency.getInstance("USD"),
                2025, Confidence.MEDIUM, List.of("s"), List.of(), "Range reported.");
        LibraryTranslation words = new LibraryTranslation(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"crew.pa-day-rate.label", "制片助理日薪"}, {"crew.pa-day-rate.note", "  "}};
            }
        });

        Benchmark translated = words.translate(rate);

        assertEquals(new Benchmark("crew.pa-day-rate", "制片助理日薪", StageId.SHOOT, Basis.ANY, "USD/day",
                BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, Currency.getInstance("USD"), 2025, Confidence.MEDIUM,
                List.of("s"), List.of(), "Range reported."), translated);
    }

    private static void assertChinese(String key) {
        String text = overlay.getProperty(key);
        assertTrue(text != null && HAN.matcher(text).find(), key + " has no Chinese text");
    }

    private static void assertKeepsNumbers(String what, String english, String chinese) {
        List<String> kept = numbers(chinese);
        List<String> lost = numbers(english).stream().filter(n -> !kept.contains(n)).toList();
        assertEquals(List.of(), lost, what + " lost numbers: " + chinese);
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Everything of a rate but its words. */
    private static List<Object> figures(Benchmark b) {
        return java.util.Arrays.asList(b.id(), b.stage(), b.basis(), b.low(), b.likely(), b.high(), b.currency(),
                b.year(), b.confidence(), b.sourceIds(), b.ruleIds());
    }

    private static <T> List<String> ids(Collection<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }
}
