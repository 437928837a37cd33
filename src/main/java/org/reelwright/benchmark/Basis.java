package org.reelwright.benchmark;

import org.reelwright.domain.CodedEnum;

/** Which way of working a benchmark describes: people, AI tools, or both (a day rate used by either). */
public enum Basis implements CodedEnum {
    TRADITIONAL, AI, ANY;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static Basis fromId(String id) {
        return CodedEnum.parse(Basis.class, id, "workflow");
    }
}
