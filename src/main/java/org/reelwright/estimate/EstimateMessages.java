package org.reelwright.estimate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The estimate's words (item labels, explanations, flag messages) from {@code org.reelwright.estimate.messages}
 * (English, Simplified Chinese). The bundle does not fall back to the JVM's default locale: English asked for on a
 * Chinese system is English.
 */
public final class EstimateMessages {
    private final ResourceBundle bundle;

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
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
