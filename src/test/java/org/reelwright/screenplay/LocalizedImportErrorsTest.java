package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A script that cannot be imported is reported in the user's language; the English message is unchanged. */
class LocalizedImportErrorsTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private final ScreenplayImporter importer = new ScreenplayImporter();

    @Test
    void unclosedBoneyardNamesTheLineInChinese() {
        byte[] script = "INT. ARCHIVE - NIGHT\n\nLin reads.\n\n/* cut this\n\nEXT. ROOF - DAY\n"
                .getBytes(StandardCharsets.UTF_8);
        ScreenplayException e = assertThrows(ScreenplayException.class,
                () -> importer.importScript(script, "pilot.fountain", START));
        assertEquals("pilot.fountain: line 5: the boneyard opened with /* on this line is never closed with */, so "
                + "everything after it would be left out; close it or remove it", e.getMessage());
        assertEquals("pilot.fountain：第 5 行：此行用 /* 开始的注释块（boneyard）没有用 */ 结束，其后的内容都会被略去；"
                + "请将其闭合或删除", e.message(CHINESE));
    }

    @Test
    void unknownFormatListsWhatCanBeImportedInChinese() {
        ScreenplayException e = assertThrows(ScreenplayException.class,
                () -> importer.importScript("x".getBytes(StandardCharsets.UTF_8), "pilot.docx", START));
        assertEquals("pilot.docx: .docx files cannot be imported; export the script from its writing app as "
                + "Fountain or Final Draft (.fdx) first. Reelwright imports .fountain, .spmd, .txt (Fountain) or "
                + ".fdx (Final Draft)", e.getMessage());
        assertEquals("pilot.docx：无法导入 .docx 文件；请先在写作软件中将剧本导出为 Fountain 或 Final Draft（.fdx）。"
                + "Reelwright 可导入 .fountain、.spmd、.txt（Fountain）或 .fdx（Final Draft）", e.message(CHINESE));
    }

    @Test
    void binaryFileIsToldInChinese() {
        byte[] binary = {'I', 'N', 'T', '.', 0, 1, 2, '\n'};
        ScreenplayException e = assertThrows(ScreenplayException.class,
                () -> importer.importScript(binary, "pilot.fountain", START));
        assertEquals("pilot.fountain：第 1 行：文件含有 NUL 字节，是二进制文件而不是文本剧本（UTF-16 文本需要字节顺序标记；"
                + "或另存为 UTF-8）", e.message(CHINESE));
    }
}
