package org.reelwright.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Validation shared by the domain records; every failure becomes an {@link InvalidInputException}. */
final class Checks {
    private Checks() {
    }

    static <T> T required(T value, String subject, String field) {
        if (value == null) {
            throw new InvalidInputException(field, prefix(subject) + field + " is required");
        }
        return value;
    }

    static String text(String value, String subject, String field, int maxLength) {
        String v = value == null ? "" : value.strip();
        if (v.length() > maxLength) {
            throw new InvalidInputException(field, prefix(subject) + field + " must be at most " + maxLength
                    + " characters, got " + v.length());
        }
        return v;
    }

    static String nonBlank(String value, String subject, String field, int maxLength) {
        String v = text(value, subject, field, maxLength);
        if (v.isEmpty()) {
            throw new InvalidInputException(field, prefix(subject) + field + " must not be empty");
        }
        return v;
    }

    static double between(double value, double min, double max, String subject, String field, String unit) {
        if (!(value >= min && value <= max)) { // also rejects NaN
            throw new InvalidInputException(field, prefix(subject) + field + " must be between " + format(min) + " and "
                    + format(max) + unit + ", got " + format(value));
        }
        return value;
    }

    static int between(int value, int min, int max, String subject, String field) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, prefix(subject) + field + " must be between " + min + " and " + max
                    + ", got " + value);
        }
        return value;
    }

    static <T> List<T> list(Collection<T> values, String subject, String field) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new InvalidInputException(field, prefix(subject) + field + " must not contain empty entries");
            }
        }
        return List.copyOf(values);
    }

    static String prefix(String subject) {
        return subject == null || subject.isEmpty() ? "" : subject + ": ";
    }

    /** Formats a number the way a person writes it: no trailing ".0". */
    static String format(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Objects.toString(value);
    }
}
