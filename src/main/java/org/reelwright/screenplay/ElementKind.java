package org.reelwright.screenplay;

/**
 * The printing elements of a screenplay, the same set in Fountain and Final Draft. What never prints (notes,
 * boneyard, sections, synopses) has no kind: the readers drop it before it can become content.
 */
public enum ElementKind {
    SCENE_HEADING, ACTION, CHARACTER, PARENTHETICAL, DIALOGUE, TRANSITION, CENTERED, LYRIC,
    /** A forced page break: the rest of the page stays empty. */
    PAGE_BREAK;

    /** True for the parts of a speech that hang under a character cue without a blank line in between. */
    boolean belongsToSpeech() {
        return this == PARENTHETICAL || this == DIALOGUE;
    }
}
