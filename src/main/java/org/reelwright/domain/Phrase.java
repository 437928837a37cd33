package org.reelwright.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Words for the user that are looked up in a resource bundle only when they are shown, so one failure can be told in
 * English (an exception's {@code getMessage()}, logs, the tests that pin it) and in the user's language.
 *
 * <p>A phrase is a bundle, a key and arguments. An argument that is itself a phrase (a subject such as "Shot 12A", a
 * field name, a nested failure) is told in the same language; a number is written with the locale's decimal sign
 * ({@link #in(Locale)}, "0,1" in German) and without grouping, so in English it reads as it always did. A
 * {@link #literal(String) literal} holds text that is already words: a library's message, a file name, or text the
 * UI has translated already.
 *
 * <p>English is the base bundle ({@code messages.properties}); other languages are its twins
 * ({@code messages_zh_CN.properties}). Lookups never fall back to the JVM's default locale, so {@code in(ENGLISH)} is
 * English on a Chinese system. Patterns with arguments are {@link MessageFormat}s; patterns without are used as is.
 */
public final class Phrase {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final String key;
    private final String fallback;
    private final List<Object> args;

    private Phrase(String bundle, String key, String fallback, Object[] args) {
        this.bundle = bundle;
        this.key = key;
        this.fallback = fallback;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    /** The text of {@code key} in {@code bundle} (a base name such as {@code org.reelwright.domain.messages}). */
    public static Phrase of(String bundle, String key, Object... args) {
        return new Phrase(Objects.requireNonNull(bundle), Objects.requireNonNull(key), null, args);
    }

    /** Like {@link #of}, but shows {@code fallback} when the bundle has no such key (e.g. a field not yet named). */
    public static Phrase orElse(String bundle, String key, String fallback) {
        return new Phrase(Objects.requireNonNull(bundle), Objects.requireNonNull(key), fallback, new Object[0]);
    }

    /** Text that is already words and is shown the same in every language. */
    public static Phrase literal(String text) {
        return new Phrase(null, null, text == null ? "" : text, new Object[0]);
    }

    /** The key, or null for a literal. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The English text, numbers written plainly (no grouping, no trailing ".0"): what messages always said. */
    public String english() {
        return render(null);
    }

    /** The text in {@code locale}'s language (English where there is no translation), numbers in its convention. */
    public String in(Locale locale) {
        return render(locale == null ? Locale.ROOT : locale);
    }

    private String render(Locale locale) {
        if (key == null) {
            return fallback;
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale == null ? Locale.ROOT : locale,
                    Phrase.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return fallback != null ? fallback : "!" + key + "!";
        }
        if (args.isEmpty()) {
            return pattern;
        }
        Object[] words = new Object[args.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = word(args.get(i), locale);
        }
        return new MessageFormat(pattern, locale == null ? Locale.ROOT : locale).format(words);
    }

    private static String word(Object arg, Locale locale) {
        if (arg instanceof Phrase p) {
            return p.render(locale);
        }
        if (arg instanceof Number n) {
            return locale == null ? plain(n) : localized(n, locale);
        }
        return String.valueOf(arg);
    }

    /** A number as the English messages always wrote it. */
    static String plain(Number n) {
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (n instanceof Double || n instanceof Float) {
            double v = n.doubleValue();
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
        }
        return n.toString();
    }

    private static String localized(Number n, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        // The locale's digits and decimal sign, but no grouping: limits, years, line numbers and ids read "4000".
        format.setGroupingUsed(false);
        if (n instanceof BigDecimal d) {
            format.setMaximumFractionDigits(Math.max(0, d.scale()));
            format.setMinimumFractionDigits(Math.max(0, d.scale())); // 1.50 stays 1.50, as written
        } else {
            format.setMaximumFractionDigits(10);
        }
        if (n instanceof BigDecimal || n instanceof BigInteger) {
            return format.format(n);
        }
        if (n instanceof Double || n instanceof Float) {
            return format.format(n.doubleValue());
        }
        return format.format(n.longValue());
    }

    @Override
    public String toString() {
        return english();
    }
}
