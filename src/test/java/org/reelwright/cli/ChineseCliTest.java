package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line in Simplified Chinese: words, dates and money in the reader's convention. */
class ChineseCliTest extends SampleCommandTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    @Test
    void theEstimateHasChineseHeadingsAndYuanOrDollarsAsChineseWritesThem() {
        assertEquals(0, run(ZH, "estimate", sample.toString()), err::toString);
        String table = out.toString();
        assertTrue(table.startsWith("The Salt Archive — 方案：当前方案（USD）"), table);
        for (String word : new String[] {"阶段", "工作方式", "最可能", "前期筹备", "后期制作", "阶段小计", "应急预备金 10.0%",
            "总计", "风险提示", "视效", "剪辑", "调色", "字幕"}) {
            assertTrue(table.contains(word), () -> word + " missing in\n" + table);
        }
        assertTrue(table.contains("US$"), table);
        assertNoEnglishWordsOfTheBundle(table);
    }

    @Test
    void theScheduleWritesChineseDatesAndNames() {
        assertEquals(0, run(ZH, "schedule", sample.toString()), err::toString);
        String text = out.toString();
        assertTrue(text.contains("2027年3月1日"), text);
        assertTrue(text.contains("关键路径"), text);
        assertTrue(text.contains("拍摄计划表"), text);
        assertFalse(text.contains("2027-03-01"), text);
        assertNoEnglishWordsOfTheBundle(text);
    }

    @Test
    void theComparedSchedulesAndScenariosAreInChineseToo() {
        assertEquals(0, run(ZH, "schedule", sample.toString(), "--compare"), err::toString);
        assertTrue(out.toString().contains("全部传统"), out::toString);
        assertNoEnglishWordsOfTheBundle(out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(ZH, "compare", sample.toString(), "--budget", "80000", "--risk", "low"), err::toString);
        assertTrue(out.toString().contains("推荐方案的预期预算（P50）US$"), out::toString);
        assertNoEnglishWordsOfTheBundle(out.toString());
    }

    @Test
    void theEnglishScheduleWritesEnglishDates() {
        assertEquals(0, run(Locale.ENGLISH, "schedule", sample.toString()), err::toString);
        assertTrue(out.toString().contains("Mar 1, 2027"), out::toString);
        assertFalse(out.toString().contains("年"), out::toString);
    }

    @Test
    void countsSayOneOrMany() throws Exception {
        Path one = folder.resolve("one.json");
        assertEquals(0, run(Locale.ENGLISH, "generate", "--scenes", "1", "--shots", "2", one.toString()),
                err::toString);
        assertEquals("Wrote " + one + " (1 scene, 2 shots)", out.toString().strip());
        out.getBuffer().setLength(0);
        assertEquals(0, run(ZH, "generate", "--scenes", "1", "--shots", "2", one.toString()), err::toString);
        assertEquals("已写入 " + one + "（1 场，2 个镜头）", out.toString().strip());
    }

    @Test
    void helpListsTheLanguageOptionInBothLanguages() {
        assertEquals(0, run(Locale.ENGLISH, "--help"));
        assertTrue(out.toString().contains("--lang=en|zh"), out::toString);
        assertTrue(out.toString().contains("Default: the system locale."), out::toString);
        out.getBuffer().setLength(0);
        assertEquals(0, run(ZH, "--help"));
        assertTrue(out.toString().contains("--lang=en|zh"), out::toString);
        assertTrue(out.toString().contains("命令："), out::toString);
    }

    @Test
    void errorsAreInChinese() {
        assertEquals(2, run(ZH, "frobnicate"));
        assertEquals("reelwright: 未知命令“frobnicate”； （运行 reelwright --help 查看命令）", err.toString().strip());
    }

    @Test
    void langIsTakenOutOfTheArgumentsWhereverItIs() {
        List<String> args = new ArrayList<>(List.of("estimate", "--lang", "zh", "p.json"));
        assertEquals(Optional.of(ZH), Cli.takeLanguage(args));
        assertEquals(List.of("estimate", "p.json"), args);
        args = new ArrayList<>(List.of("--lang=en", "schedule", "p.json"));
        assertEquals(Optional.of(Locale.US), Cli.takeLanguage(args), "English in its usual locale on a US machine");
        assertEquals(List.of("schedule", "p.json"), args);
        args = new ArrayList<>(List.of("schedule", "p.json"));
        assertEquals(Optional.empty(), Cli.takeLanguage(args));
    }

    @Test
    void anUnknownLanguageIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cli.takeLanguage(new ArrayList<>(List.of("--lang", "fr", "estimate"))));
        assertTrue(e.getMessage().contains("fr"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /**
     * No word of the English CLI bundle's tables (headings, labels, stage and workflow names) is left in the
     * output; PERT, P50/P80, AI and Monte Carlo are the same in both languages and flag codes are ids.
     */
    private static void assertNoEnglishWordsOfTheBundle(String output) {
        Set<String> english = new TreeSet<>();
        Properties bundle;
        try {
            bundle = ChineseBundlesTest.load("cli", "");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        Pattern word = Pattern.compile("[A-Za-z][a-z]{2,}");
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("text.") || key.startsWith("phase.") || key.startsWith("stage.")
                    || key.startsWith("workflow.") || key.startsWith("scenario.") || key.startsWith("severity.")) {
                Matcher m = word.matcher(bundle.getProperty(key).replaceAll("\\{[^}]*}", " "));
                while (m.find()) {
                    english.add(m.group());
                }
            }
        }
        english.removeAll(Set.of("PERT", "Monte", "Carlo", "Salt", "Archive", "The"));
        // The production's own words (title, locations, scene numbers), ids and the benchmark library's citations
        // are not the bundle's: drop the title line, flag codes, sources in brackets and after "费率出处：".
        String words = output.lines().skip(1)
                .map(l -> l.replaceAll("费率出处：.*", " ").replaceAll("\\[[^\\]]*]", " ")
                        .replaceAll("[a-z]+(-[a-z]+)+", " "))
                .reduce("", (a, b) -> a + "\n" + b);
        Matcher m = Pattern.compile("[A-Za-z]+").matcher(words);
        List<String> left = new ArrayList<>();
        while (m.find()) {
            if (english.contains(m.group())) {
                left.add(m.group());
            }
        }
        assertTrue(left.isEmpty(), () -> "English words " + left + " in\n" + output);
    }
}
