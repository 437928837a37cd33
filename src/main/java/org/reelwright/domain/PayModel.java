package org.reelwright.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * A production-wide preset of pay terms, one per {@link PayCategory}; a stage may override any of them
 * ({@link StagePlan#payTerms()}). {@link #ALL_PAID} is the default, so files written before pay terms existed keep
 * their figures. The presets' reasons and sources are in {@link #note()} (bundle key {@code payModel.<id>.note}):
 * <ul>
 * <li>{@code no-budget}: friends' crew and gear in kind, cast deferred, locations donated — the director finds cash
 * only for out-of-pocket costs. Bin He's 15-minute festival short on "virtually zero budget" (article 001, rule
 * A11); the $0–500 "no-budget" tier (eatsip365 short-film cost guide, research §1.1); SAG-AFTRA's Short Project
 * Agreement lets performer pay be deferred (sagindie.org/signatory, research §1.3). Donated locations: assumption.
 * <li>{@code micro-budget}: the library's small shoot crew (DP, sound, gaffer, PAs) and post crew paid, cast
 * deferred (SAG-AFTRA Micro-Budget / Short Project agreements: pay negotiable or deferrable), locations and gear
 * paid. The $500–5,000 tier (eatsip365). Which roles are "core" is an assumption; override per stage.
 * <li>{@code low-budget-union}: everyone paid. Cast at the SAG-AFTRA Ultra-Low Budget day rate the library already
 * uses ($249/day from July 2025); the library has no IATSE low-budget crew scales, so crew stay at its non-union
 * indie rates: assumption.
 * <li>{@code all-paid}: everyone paid at the library's rates, as before pay terms existed.
 * </ul>
 */
public enum PayModel implements CodedEnum {
    ALL_PAID(PayTerm.PAID, PayTerm.PAID, PayTerm.PAID, PayTerm.PAID),
    NO_BUDGET(PayTerm.IN_KIND, PayTerm.DEFERRED, PayTerm.IN_KIND, PayTerm.IN_KIND),
    MICRO_BUDGET(PayTerm.PAID, PayTerm.DEFERRED, PayTerm.PAID, PayTerm.PAID),
    LOW_BUDGET_UNION(PayTerm.PAID, PayTerm.PAID, PayTerm.PAID, PayTerm.PAID);

    private final Map<PayCategory, PayTerm> terms;

    PayModel(PayTerm crew, PayTerm cast, PayTerm location, PayTerm equipment) {
        EnumMap<PayCategory, PayTerm> map = new EnumMap<>(PayCategory.class);
        map.put(PayCategory.CREW, crew);
        map.put(PayCategory.CAST, cast);
        map.put(PayCategory.LOCATION, location);
        map.put(PayCategory.EQUIPMENT, equipment);
        terms = java.util.Collections.unmodifiableMap(map);
    }

    /** The preset's term for a category. */
    public PayTerm term(PayCategory category) {
        return terms.get(category);
    }

    /** Every category's term, in category order. */
    public Map<PayCategory, PayTerm> terms() {
        return terms;
    }

    /** Why the preset is what it is, with its sources or the word assumption, in the user's language. */
    public Phrase note() {
        return Checks.phrase("payModel." + id() + ".note");
    }

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static PayModel fromId(String id) {
        return CodedEnum.parse(PayModel.class, id, "payModel");
    }
}
