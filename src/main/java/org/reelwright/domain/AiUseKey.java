package org.reelwright.domain;

import java.util.Objects;

/**
 * What one register entry is about: a stage as a whole (shot null), or one shot of a stage (an AI-generated shot of
 * the generation stage). The plan makes the keys; the user's text hangs on them, so it survives every plan change.
 */
public record AiUseKey(StageId stage, ShotId shot) {
    public AiUseKey {
        Objects.requireNonNull(stage, "stage");
    }

    public static AiUseKey ofStage(StageId stage) {
        return new AiUseKey(stage, null);
    }

    public static AiUseKey ofShot(StageId stage, ShotId shot) {
        return new AiUseKey(stage, Objects.requireNonNull(shot, "shot"));
    }

    public boolean isShot() {
        return shot != null;
    }
}
