package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An import's warnings are worded in the application's language, the default locale the window and --lang set. */
class LocalizedImportWarningsTest {
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final byte[] SCRIPT = """
            INT. KITCHEN - DAY #3#

            Tea.

            EXT. GARDEN - NIGHT #3#

            Rain.
            """.getBytes(StandardCharsets.UTF_8);

    private final ScreenplayImporter importer = new ScreenplayImporter();

    @AfterEach
    void englishAgain() {
        Locale.setDefault(Locale.US);
    }

    @Test
    void aSceneNumberUsedTwiceIsSaidInEnglishOrChinese() throws Exception {
        Locale.setDefault(Locale.US);
        List<String> english = importer.importScript(SCRIPT, "pilot.fountain", START).warnings();
        assertEquals(List.of("line 5: scene number 3 is used twice; this scene is numbered in sequence instead"),
                english);
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        List<String> chinese = importer.importScript(SCRIPT, "pilot.fountain", START).warnings();
        assertEquals(List.of("第 5 行：场次编号 3 重复使用；该场改为按顺序编号"), chinese);
    }
}
