package org.reelwright.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A stage's own pay terms: for some categories, a term that overrides the production's {@link PayModel}; a category
 * not named follows the preset. Invariant: no null keys or values; the map is an unmodifiable copy in category order.
 */
public record PayTerms(Map<PayCategory, PayTerm> overrides) {
    public static final PayTerms NONE = new PayTerms(Map.of());

    public PayTerms {
        EnumMap<PayCategory, PayTerm> copy = new EnumMap<>(PayCategory.class);
        if (overrides != null) {
            Phrase subject = Checks.subject("payTerms");
            overrides.forEach((category, term) -> {
                Checks.required(category, subject, "payCategory");
                Checks.required(term, subject, "payTerm");
                copy.put(category, term);
            });
        }
        overrides = Collections.unmodifiableMap(copy);
    }

    public Optional<PayTerm> override(PayCategory category) {
        return Optional.ofNullable(overrides.get(category));
    }

    /** These terms with {@code category} set to {@code term}, or following the preset again when term is null. */
    public PayTerms with(PayCategory category, PayTerm term) {
        EnumMap<PayCategory, PayTerm> copy = new EnumMap<>(PayCategory.class);
        copy.putAll(overrides);
        if (term == null) {
            copy.remove(category);
        } else {
            copy.put(category, term);
        }
        return new PayTerms(copy);
    }

    public boolean isEmpty() {
        return overrides.isEmpty();
    }
}
