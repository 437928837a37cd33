package org.reelwright.benchmark;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The library's words in one language, read from a properties overlay next to this class
 * ({@code library_zh_CN.properties}): {@code <rateId>.label}, {@code <rateId>.note}, {@code rule.<ruleId>.summary} and
 * {@code unit.<unit>} (the form of a unit shown to users). Only words live there: ids, figures, years, confidence and
 * sources are the library's own and are never read from an overlay. A key the overlay lacks, or leaves blank, keeps
 * the library's English text, so a half-finished translation still loads.
 */
final class LibraryTranslation {
    static final String BUNDLE = "org.reelwright.benchmark.library";

    private final ResourceBundle words;

    LibraryTranslation(ResourceBundle words) {
        this.words = words;
    }

    /**
     * The overlay for a locale, or empty when there is none. English is the library itself, so there is no base
     * bundle; the lookup does not fall back to the JVM's default locale, so an English planning stays English on a
     * Chinese machine.
     */
    static Optional<LibraryTranslation> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LibraryTranslation(ResourceBundle.getBundle(BUNDLE, locale,
                    LibraryTranslation.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    Benchmark translate(Benchmark b) {
        return new Benchmark(b.id(), text(b.id() + ".label", b.label()), b.stage(), b.basis(),
                text("unit." + b.unit(), b.unit()), b.low(), b.likely(), b.high(), b.currency(), b.year(),
                b.confidence(), b.sourceIds(), b.ruleIds(), text(b.id() + ".note", b.note()));
    }

    Rule translate(Rule r) {
        return new Rule(r.id(), text("rule." + r.id() + ".summary", r.summary()), r.stages(), r.sourceIds(),
                r.citations());
    }

    private String text(String key, String english) {
        if (!words.containsKey(key)) {
            return english;
        }
        String translated = words.getString(key).strip();
        return translated.isEmpty() ? english : translated;
    }
}
