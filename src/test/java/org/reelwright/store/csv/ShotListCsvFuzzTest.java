package org.reelwright.store.csv;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.reelwright.domain.Production;

/**
 * Fuzzes the shot-list import: any bytes either merge or end in the documented {@link ShotListCsvException}. Plain
 * {@code mvn test} runs only the seeds in {@code ShotListCsvFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ShotListCsvFuzzTest {

    private static final ShotListCsv CSV = new ShotListCsv();
    private static final Production PRODUCTION = ShotListCsvTest.production();

    // Jazzer escapes quotes, backslashes and non-ASCII itself but not line breaks, so none of these contains one.
    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"scene", "shot", "description", "size", "movement", "duration", "vfx", "method", "faces",
        "notes", ",", ";", "\"", "\"\"", "\uFEFF", "1", "1A", "1B", "2A", "close-up", "dolly-track",
        "ai-image-to-video", "complex", "yes", "no", "4.5", "4,5", "600", "0.1", "灯塔"})
    void importsAnyBytesOrRefusesThemWithTheDocumentedException(byte[] data) {
        try {
            CSV.importInto(PRODUCTION, data, "fuzz.csv");
        } catch (ShotListCsvException expected) {
            // The documented outcome for input that is not a usable shot list.
        }
    }
}
