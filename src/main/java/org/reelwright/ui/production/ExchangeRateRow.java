package org.reelwright.ui.production;

import java.math.BigDecimal;

/**
 * One exchange rate of the production, worded for the list: one unit of {@code code} is worth {@code value} of the
 * production's currency.
 *
 * @param name the currency's name in the UI language ("Chinese Yuan")
 * @param valueText the value as typed in an input field ("0.14")
 * @param inverse the other direction, for a check at a glance ("1 USD = 7.1429 CNY")
 */
public record ExchangeRateRow(String code, String name, BigDecimal value, String valueText, String inverse) {
}
