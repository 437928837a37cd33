package org.reelwright.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as the user types and reads them in an input field: in the UI's locale, without grouping (so "1200"
 * and "1,200" both read back), and refusing text with anything after the number ("12abc"), which
 * {@link NumberFormat#parse(String)} would quietly accept as 12.
 */
public final class LocalNumbers {
    private final Locale locale;

    public LocalNumbers(Locale locale) {
        this.locale = locale;
    }

    /** The whole text as a number, or empty when it is not one. A trailing "%" is allowed for percent fields. */
    public Optional<BigDecimal> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(t, position);
        if (parsed == null || position.getIndex() != t.length()) {
            return Optional.empty();
        }
        return Optional.of((BigDecimal) parsed);
    }

    /** For an input field: up to four decimals, no trailing zeros, no grouping ("15", "12.5", "0.14"). */
    public String edit(double value) {
        return edit(BigDecimal.valueOf(value));
    }

    public String edit(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** For reading: grouped, up to four decimals ("1,200", "0.1429"). */
    public String show(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }
}
