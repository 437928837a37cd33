package org.reelwright.screenplay;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzzes the Fountain path: any bytes either import or end in the documented {@link ScreenplayException}, and a
 * successful breakdown always adds up. Plain {@code mvn test} runs only the seeds in
 * {@code FountainFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real (findings are added there as seeds).
 */
class FountainFuzzTest {

    private static final ScreenplayImporter IMPORTER = new ScreenplayImporter();
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    // Jazzer escapes quotes, backslashes and non-ASCII itself but not line breaks, so none of these contains one.
    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"INT. ", "EXT. ", "EST. ", "INT./EXT. ", "I/E ", " - DAY", " - NIGHT", "#1A#", "(V.O.)",
        "(CONT'D)", " ^", "@", "!", ".", "..", "~", "> ", " <", "TO:", "===", "[[", "]]", "/*", "*/", "#", "= ",
        "*", "**", "_", "\\*", "Title:", "  ", "\uFEFF", "内景 ", " - 夜", "（画外音）"})
    void importsAnyTextOrRefusesItWithTheDocumentedException(byte[] data) {
        // The text path bypasses decoding so that the parser also meets control characters and broken text.
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            ScriptBreakdown breakdown = ScriptBreakdown.of(new FountainReader().read(text, "fuzz.fountain"),
                    PageLayout.STANDARD, "fuzz.fountain");
            if (breakdown.preambleEighths() + breakdown.sceneEighths() != breakdown.estimatedPageEighths()) {
                throw new AssertionError("scene lengths do not add up to the page count");
            }
        } catch (ScreenplayException expected) {
            // The documented outcome for input that is not a usable script.
        }
        try {
            IMPORTER.importScript(data, "fuzz.fountain", START);
        } catch (ScreenplayException expected) {
            // Same.
        }
    }
}
