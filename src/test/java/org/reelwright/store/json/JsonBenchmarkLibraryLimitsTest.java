package org.reelwright.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.InputLimits;
import org.reelwright.store.ProjectFileException;

/** The benchmark library reader under the shared input budget, and its messages in the store's words. */
class JsonBenchmarkLibraryLimitsTest {
    private final JsonBenchmarkLibraryFiles files = new JsonBenchmarkLibraryFiles();

    private String refused(String json) {
        return assertThrows(ProjectFileException.class,
                () -> files.parse(json.getBytes(StandardCharsets.UTF_8), "benchmarks.json")).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"schemaVersion\": 1, \"sources\": \"none\"}|benchmarks.json: line 1, column 33: field 'sources' has a "
                + "wrong value (expected a list [ … ])",
        "{\"schemaVersion\": 1, \"benchmarks\": [{\"year\": 2025.5}]}|benchmarks.json: line 1, column 46: field "
                + "'benchmarks[0].year' has a wrong value (expected a whole number, got '2025.5')",
        "{\"schemaVersion\": 1} []|benchmarks.json: line 1, column 22: there is more after the end of the file's "
                + "JSON object; a file holds one object"})
    void brokenLibrariesGiveTheStoresWords(String json, String expected) {
        assertEquals(expected, refused(json));
    }

    @Test
    void listsAndSizeAreBounded() {
        String many = "{\"schemaVersion\": 1, \"sources\": [" + IntStream.range(0, InputLimits.LIST_ENTRIES + 1)
                .mapToObj(i -> "{}").collect(Collectors.joining(",")) + "]}";
        assertEquals("benchmarks.json: line 1, column 30034: sources: more than 10000 entries; Reelwright reads "
                + "lists of up to 10000 here", refused(many));
        ProjectFileException big = assertThrows(ProjectFileException.class,
                () -> files.parse(new byte[(int) InputLimits.BENCHMARK_LIBRARY_BYTES + 1], "benchmarks.json"));
        assertEquals("benchmarks.json: the file is 16.0 MB; a benchmark library may have up to 16 MB",
                big.getMessage());
    }
}
