package org.reelwright.ui.common;

import java.util.Currency;
import org.reelwright.domain.PayModel;
import org.reelwright.estimate.PayBreakdown;

/**
 * The words every view uses for how a plan's money is met (issue 12): cash needed first (P50 of the cash lines, then
 * P80 as the safe cash budget), then deferred and in-kind value (likely, contingency included), with the pay model
 * named. When nothing is deferred or in kind, cash is the whole budget and the views say so in one brief line
 * ({@link #allCash}) instead of repeating the figures. Kept here so Overview, Budget and Compare cannot drift apart.
 */
public final class PayText {
    private final Messages messages;
    private final Formats formats;

    public PayText(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** "Cash needed $3,900 (P50), then deferred $1,200 and in kind $14,000 (likely), contingency included". */
    public String summary(PayBreakdown pay, Currency c) {
        return messages.get("overview.pay", formats.money(pay.cashP50(), c), deferred(pay, c), inKind(pay, c));
    }

    /** The cash P50 alone, e.g. "$3,900". */
    public String cashP50(PayBreakdown pay, Currency c) {
        return formats.money(pay.cashP50(), c);
    }

    /** "Cash needed $3,900 (P50)". */
    public String cashNeeded(PayBreakdown pay, Currency c) {
        return messages.get("pay.cashNeeded", formats.money(pay.cashP50(), c));
    }

    /** "Safe cash budget (P80) $4,600". */
    public String cashSafe(PayBreakdown pay, Currency c) {
        return messages.get("pay.cashSafe", formats.money(pay.cashP80(), c));
    }

    /** "Then deferred $1,200 and in kind $14,000 (likely, contingency included)". */
    public String rest(PayBreakdown pay, Currency c) {
        return messages.get("pay.rest", deferred(pay, c), inKind(pay, c));
    }

    /** A scenario card's one line: "Cash needed $3,900 (P50) · deferred $1,200 · in kind $14,000". */
    public String cardLine(PayBreakdown pay, Currency c) {
        return messages.get("pay.cardLine", formats.money(pay.cashP50(), c), deferred(pay, c), inKind(pay, c));
    }

    /** "Pay model: No budget". */
    public String model(PayModel model) {
        return messages.get("pay.model", messages.name(model));
    }

    /** The brief line for a plan with nothing deferred or in kind: "All cash (Everyone paid): nothing deferred…". */
    public String allCash(PayModel model) {
        return messages.get("pay.allCash", messages.name(model));
    }

    /** A part's split, e.g. a stage's: "Cash $900 · deferred $300 · in kind $2,000 (likely)". */
    public String split(PayBreakdown.Split split, Currency c) {
        return messages.get("pay.split", formats.money(split.cash().likely(), c),
                formats.money(split.deferred().likely(), c), formats.money(split.inKind().likely(), c));
    }

    private String deferred(PayBreakdown pay, Currency c) {
        return formats.money(pay.total().deferred().likely(), c);
    }

    private String inKind(PayBreakdown pay, Currency c) {
        return formats.money(pay.total().inKind().likely(), c);
    }
}
