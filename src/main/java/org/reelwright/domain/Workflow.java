package org.reelwright.domain;

/** How a stage is done: by people, by AI tools, or a mix of the two. */
public enum Workflow implements CodedEnum {
    TRADITIONAL, HYBRID, AI;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static Workflow fromId(String id) {
        return CodedEnum.parse(Workflow.class, id, "workflow");
    }
}
