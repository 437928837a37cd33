package org.reelwright.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * User-editable conversion rates kept with a production: for each foreign currency, what one unit of it is worth in
 * the production's currency. Invariant: every rate is positive.
 */
public record ExchangeRates(Currency base, Map<String, BigDecimal> perUnit) {

    public ExchangeRates {
        Checks.required(base, Checks.subject("exchangeRates"), "currency");
        TreeMap<String, BigDecimal> copy = new TreeMap<>();
        if (perUnit != null) {
            perUnit.forEach((code, rate) -> {
                Currency c = Money.currency(code);
                if (rate == null || rate.signum() <= 0) {
                    throw new InvalidInputException("exchangeRates", Checks.phrase("exchangeRates.notPositive",
                            c.getCurrencyCode(), rate == null ? "null" : rate));
                }
                copy.put(c.getCurrencyCode(), rate);
            });
        }
        copy.remove(base.getCurrencyCode());
        perUnit = java.util.Collections.unmodifiableMap(copy);
    }

    public static ExchangeRates none(Currency base) {
        return new ExchangeRates(base, Map.of());
    }

    public Optional<BigDecimal> rate(Currency from) {
        if (from.equals(base)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.ofNullable(perUnit.get(from.getCurrencyCode()));
    }

    /**
     * Converts to the base currency.
     *
     * @throws InvalidInputException when no rate is known, naming the currency to add
     */
    public Money toBase(Money money) {
        BigDecimal rate = rate(money.currency()).orElseThrow(() -> new InvalidInputException("exchangeRates",
                Checks.phrase("exchangeRates.missing", money.currency().getCurrencyCode(), base.getCurrencyCode())));
        return new Money(money.amount().multiply(rate, MathContext.DECIMAL64), base);
    }

    public ExchangeRates withRate(String code, BigDecimal rate) {
        TreeMap<String, BigDecimal> copy = new TreeMap<>(perUnit);
        copy.put(code, rate);
        return new ExchangeRates(base, copy);
    }

    /**
     * The same rates re-expressed over a new base, used when the production's currency changes: each rate is
     * divided by the new base's old rate, and the old base gets the inverse. Without a known rate for the new base
     * nothing can be re-expressed, so no rates are kept.
     */
    public ExchangeRates withBase(Currency newBase) {
        if (newBase.equals(base)) {
            return this;
        }
        BigDecimal pivot = perUnit.get(newBase.getCurrencyCode());
        if (pivot == null) {
            return none(newBase);
        }
        TreeMap<String, BigDecimal> rebased = new TreeMap<>();
        perUnit.forEach((code, rate) -> rebased.put(code, rate.divide(pivot, MathContext.DECIMAL64)));
        rebased.put(base.getCurrencyCode(), BigDecimal.ONE.divide(pivot, MathContext.DECIMAL64));
        return new ExchangeRates(newBase, rebased);
    }
}
