package org.reelwright.estimate;

import java.util.List;
import org.reelwright.domain.Scene;

/**
 * A scene's strip on the stripboard: the scene with what its shoot needs, counted as the estimate counts it (live
 * pages, live setups, the characters seen on screen; voices left out), and whether it is shot at night (a
 * continuous or unspecified scene takes the day or night of the scene before it, as {@link StripGroup}s do).
 *
 * @param location the heading's location upper-cased, the key strips are grouped by
 */
public record SceneStrip(Scene scene, String location, boolean night, double pagesLive, int setups,
        List<String> onScreen) {

    public SceneStrip {
        onScreen = List.copyOf(onScreen);
    }

    /** Live pages in eighths, rounded to the nearest eighth (a strip prints 1 3/8). */
    public int eighths() {
        return (int) Math.round(pagesLive * 8);
    }
}
