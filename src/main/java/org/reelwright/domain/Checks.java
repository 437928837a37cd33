package org.reelwright.domain;

import java.util.Collection;
import java.util.List;

/**
 * Validation shared by the domain records; every failure becomes an {@link InvalidInputException} whose words come
 * from the bundle {@code org.reelwright.domain.messages}: a subject ({@code subject.*}, e.g. "Shot 12A"), a field name
 * ({@code field.*}) and the check ({@code check.*}).
 */
final class Checks {
    static final String BUNDLE = "org.reelwright.domain.messages";

    private Checks() {
    }

    /** A phrase of the domain bundle. */
    static Phrase phrase(String key, Object... args) {
        return Phrase.of(BUNDLE, key, args);
    }

    /** A subject such as "Shot 12A": key {@code subject.<kind>}, with the number or "(no number)". */
    static Phrase subject(String kind, Object... args) {
        return phrase("subject." + kind, args);
    }

    /** The number the user gave, stripped, or the phrase "(no number)". */
    static Object number(String number) {
        return number == null || number.isBlank() ? phrase("subject.noNumber") : number.strip();
    }

    /** A field's name for the user: key {@code field.<name>} (spaces as '_'); the name itself when not in the bundle. */
    static Phrase field(String field) {
        return Phrase.orElse(BUNDLE, "field." + field.replace(' ', '_'), field);
    }

    /** Throws a failure about {@code field} of {@code subject}: "Subject: " + the check's words. */
    static InvalidInputException fail(Phrase subject, String field, String key, Object... args) {
        return new InvalidInputException(field, about(subject, phrase(key, args)));
    }

    /** "Subject: what" — or just what, without a subject. */
    static Phrase about(Phrase subject, Phrase what) {
        return subject == null ? what : phrase("subject.about", subject, what);
    }

    static <T> T required(T value, Phrase subject, String field) {
        if (value == null) {
            throw fail(subject, field, "check.required", field(field));
        }
        return value;
    }

    static String text(String value, Phrase subject, String field, int maxLength) {
        String v = value == null ? "" : value.strip();
        if (v.length() > maxLength) {
            throw fail(subject, field, "check.tooLong", field(field), maxLength, v.length());
        }
        return v;
    }

    static String nonBlank(String value, Phrase subject, String field, int maxLength) {
        String v = text(value, subject, field, maxLength);
        if (v.isEmpty()) {
            throw fail(subject, field, "check.empty", field(field));
        }
        return v;
    }

    /** @param unit {@code seconds}, {@code minutes}, {@code percent} or empty: the unit after the upper bound */
    static double between(double value, double min, double max, Phrase subject, String field, String unit) {
        if (!(value >= min && value <= max)) { // also rejects NaN
            throw fail(subject, field, unit.isEmpty() ? "check.between" : "check.between." + unit, field(field),
                    min, max, value);
        }
        return value;
    }

    static int between(int value, int min, int max, Phrase subject, String field) {
        if (value < min || value > max) {
            throw fail(subject, field, "check.between", field(field), min, max, value);
        }
        return value;
    }

    /** A date a plan can hold (null allowed: not given), between Production's earliest and latest dates. */
    static java.time.LocalDate date(java.time.LocalDate value, Phrase subject, String field) {
        if (value != null && (value.isBefore(Production.EARLIEST_DATE) || value.isAfter(Production.LATEST_DATE))) {
            throw fail(subject, field, "check.dateOutOfRange", field(field), Production.EARLIEST_DATE,
                    Production.LATEST_DATE, value);
        }
        return value;
    }

    static <T> List<T> list(Collection<T> values, Phrase subject, String field) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw fail(subject, field, "check.emptyEntries", field(field));
            }
        }
        return List.copyOf(values);
    }
}
