package org.reelwright.ui.disclosure;

import org.reelwright.domain.ShotId;

/** A shot a consent may cover, with its name as the panel shows it ("5A (scene 5)"). */
public record ShotChoice(ShotId id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
