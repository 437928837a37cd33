package org.reelwright.domain;

/** The crew department a crew member belongs to, as a call sheet lists crew calls. */
public enum Department implements CodedEnum {
    DIRECTING, PRODUCTION, CAMERA, GRIP_ELECTRIC, SOUND, ART, WARDROBE, HAIR_MAKEUP, LOCATIONS, TRANSPORT, CATERING,
    VFX, OTHER;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static Department fromId(String id) {
        return CodedEnum.parse(Department.class, id, "department");
    }
}
