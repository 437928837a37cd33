package org.reelwright.domain;

/**
 * The slug line of a scene: interior or exterior, location and time of day.
 * Invariant: the location is non-blank (an imported heading without one becomes "UNKNOWN LOCATION" in the importer).
 */
public record SceneHeading(IntExt intExt, String location, TimeOfDay timeOfDay) {

    public SceneHeading {
        Checks.required(intExt, Checks.subject("sceneHeading"), "intExt");
        location = Checks.nonBlank(location, Checks.subject("sceneHeading"), "location", 200);
        Checks.required(timeOfDay, Checks.subject("sceneHeading"), "timeOfDay");
    }

    /** The heading as a screenplay prints it, e.g. {@code INT./EXT. CAR - NIGHT}, or {@code FLASHBACK} with no prefix. */
    public String text() {
        return text(ie -> switch (ie) {
            case INT -> "INT.";
            case EXT -> "EXT.";
            case INT_EXT -> "INT./EXT.";
            case NONE -> "";
        }, time -> time.name().replace('_', ' '));
    }

    /**
     * The heading in other words for interior/exterior and time of day (外景 石门渡口 - 清晨): the same layout as
     * {@link #text()}, no prefix for a heading that states neither, no time when it is unspecified.
     */
    public String text(java.util.function.Function<IntExt, String> intExtWord,
            java.util.function.Function<TimeOfDay, String> timeWord) {
        String prefix = intExt == IntExt.NONE ? "" : intExtWord.apply(intExt) + " ";
        String time = timeOfDay == TimeOfDay.UNSPECIFIED ? "" : " - " + timeWord.apply(timeOfDay);
        return prefix + location + time;
    }

    /** True for scenes that need darkness on set, which a strip board keeps apart from day work. */
    public boolean isNight() {
        return timeOfDay == TimeOfDay.NIGHT || timeOfDay == TimeOfDay.DUSK;
    }
}
