package org.reelwright.domain;

/** Interior or exterior, from the scene heading. */
public enum IntExt implements CodedEnum {
    INT, EXT, INT_EXT;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static IntExt fromId(String id) {
        return CodedEnum.parse(IntExt.class, id, "intExt");
    }
}
