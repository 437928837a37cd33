package org.reelwright.domain;

/** Time of day from the scene heading; continuous and unspecified scenes follow the scene before them on the strip board. */
public enum TimeOfDay implements CodedEnum {
    DAY, NIGHT, DAWN, DUSK, CONTINUOUS, UNSPECIFIED;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static TimeOfDay fromId(String id) {
        return CodedEnum.parse(TimeOfDay.class, id, "timeOfDay");
    }
}
