package org.reelwright.report;

import org.reelwright.domain.CodedEnum;

/** The sections a production plan can have, in order; the user chooses which to print. */
public enum PlanSection implements CodedEnum {
    COVER, SUMMARY, STAGES, BUDGET, SCHEDULE, SCENES, RISKS, DISCLOSURE, SOURCES;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static PlanSection fromId(String id) {
        return CodedEnum.parse(PlanSection.class, id, "section");
    }
}
