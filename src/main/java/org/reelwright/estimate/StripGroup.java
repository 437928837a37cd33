package org.reelwright.estimate;

import java.util.List;

/**
 * Scenes shot together: the same location at the same time of day (day or night), as on a strip board.
 *
 * @param pages live-action pages of these scenes
 * @param setups live-action shots of these scenes
 * @param cast the characters seen on screen in these scenes (voice-only ones left out), who work the group's shoot
 *     days
 */
public record StripGroup(String location, boolean night, List<String> scenes, double pages, int setups,
        List<String> cast) {

    public StripGroup {
        scenes = List.copyOf(scenes);
        cast = List.copyOf(cast);
    }

    /** A group whose cast is not known (no performers counted). */
    public StripGroup(String location, boolean night, List<String> scenes, double pages, int setups) {
        this(location, night, scenes, pages, setups, List.of());
    }
}
