package org.reelwright.domain;

/** Visual-effects work a shot needs, in the price bands of the VFX benchmarks. */
public enum VfxLevel implements CodedEnum {
    NONE, SIMPLE, MEDIUM, COMPLEX;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static VfxLevel fromId(String id) {
        return CodedEnum.parse(VfxLevel.class, id, "vfxLevel");
    }
}
