package org.reelwright.ui.benchmarks;

import org.reelwright.domain.StageId;

/**
 * A choice of the stage filter: every rate, the rates shared by all stages (a library entry without a stage, such
 * as working hours per day), or the rates of one stage.
 *
 * @param stage the stage of a {@link Kind#STAGE} choice, else null
 */
public record StageChoice(Kind kind, StageId stage) {
    public static final StageChoice ALL = new StageChoice(Kind.ALL, null);
    public static final StageChoice SHARED = new StageChoice(Kind.SHARED, null);

    public enum Kind {
        ALL, SHARED, STAGE
    }

    public static StageChoice of(StageId stage) {
        return new StageChoice(Kind.STAGE, stage);
    }

    /** True when a rate kept for {@code rateStage} (null: shared by all stages) passes this choice. */
    public boolean admits(StageId rateStage) {
        return switch (kind) {
            case ALL -> true;
            case SHARED -> rateStage == null;
            case STAGE -> rateStage == stage;
        };
    }
}
