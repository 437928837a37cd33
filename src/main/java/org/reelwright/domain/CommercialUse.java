package org.reelwright.domain;

/** Whether a tool's plan or licence lets its output be used commercially (screened, sold, distributed). */
public enum CommercialUse implements CodedEnum {
    ALLOWED, NOT_ALLOWED, UNKNOWN;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static CommercialUse fromId(String id) {
        return CodedEnum.parse(CommercialUse.class, id, "commercialUse");
    }
}
