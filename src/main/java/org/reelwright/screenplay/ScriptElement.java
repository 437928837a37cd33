package org.reelwright.screenplay;

import java.util.Objects;

/**
 * One printing element of a script, as the readers hand it to the breakdown.
 * Invariants: kind present; text present (markup removed, the element's own line breaks kept as {@code \n});
 * line is the 1-based source line it starts on (0 when the format has no lines worth naming); only a scene heading
 * carries a scene number (empty when the file gives none) or stored scene properties; only a character cue can be
 * dual dialogue, meaning it speaks at the same time as the cue before it.
 */
public record ScriptElement(ElementKind kind, String text, int line, boolean dualDialogue, String sceneNumber,
        StoredSceneProperties stored) {

    public ScriptElement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sceneNumber, "sceneNumber");
        Objects.requireNonNull(stored, "stored");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        if (kind != ElementKind.SCENE_HEADING && (!sceneNumber.isEmpty() || !stored.isEmpty())) {
            throw new IllegalArgumentException("only scene headings carry a scene number or stored properties");
        }
        if (dualDialogue && kind != ElementKind.CHARACTER) {
            throw new IllegalArgumentException("only character cues can be dual dialogue");
        }
    }

    public static ScriptElement of(ElementKind kind, String text, int line) {
        return new ScriptElement(kind, text, line, false, "", StoredSceneProperties.NONE);
    }

    public static ScriptElement heading(String text, int line, String sceneNumber, StoredSceneProperties stored) {
        return new ScriptElement(ElementKind.SCENE_HEADING, text, line, false, sceneNumber, stored);
    }

    public static ScriptElement character(String cue, int line, boolean dualDialogue) {
        return new ScriptElement(ElementKind.CHARACTER, cue, line, dualDialogue, "", StoredSceneProperties.NONE);
    }
}
