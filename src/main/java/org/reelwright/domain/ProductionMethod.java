package org.reelwright.domain;

/**
 * How the picture of a shot is made. Image-to-video is the storytelling workhorse and text-to-video suits single
 * clips (rule A7); AI combined with 3D handles camera moves that AI alone cannot (rule A8).
 */
public enum ProductionMethod implements CodedEnum {
    LIVE_ACTION(false), AI_IMAGE_TO_VIDEO(true), AI_TEXT_TO_VIDEO(true), AI_3D(true), CG_ANIMATION(false),
    STOCK(false);

    private final boolean aiGenerated;

    ProductionMethod(boolean aiGenerated) {
        this.aiGenerated = aiGenerated;
    }

    /** True when the shot's picture comes out of an AI video generator and counts towards generated seconds. */
    public boolean isAiGenerated() {
        return aiGenerated;
    }

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static ProductionMethod fromId(String id) {
        return CodedEnum.parse(ProductionMethod.class, id, "method");
    }
}
