package org.reelwright.benchmark;

import org.reelwright.domain.Phrase;

/**
 * The words of the library's validation failures, from the bundle {@code org.reelwright.benchmark.validation}
 * (English, Simplified Chinese), so a broken library entry is reported in the user's language.
 */
final class ValidationWords {
    static final String BUNDLE = "org.reelwright.benchmark.validation";

    private ValidationWords() {
    }

    static Phrase phrase(String key, Object... args) {
        return Phrase.of(BUNDLE, key, args);
    }

    /** "Subject: what", the subject e.g. "Benchmark shoot.crew-day" ({@code subject.<kind>}, {@code .noId} without id). */
    static Phrase about(String kind, Object id, String key, Object... args) {
        Phrase subject = id == null ? phrase("subject." + kind + ".noId") : phrase("subject." + kind, id);
        return phrase("subject.about", subject, phrase(key, args));
    }

    /** A field's name for the user: key {@code field.<name>}; the name itself when not in the bundle. */
    static Phrase field(String field) {
        return Phrase.orElse(BUNDLE, "field." + field, field);
    }
}
