package org.reelwright.domain;

/**
 * What AI did to a piece of the film. Generated: AI made it (a generated shot, a synthetic voice, generated music).
 * Enhanced: people made it and AI changed part of it (clean-up, relighting, a replaced sky, an upscale). The
 * distinction follows Proudly Human's de-minimis guidance and AIFilmSafe's shot disclosure map
 * (research/disclosure.md); none is a shot no AI touches.
 */
public enum AiContribution implements CodedEnum {
    NONE, ENHANCED, GENERATED;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static AiContribution fromId(String id) {
        return CodedEnum.parse(AiContribution.class, id, "aiContribution");
    }
}
