package org.reelwright.domain;

/**
 * How a cost is met: paid in cash now, deferred (promised out of the film's future income, so no cash during the
 * production but a debt), or in kind (donated: a friend's work, gear or flat, valued at the rate it would cost).
 */
public enum PayTerm implements CodedEnum {
    PAID, DEFERRED, IN_KIND;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static PayTerm fromId(String id) {
        return CodedEnum.parse(PayTerm.class, id, "payTerm");
    }
}
