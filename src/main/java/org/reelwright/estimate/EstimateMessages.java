package org.reelwright.estimate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The estimate's words (item labels, explanations, flag messages) from {@code org.reelwright.estimate.messages}
 * (English, Simplified Chinese). The bundle does not fall back to the JVM's default locale: English asked for on a
 * Chinese system is English.
 */
public final class EstimateMessages {
    private final ResourceBundle bundle;
    /**
     * Parsed patterns by key: parsing a pattern costs more than formatting it, and an estimate formats a few hundred
     * sentences. A MessageFormat is not thread-safe, so each is used under its own lock (estimates run on background
     * threads, rarely two at once).
     */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public EstimateMessages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.reelwright.estimate.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language these words are in (for numbers and money written into sentences). */
    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, Locale.ROOT));
        synchronized (format) {
            return format.format(args);
        }
    }
}
