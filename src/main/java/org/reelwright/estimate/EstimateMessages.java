package org.reelwright.estimate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The estimate's words (item labels, explanations, flag messages) from {@code org.reelwright.estimate.messages}. */
public final class EstimateMessages {
    private final ResourceBundle bundle;

    public EstimateMessages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.reelwright.estimate.messages", locale);
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
