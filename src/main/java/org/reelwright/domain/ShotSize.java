package org.reelwright.domain;

/** Framing of a shot, as on a shot list. */
public enum ShotSize implements CodedEnum {
    EXTREME_WIDE, WIDE, MEDIUM_WIDE, MEDIUM, MEDIUM_CLOSE_UP, CLOSE_UP, EXTREME_CLOSE_UP, OVER_THE_SHOULDER, TWO_SHOT, POV, INSERT;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static ShotSize fromId(String id) {
        return CodedEnum.parse(ShotSize.class, id, "shotSize");
    }
}
