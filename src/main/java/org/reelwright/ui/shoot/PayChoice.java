package org.reelwright.ui.shoot;

import java.util.Optional;
import org.reelwright.domain.PayTerm;

/** How a performer is paid, as the cast list offers it: as the production's pay model says, or a term of their own. */
enum PayChoice {
    FOLLOWS_MODEL(null), PAID(PayTerm.PAID), DEFERRED(PayTerm.DEFERRED), IN_KIND(PayTerm.IN_KIND);

    private final PayTerm term;

    PayChoice(PayTerm term) {
        this.term = term;
    }

    Optional<PayTerm> term() {
        return Optional.ofNullable(term);
    }

    String key() {
        return term == null ? "shoot.cast.payFollows" : "PayTerm." + term.id();
    }

    static PayChoice of(PayTerm term) {
        for (PayChoice choice : values()) {
            if (choice.term == term) {
                return choice;
            }
        }
        return FOLLOWS_MODEL;
    }
}
