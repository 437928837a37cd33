package org.reelwright.report.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The painter's own words (continuation captions, legends, warnings), from the report's bundle. */
final class Words {
    private final ResourceBundle bundle;
    private final Locale locale;

    Words(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.reelwright.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    Locale locale() {
        return locale;
    }
}
