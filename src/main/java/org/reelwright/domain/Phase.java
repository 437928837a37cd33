package org.reelwright.domain;

/** The phases of a production, in order; the budget top sheet groups stages by them. */
public enum Phase implements CodedEnum {
    DEVELOPMENT, PRE_PRODUCTION, PRODUCTION, POST_PRODUCTION, DISTRIBUTION;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static Phase fromId(String id) {
        return CodedEnum.parse(Phase.class, id, "phase");
    }
}
