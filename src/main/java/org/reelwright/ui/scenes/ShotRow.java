package org.reelwright.ui.scenes;

import java.util.List;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.estimate.RiskFlag;

/** A shot as the table shows it: with its scene and the flags the current plan raises on it. */
public record ShotRow(Shot shot, Scene scene, List<RiskFlag> flags) {
    public ShotRow {
        flags = List.copyOf(flags);
    }
}
