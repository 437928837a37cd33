package org.reelwright.ui.disclosure;

import org.reelwright.domain.DisclosureEntry;

/**
 * One AI use as the register table shows it.
 *
 * @param what the shot it concerns ("5A (scene 5)") or how many shots the stage touches
 * @param stage the stage's name in the user's language
 */
public record EntryRow(DisclosureEntry entry, String what, String stage) {
}
