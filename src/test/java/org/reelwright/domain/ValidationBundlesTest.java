package org.reelwright.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The bundles of validation and file errors: every English key has its Chinese twin with the same MessageFormat
 * arguments (and no more keys), and every pattern with arguments formats cleanly (quotes doubled, braces balanced).
 */
class ValidationBundlesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    @ParameterizedTest
    @ValueSource(strings = {"org/reelwright/domain/messages", "org/reelwright/benchmark/validation",
        "org/reelwright/store/messages", "org/reelwright/screenplay/messages"})
    void chineseTwinHasEveryKeyWithTheSameArguments(String base) throws IOException {
        Properties english = load(base + ".properties");
        Properties chinese = load(base + "_zh_CN.properties");
        assertFalse(english.isEmpty(), base);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()),
                base + ": the two files must have the same keys");
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            assertEquals(arguments(en), arguments(zh), base + " " + key + ": arguments differ");
            assertFalse(zh.isBlank(), base + " " + key + ": empty translation");
            assertFormatsCleanly(base, key, en);
            assertFormatsCleanly(base, key, zh);
        }
    }

    /** A pattern with arguments must survive MessageFormat: no stray brace, a quote written '' shows as one. */
    private static void assertFormatsCleanly(String base, String key, String pattern) {
        Set<Integer> args = arguments(pattern);
        if (args.isEmpty()) {
            assertFalse(pattern.contains("''"), base + " " + key + ": a pattern without arguments is shown as is, "
                    + "so its quotes must not be doubled");
            return;
        }
        Object[] values = new Object[args.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = "\u00abarg" + i + "\u00bb";
        }
        String text = new MessageFormat(pattern, Locale.ROOT).format(values);
        for (int i : args) {
            assertTrue(text.contains("\u00abarg" + i + "\u00bb"), base + " " + key + ": argument " + i
                    + " is lost (an unpaired quote?): " + text);
        }
        assertFalse(text.contains("{") || text.contains("}"), base + " " + key + ": stray brace in " + text);
        assertEquals(pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
                text.chars().filter(c -> c == '\'').count(), base + " " + key + ": a single quote must be written ''");
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
