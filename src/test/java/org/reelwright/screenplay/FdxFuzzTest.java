package org.reelwright.screenplay;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/**
 * Fuzzes the Final Draft path, hardened XML parser included: any bytes either import or end in the documented
 * {@link ScreenplayException}. Plain {@code mvn test} runs only the seeds in {@code FdxFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class FdxFuzzTest {

    private static final ScreenplayImporter IMPORTER = new ScreenplayImporter();
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    // Jazzer escapes quotes, backslashes and non-ASCII itself but not line breaks, so none of these contains one.
    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"<FinalDraft>", "</FinalDraft>", "<Content>", "</Content>", "<Paragraph>", "</Paragraph>",
        "<Paragraph Type=\"Scene Heading\">", "<Paragraph Type=\"Character\">", "<Paragraph Type=\"Dialogue\">",
        "<Paragraph Type=\"Action\">", "<Text>", "</Text>", "<SceneProperties Length=\"1 3/8\" Page=\"2\"/>",
        " Number=\"", "<DualDialogue>", "</DualDialogue>", "<ScriptNote>", "<TitlePage>", "</TitlePage>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "encoding=\"UTF-16\"", "<!DOCTYPE", "<!ENTITY", "SYSTEM",
        "&amp;", "&#", "<![CDATA[", "]]>", "<!--", "-->", "<?", "?>", "INT. ", " - NIGHT", "(V.O.)", "\uFEFF", "’"})
    void importsAnyBytesOrRefusesThemWithTheDocumentedException(byte[] data) {
        try {
            IMPORTER.importScript(data, "fuzz.fdx", START);
        } catch (ScreenplayException expected) {
            // The documented outcome for input that is not a usable Final Draft file.
        }
    }
}
