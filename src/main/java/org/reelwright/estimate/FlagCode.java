package org.reelwright.estimate;

import org.reelwright.domain.CodedEnum;

/** The risk and suitability flags of ESTIMATION.md; ids are stable (files, JSON output, tests). */
public enum FlagCode implements CodedEnum {
    UNCANNY_VALLEY, AI_COMPLEX_ANIMATED_VFX, AI_CAMERA_MOVE, AI_REALISTIC_DRAMA_COST, AI_DISCLOSURE,
    AI_IP_OWNERSHIP, AI_DIRECTOR_VISION, AI_TEAM, AI_LIKENESS_CONSENT, MISSING_RATE, AI_CONSENT_MISSING,
    AI_CONSENT_LATE, AI_RIGHTS_UNCLEAR;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static FlagCode fromId(String id) {
        return CodedEnum.parse(FlagCode.class, id, "flag");
    }
}
