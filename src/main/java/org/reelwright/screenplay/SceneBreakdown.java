package org.reelwright.screenplay;

import java.util.List;
import java.util.Objects;
import org.reelwright.domain.SceneHeading;

/**
 * One scene as the breakdown found it, before it becomes a domain {@code Scene}.
 * Invariants: number non-blank; heading present; characters upper-case, without extensions or duplicates, in order of
 * first appearance; length 0 or more eighths; page 1 or more; line 0 or more (0 when unknown).
 *
 * @param headingText the heading as printed in the script, for showing the user what was read
 * @param lengthStated true when the file stated the length (Final Draft), false when the page model estimated it
 * @param page the page the scene starts on: as stated by the file, else as estimated
 * @param firstAction the first line of the scene's first action paragraph, or empty
 * @param line the source line of the heading
 */
public record SceneBreakdown(String number, SceneHeading heading, String headingText, List<String> characters,
        int lengthEighths, boolean lengthStated, int page, String firstAction, int line) {

    public SceneBreakdown {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(headingText, "headingText");
        Objects.requireNonNull(firstAction, "firstAction");
        characters = List.copyOf(characters);
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a scene needs a number");
        }
        if (lengthEighths < 0 || page < 1 || line < 0) {
            throw new IllegalArgumentException("length, page or line out of range: " + lengthEighths + ", " + page
                    + ", " + line);
        }
    }
}
