package org.reelwright.domain;

/** The look of the film, which decides how AI-generated footage is judged. */
public enum VisualStyle implements CodedEnum {
    REALISTIC_LIVE_ACTION, STYLISED, ANIMATED;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static VisualStyle fromId(String id) {
        return CodedEnum.parse(VisualStyle.class, id, "visualStyle");
    }
}
