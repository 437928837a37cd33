package org.reelwright.domain;

/**
 * Interior or exterior, from the scene heading; {@link #NONE} when the heading states neither (a forced
 * {@code .FLASHBACK - 1973}, Final Draft's {@code A RIVER.}), so that no importer invents one. Files and workspaces
 * from before {@code NONE} hold only the other ids and read unchanged.
 */
public enum IntExt implements CodedEnum {
    INT, EXT, INT_EXT,
    /** The heading says neither interior nor exterior. */
    NONE;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static IntExt fromId(String id) {
        return CodedEnum.parse(IntExt.class, id, "intExt");
    }
}
