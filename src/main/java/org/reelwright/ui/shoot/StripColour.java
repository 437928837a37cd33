package org.reelwright.ui.shoot;

import org.reelwright.domain.IntExt;
import org.reelwright.domain.TimeOfDay;

/**
 * The strip colours crews expect (research/shoot-days.md): interior day white, exterior day yellow, interior night
 * blue, exterior night green, dawn and dusk orange. Each is a state of the strip's cell (a pseudo-class, see
 * {@link org.reelwright.ui.common.CellStates}) whose colour is a token of the theme.
 */
public enum StripColour {
    INT_DAY("strip-int-day"), EXT_DAY("strip-ext-day"), INT_NIGHT("strip-int-night"),
    EXT_NIGHT("strip-ext-night"), DAWN_DUSK("strip-dawn-dusk");

    private final String state;

    StripColour(String state) {
        this.state = state;
    }

    /** The cell's state for this colour, as the stylesheet names it ({@code .strip-cell:strip-int-day}). */
    public String state() {
        return state;
    }

    /**
     * The colour of a scene from its heading. INT./EXT. scenes count as exterior (they need the weather and the
     * light of one); a heading that names neither counts as interior; continuous and unspecified times count as
     * day, the way a strip board shows them until the user says otherwise.
     */
    public static StripColour of(IntExt intExt, TimeOfDay time) {
        if (time == TimeOfDay.DAWN || time == TimeOfDay.DUSK) {
            return DAWN_DUSK;
        }
        boolean exterior = intExt == IntExt.EXT || intExt == IntExt.INT_EXT;
        if (time == TimeOfDay.NIGHT) {
            return exterior ? EXT_NIGHT : INT_NIGHT;
        }
        return exterior ? EXT_DAY : INT_DAY;
    }
}
