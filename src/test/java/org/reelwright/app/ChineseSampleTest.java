package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.schedule.Schedule;
import org.reelwright.screenplay.ImportedScreenplay;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/**
 * The bundled Chinese sample (seeds/samples/sample-zh-short.json, 末班渡) opens, estimates and schedules, is Chinese
 * throughout, and agrees with its own script (sample-zh-short.fountain) scene by scene.
 */
class ChineseSampleTest {
    private static final ProductionDocuments DOCUMENTS = new ProductionDocuments(new JsonProductionFiles(),
            Clock.systemUTC());

    private static Production sample() throws Exception {
        return DOCUMENTS.openSample(ProductionDocuments.Sample.ZH_SHORT);
    }

    private static Planning planning() throws Exception {
        return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void opensAsAValidChineseProductionCostedInYuan() throws Exception {
        Production p = sample();
        assertEquals("末班渡", p.title());
        assertTrue(isChinese(p.logline()), p.logline());
        assertEquals(Currency.getInstance("CNY"), p.currency());
        assertTrue(p.exchangeRates().rate(Currency.getInstance("USD")).orElseThrow()
                .compareTo(BigDecimal.ONE) > 0, "one dollar is worth several yuan");
        assertEquals(List.of("en"), p.subtitleLanguages(), "Mandarin dialogue, English subtitles");
        assertEquals(List.of(), p.dubbingLanguages());
        assertEquals(DayOfWeek.MONDAY, p.startDate().getDayOfWeek());
        assertEquals(2027, p.startDate().getYear());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), EnumSet.copyOf(p.workingDays()));
        assertTrue(p.holidays().contains(LocalDate.of(2027, 5, 3)), "the Labour Day break (劳动节)");
        int scenes = p.scenes().size();
        assertTrue(scenes >= 6 && scenes <= 9, scenes + " scenes");
        double minutes = p.scenes().stream().flatMap(s -> s.shots().stream()).mapToDouble(Shot::durationSeconds)
                .sum() / 60;
        assertTrue(minutes >= 8 && minutes <= 12, minutes + " minutes of shots");
    }

    @Test
    void mixesLiveActionWithFacelessAiShotsAndAiSubtitles() throws Exception {
        Production p = sample();
        List<Shot> shots = p.scenes().stream().flatMap(s -> s.shots().stream()).toList();
        List<Shot> ai = shots.stream().filter(s -> s.method().name().startsWith("AI_")).toList();
        long live = shots.stream().filter(s -> s.method() == ProductionMethod.LIVE_ACTION).count();
        assertTrue(live > shots.size() / 2, "mostly live action");
        assertFalse(ai.isEmpty(), "some AI shots");
        assertTrue(ai.stream().noneMatch(Shot::realisticFaces), "no AI shot shows a realistic face");
        assertEquals(Workflow.AI, p.stage(StageId.SUBTITLES).workflow());
        assertEquals(Workflow.HYBRID, p.stage(StageId.EDITING).workflow());
        assertTrue(shots.stream().allMatch(s -> isChinese(s.description())), "every shot is described in Chinese");
    }

    @Test
    void headingsPlacesAndCharactersAreChinese() throws Exception {
        for (Scene scene : sample().scenes()) {
            assertTrue(isChinese(scene.heading().location()), scene.heading().location());
            assertFalse(scene.characters().isEmpty(), "scene " + scene.number() + " has speaking characters");
            assertTrue(scene.characters().stream().allMatch(ChineseSampleTest::isChinese), scene.characters()
                    .toString());
            assertTrue(isChinese(scene.synopsis()), scene.synopsis());
        }
        assertEquals(new SceneHeading(IntExt.EXT, "石门渡口", TimeOfDay.DAWN), sample().scenes().get(0).heading());
        Set<String> cast = sample().scenes().stream().flatMap(s -> s.characters().stream())
                .collect(Collectors.toSet());
        assertEquals(Set.of("周德顺", "林小满", "何姨", "陈站长", "主编"), cast);
    }

    @Test
    void estimatesInYuanWithinAnIndieBudget() throws Exception {
        Planning planning = planning();
        Production p = sample();
        Estimate estimate = planning.estimate(p, Scenario.CURRENT);
        assertEquals(Currency.getInstance("CNY"), estimate.currency());
        BigDecimal likely = estimate.total().likely();
        assertTrue(likely.compareTo(new BigDecimal("30000")) > 0 && likely.compareTo(new BigDecimal("600000")) < 0,
                "a low-budget short: " + likely + " CNY");
        assertEquals(StageId.values().length, estimate.lines().size());
        ScenarioComparison compared = planning.compare(p);
        for (Estimate scenario : List.of(compared.current(), compared.traditional(), compared.ai())) {
            assertEquals(Currency.getInstance("CNY"), scenario.currency());
            assertTrue(scenario.total().likely().signum() > 0);
        }
    }

    @Test
    void schedulesAroundTheLabourDayHolidays() throws Exception {
        Production p = sample();
        Schedule schedule = planning().schedule(p, Scenario.CURRENT);
        assertEquals(p.startDate(), schedule.start());
        assertTrue(schedule.finish().isAfter(LocalDate.of(2027, 5, 5)), "the plan runs past Labour Day");
        for (LocalDate holiday : p.holidays()) {
            assertFalse(schedule.calendar().isWorkingDay(holiday), holiday + " is off");
        }
        assertFalse(schedule.shootGroups().isEmpty(), "the strip plan has shoot days");
        assertFalse(schedule.criticalPath().isEmpty());
    }

    @Test
    void theScriptImportsToTheSameScenes() throws Exception {
        Production p = sample();
        byte[] script;
        try (InputStream in = getClass().getResourceAsStream("/seeds/samples/sample-zh-short.fountain")) {
            script = in.readAllBytes();
        }
        ImportedScreenplay imported = new ScreenplayImporter().importScript(script, "sample-zh-short.fountain",
                p.startDate());
        assertEquals(p.title(), imported.production().title());
        assertEquals(List.of(), imported.warnings());
        assertEquals(p.scenes().stream().map(ChineseSampleTest::breakdown).toList(),
                imported.production().scenes().stream().map(ChineseSampleTest::breakdown).toList());
    }

    @Test
    void theEnglishSampleIsStillTheDefault() throws Exception {
        assertEquals("The Salt Archive", DOCUMENTS.openSample().title());
        assertEquals(DOCUMENTS.openSample().id(), DOCUMENTS.openSample(ProductionDocuments.Sample.SCIFI_SHORT).id());
    }

    /** What a script says about a scene: its number, heading and speaking characters. */
    private static String breakdown(Scene s) {
        return s.number() + " " + s.heading() + " " + s.characters();
    }

    /** True when the text holds Chinese characters (Han script). */
    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
