package org.reelwright.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Numbers as the user's locale writes them: money without cents (estimates are ranges), days with one decimal. */
public final class Formats {
    private final Locale locale;

    public Formats(Locale locale) {
        this.locale = locale;
    }

    public String money(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_EVEN));
    }

    public String days(BigDecimal days) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(days);
    }

    public String signedMoney(BigDecimal amount, Currency currency) {
        String text = money(amount, currency);
        return amount.signum() > 0 ? "+" + text : text;
    }
}
