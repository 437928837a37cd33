package org.reelwright.estimate;

import org.reelwright.domain.CodedEnum;

/** How much a flag matters, in increasing order. */
public enum Severity implements CodedEnum {
    INFO, LOW, MEDIUM, HIGH;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static Severity fromId(String id) {
        return CodedEnum.parse(Severity.class, id, "severity");
    }
}
