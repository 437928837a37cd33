package org.reelwright.estimate;

import java.util.List;

/**
 * Scenes shot together: the same location at the same time of day (day or night), as on a strip board.
 *
 * @param pages live-action pages of these scenes
 * @param setups live-action shots of these scenes
 */
public record StripGroup(String location, boolean night, List<String> scenes, double pages, int setups) {
}
