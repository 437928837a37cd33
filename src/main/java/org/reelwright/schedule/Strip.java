package org.reelwright.schedule;

import java.util.List;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.TimeOfDay;

/**
 * One strip of the stripboard: a scene with live work, with what a strip prints (scene number, INT/EXT, location,
 * day or night, pages in eighths, cast numbers, synopsis) and what the automatic pass weighs (setups, characters).
 *
 * @param night shot at night (a continuous or unspecified scene follows the scene before it)
 * @param location the heading's location as written
 * @param eighths live pages in eighths of a page
 * @param castNumbers cast numbers of the performers playing the characters seen in the scene, ascending
 * @param characters characters seen on screen (voices left out), as the scene spells them
 */
public record Strip(SceneId scene, String number, IntExt intExt, TimeOfDay timeOfDay, boolean night, String location,
        int eighths, int setups, List<Integer> castNumbers, List<String> characters, String synopsis) {

    public Strip {
        castNumbers = List.copyOf(castNumbers);
        characters = List.copyOf(characters);
    }

    /** The key strips are grouped by: location (ignoring case) and day or night. */
    String groupKey() {
        return location.toUpperCase(java.util.Locale.ROOT) + (night ? "|N" : "|D");
    }

    String locationKey() {
        return location.toUpperCase(java.util.Locale.ROOT);
    }
}
