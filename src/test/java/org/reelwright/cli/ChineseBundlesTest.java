package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every English word of the core (estimate, schedule, printed plan, command line) has its Simplified Chinese twin:
 * the same keys, the same MessageFormat arguments, patterns that parse and format. Read as UTF-8 files, the way
 * Java 9+ reads property bundles.
 */
class ChineseBundlesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"estimate", "schedule", "report", "cli"})
    void theChineseBundleHasEveryKeyOfTheEnglishOneAndNoOther(String pkg) throws IOException {
        Properties english = load(pkg, "");
        Properties chinese = load(pkg, "_zh_CN");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()),
                pkg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"estimate", "schedule", "report", "cli"})
    void bothLanguagesTakeTheSameArgumentsAndTheirPatternsFormat(String pkg) throws IOException {
        Properties english = load(pkg, "");
        Properties chinese = load(pkg, "_zh_CN");
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key, "");
            assertEquals(arguments(en), arguments(zh), () -> pkg + ": " + key + " takes other arguments in Chinese");
            check(pkg, key, en, Locale.ENGLISH);
            check(pkg, key, zh, Locale.SIMPLIFIED_CHINESE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"estimate", "schedule", "report", "cli"})
    void everyChineseTextIsWrittenInChinese(String pkg) throws IOException {
        Properties english = load(pkg, "");
        Properties chinese = load(pkg, "_zh_CN");
        for (String key : chinese.stringPropertyNames()) {
            String zh = chinese.getProperty(key);
            boolean hasHan = zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            // Left as in English on purpose: symbols, acronyms, ids and date patterns read the same in both.
            boolean same = zh.equals(english.getProperty(key));
            String words = zh.replaceAll("\\{[^{}]*}", " ");
            if (!hasHan && !same && words.matches(".*[a-z]{4,}.*") && !key.startsWith("gantt.")) {
                fail(pkg + ": " + key + " is not in Chinese: " + zh);
            }
        }
    }

    private static void check(String pkg, String key, String pattern, Locale locale) {
        Set<Integer> indexes = arguments(pattern);
        if (indexes.isEmpty()) {
            return; // read as it is, not through MessageFormat
        }
        if (pattern.replace("''", "").contains("'")) {
            fail(pkg + ": " + key + " has a single quote that MessageFormat would swallow: " + pattern);
        }
        MessageFormat format;
        try {
            format = new MessageFormat(pattern, locale);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(pkg + ": " + key + " does not parse: " + e.getMessage(), e);
        }
        int size = indexes.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (Number n : new Number[] {0, 1, 2, 1.5, 12_345}) {
            Object[] args = new Object[size];
            java.util.Arrays.fill(args, n);
            String out = format.format(args);
            assertFalse(out.contains("{"), () -> pkg + ": " + key + " leaves a brace: " + out);
        }
    }

    static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    static Properties load(String pkg, String suffix) throws IOException {
        String name = "/org/reelwright/" + pkg + "/messages" + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = ChineseBundlesTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
