package org.reelwright.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts in the window read as people write them: "1 shot", "2 shots", never "1 shots"; measure words in Chinese. */
class PluralWordsTest {
    private final Messages en = new Messages(Locale.US);
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void editsOnShotsCountThemRight() {
        assertEquals("Delete 1 shot", en.get("edit.deleteShots", 1));
        assertEquals("Delete 3 shots", en.get("edit.deleteShots", 3));
        assertEquals("Duplicate 1 shot", en.get("edit.duplicateShots", 1));
        assertEquals("Change method of 1 shot", en.get("edit.shots", 1, "method"));
        assertEquals("Undo Delete 1 shot", en.get("menu.edit.undoThis", en.get("edit.deleteShots", 1)));
        assertEquals("删除 1 个镜头", zh.get("edit.deleteShots", 1));
    }

    @Test
    void homeCountsScenesAndShots() {
        assertEquals("Film \u2014 1 scene, 1 shot \u2014 changed today", en.get("home.production", "Film", 1, 1,
                "today"));
        assertEquals("Film \u2014 2 scenes, 12 shots \u2014 changed today", en.get("home.production", "Film", 2, 12,
                "today"));
        assertEquals("Film \u2014 0 scenes, 0 shots \u2014 changed today", en.get("home.production", "Film", 0, 0,
                "today"));
    }
}
