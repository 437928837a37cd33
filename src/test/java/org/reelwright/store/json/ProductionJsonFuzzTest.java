package org.reelwright.store.json;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;

/**
 * Fuzzes the project-file reader: any bytes either read as a production that writes back and reads again as the
 * same production, or end in the documented {@link ProjectFileException} whose message is one bounded line with
 * none of Jackson's own words. Plain {@code mvn test} runs only the seeds in {@code ProductionJsonFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes for real (add {@code -Djazzer.max_duration=10m} for longer than the 30 s below;
 * findings are added there as seeds).
 */
class ProductionJsonFuzzTest {

    private static final JsonProductionFiles FILES = new JsonProductionFiles();
    private static final String[] INTERNALS = {"java.", "com.fasterxml", "StreamRead", "Dto", "`", "[Source",
        "Feature"};

    // Jazzer escapes quotes, backslashes and non-ASCII itself but not line breaks, so none of these contains one.
    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"{", "}", "[", "]", ":", ",", "\"", "null", "true", "false", "1e20", "1.5", "-0",
        "\"schemaVersion\": 1", "\"title\"", "\"genre\"", "\"drama\"", "\"visualStyle\"", "\"realistic-live-action\"",
        "\"targetRuntimeMinutes\"", "\"currency\"", "\"USD\"", "\"exchangeRates\"", "\"startDate\"", "\"2027-03-01\"",
        "\"+999999999-12-31\"", "\"holidays\"", "\"workingDays\"", "\"monday\"", "\"dubbingLanguages\"",
        "\"subtitleLanguages\"", "\"zh-Hans\"", "\"stages\"", "\"stage\"", "\"script\"", "\"workflow\"", "\"ai\"",
        "\"rateOverrides\"", "\"benchmark\"", "\"low\"", "\"likely\"", "\"high\"", "\"payTerms\"", "\"payModel\"",
        "\"dependencies\"", "\"before\"", "\"after\"", "\"lagDays\"", "\"scenes\"", "\"number\"", "\"intExt\"",
        "\"int\"", "\"location\"", "\"timeOfDay\"", "\"day\"", "\"lengthEighths\"", "\"characters\"", "\"shots\"",
        "\"durationSeconds\"", "\"method\"", "\"live-action\"", "\"id\"", "\"contingencyPercent\"", "灯塔"})
    void readsAnyBytesOrRefusesThemWithTheDocumentedException(byte[] data) {
        Production production;
        try {
            production = FILES.parse(data, "fuzz.json");
        } catch (ProjectFileException e) {
            String message = e.getMessage();
            if (message.length() > 1_000) {
                throw new AssertionError("message not bounded: " + message.length() + " characters", e);
            }
            // Words of the library's own that the file did not bring (a file may well hold a backquote).
            String input = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String internal : INTERNALS) {
                if (message.contains(internal) && !input.contains(internal)) {
                    throw new AssertionError("message not for a user: " + message, e);
                }
            }
            return;
        }
        try {
            Production again = FILES.parse(FILES.toBytes(production), "again.json");
            if (!again.equals(production)) {
                throw new AssertionError("a production read from a file did not read back the same");
            }
        } catch (ProjectFileException e) {
            throw new AssertionError("a production read from a file could not be read back: " + e.getMessage(), e);
        }
    }
}
