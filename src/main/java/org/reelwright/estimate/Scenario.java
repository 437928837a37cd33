package org.reelwright.estimate;

import org.reelwright.domain.CodedEnum;

/**
 * The plans Reelwright compares: the user's own choices, everything done the traditional way, and AI wherever it is
 * suitable (no high-severity flag). See {@link Scenarios} for the exact transformations.
 */
public enum Scenario implements CodedEnum {
    CURRENT, TRADITIONAL, AI;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static Scenario fromId(String id) {
        return CodedEnum.parse(Scenario.class, id, "scenario");
    }
}
