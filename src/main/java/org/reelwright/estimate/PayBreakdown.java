package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;

/**
 * An estimate split by how its money is met: cash the director must find, deferred pay (owed out of future income)
 * and in-kind value (donated work, gear and places, valued at the rates that price them). Each line item is put in a
 * {@link PayCategory} by the benchmark rates that price it ({@link #categoryOf}); the production's pay model, or the
 * stage's own term, decides the category's {@link PayTerm}, unless the item carries a term of its own (the cast
 * days of performers whose own pay term differs, {@link LineItem#payTerm()}). Items of no category (tools, subscriptions, generation,
 * licences, permits, food, festival fees) are always cash.
 *
 * <p>Invariants: for low, likely, high and the PERT mean, cash + deferred + in kind = the estimate's figure, per stage
 * and for subtotal, contingency (split in proportion, as it is a percentage) and total. Percentiles are not additive:
 * {@link #cashP50()} and {@link #cashP80()} are percentiles of the cash items in the same seeded trials as the
 * total's ({@link MonteCarlo.Trials#percentiles(java.util.function.ToDoubleFunction, double, double...)}).
 */
public record PayBreakdown(PayModel payModel, Map<StageId, Split> stages, Split subtotal, Split contingency,
        Split total, BigDecimal cashP50, BigDecimal cashP80) {

    /** Priced per frame, shot or minute, these rates are a person's fee: crew labour like the day rates. */
    private static final Set<String> LABOUR_PRICES = Set.of("casting.traditional.director-flat",
            "storyboard.traditional.price-per-frame", "vfx.traditional.price-per-shot.simple",
            "vfx.traditional.price-per-shot.medium", "vfx.traditional.price-per-shot.complex",
            "subtitles.traditional.price-per-minute");

    public PayBreakdown {
        stages = Collections.unmodifiableMap(new EnumMap<>(stages));
    }

    /** Money as cash, deferred and in kind, each a low / likely / high range. */
    public record Split(Range cash, Range deferred, Range inKind) {
        public static final Split ZERO = new Split(Range.ZERO, Range.ZERO, Range.ZERO);

        public Split plus(Split other) {
            return new Split(cash.plus(other.cash), deferred.plus(other.deferred), inKind.plus(other.inKind));
        }

        public Split times(BigDecimal factor) {
            return new Split(cash.times(factor), deferred.times(factor), inKind.times(factor));
        }

        /** cash + deferred + in kind. */
        public Range total() {
            return cash.plus(deferred).plus(inKind);
        }

        public Range of(PayTerm term) {
            return switch (term) {
                case PAID -> cash;
                case DEFERRED -> deferred;
                case IN_KIND -> inKind;
            };
        }

        Split plus(PayTerm term, Range value) {
            return switch (term) {
                case PAID -> new Split(cash.plus(value), deferred, inKind);
                case DEFERRED -> new Split(cash, deferred.plus(value), inKind);
                case IN_KIND -> new Split(cash, deferred, inKind.plus(value));
            };
        }
    }

    /**
     * The category of a line item's money by the rates that price it: any {@code cast.*} rate → cast; the location
     * fee → location; the equipment package → equipment; any {@code crew.*} day rate or a per-unit fee of a person
     * (casting director, storyboard artist, VFX artist, subtitler) → crew; anything else → none (out-of-pocket).
     */
    public static Optional<PayCategory> categoryOf(LineItem item) {
        boolean crew = false;
        boolean location = false;
        boolean equipment = false;
        for (Rate rate : item.rates()) {
            String id = rate.id();
            if (id.startsWith("cast.")) {
                return Optional.of(PayCategory.CAST);
            }
            location |= id.equals("shoot.location-fee-per-day");
            equipment |= id.equals("shoot.equipment-per-day");
            crew |= id.startsWith("crew.") || LABOUR_PRICES.contains(id);
        }
        return location ? Optional.of(PayCategory.LOCATION) : equipment ? Optional.of(PayCategory.EQUIPMENT)
                : crew ? Optional.of(PayCategory.CREW) : Optional.empty();
    }

    /** How a line item of a stage is met in this production. */
    public static PayTerm termOf(Production production, StageId stage, LineItem item) {
        if (item.payTerm() != null) {
            return item.payTerm();
        }
        return categoryOf(item).map(c -> production.payTerm(stage, c)).orElse(PayTerm.PAID);
    }

    /** The split of an estimate of {@code production}, with cash percentiles from 10,000 seeded draws. */
    public static PayBreakdown of(Production production, Estimate estimate) {
        return of(production, estimate, new MonteCarlo(10_000, MonteCarlo.DEFAULT_SEED));
    }

    public static PayBreakdown of(Production production, Estimate estimate, MonteCarlo monteCarlo) {
        Map<StageId, Split> stages = new EnumMap<>(StageId.class);
        Split subtotal = Split.ZERO;
        List<LineItem> items = new ArrayList<>();
        Set<LineItem> cash = Collections.newSetFromMap(new IdentityHashMap<>());
        for (StageLine line : estimate.lines()) {
            Split split = of(production, line);
            for (LineItem item : line.items()) {
                items.add(item);
                if (termOf(production, line.stage(), item) == PayTerm.PAID) {
                    cash.add(item);
                }
            }
            stages.put(line.stage(), split);
            subtotal = subtotal.plus(split);
        }
        BigDecimal rate = BigDecimal.valueOf(estimate.contingencyPercent() / 100);
        Split contingency = subtotal.times(rate);
        Split total = subtotal.plus(contingency);
        // The same trials as the total's (one draw per rate, seeded by the rate's id), weighted to the cash items.
        double[] p = monteCarlo.run(items).percentiles(i -> cash.contains(i) ? 1 : 0,
                1 + estimate.contingencyPercent() / 100, 0.5, 0.8);
        BigDecimal p50 = p == null ? total.cash().likely() : BigDecimal.valueOf(p[0]);
        BigDecimal p80 = p == null ? total.cash().likely() : BigDecimal.valueOf(p[1]);
        return new PayBreakdown(production.payModel(), stages, subtotal, contingency, total, p50, p80);
    }

    /** One stage line's split in this production (no contingency), without a simulation. */
    public static Split of(Production production, StageLine line) {
        Split split = Split.ZERO;
        for (LineItem item : line.items()) {
            split = split.plus(termOf(production, line.stage(), item), item.cost());
        }
        return split;
    }

    /** The stage's split (zero for a stage the estimate has no line for). */
    public Split stage(StageId stage) {
        return stages.getOrDefault(stage, Split.ZERO);
    }

    /** PERT means of the total's three parts; they add up to the estimate's PERT mean. */
    public BigDecimal cashMean() {
        return total.cash().pertMean();
    }

    public BigDecimal deferredMean() {
        return total.deferred().pertMean();
    }

    public BigDecimal inKindMean() {
        return total.inKind().pertMean();
    }

    /** True when some money is deferred or in kind, i.e. the split says more than the total. */
    public boolean hasNonCash() {
        return !total.deferred().isZero() || !total.inKind().isZero();
    }
}
