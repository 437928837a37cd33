package org.reelwright.store.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;

class JsonProductionFilesTest {
    private static byte[] sample;
    private final JsonProductionFiles files = new JsonProductionFiles();

    @TempDir
    Path folder;

    @BeforeAll
    static void readSample() throws IOException {
        try (InputStream in = JsonProductionFilesTest.class.getResourceAsStream(
                ProductionDocuments.SAMPLE_RESOURCE)) {
            sample = in.readAllBytes();
        }
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Production original = files.parse(sample, "sample.json");
        Path file = folder.resolve("film.json");
        files.write(original, file);
        Production reread = files.read(file);
        assertEquals(original, reread);
        files.write(reread, file);
        assertArrayEquals(files.toBytes(original), Files.readAllBytes(file));
    }

    @Test
    void writesChineseTextAsUtf8() throws Exception {
        Production original = files.parse(sample, "sample.json");
        Path file = folder.resolve("film.json");
        files.write(original.withTitle("盐之档案"), file);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("盐之档案"));
        assertEquals("盐之档案", files.read(file).title());
    }

    static Stream<Arguments> brokenFiles() {
        String valid = new String(sample, StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("truncated", valid.substring(0, valid.length() / 2),
                        "film.json: line "),
                Arguments.of("empty", "", "film.json: the file is empty; it is not a Reelwright project"),
                Arguments.of("not an object", "[1, 2]",
                        "film.json: not a Reelwright project (expected a JSON object)"),
                Arguments.of("no schema version", "{\"title\": \"x\"}",
                        "film.json: missing field 'schemaVersion'; not a Reelwright project file"),
                Arguments.of("newer schema", valid.replaceFirst("\"schemaVersion\" *: *1", "\"schemaVersion\": 99"),
                        "film.json: written by a newer Reelwright (schema version 99; this version reads up to 1); "
                                + "update Reelwright to open it"),
                Arguments.of("missing title", valid.replaceFirst("\"title\" *: *\"[^\"]*\",", ""),
                        "film.json: missing field 'title'"),
                Arguments.of("missing shot duration",
                        valid.replaceFirst("\"durationSeconds\" *: *[0-9.]+,", ""),
                        "film.json, scenes[0].shots[0]: missing field 'scenes[0].shots[0].durationSeconds'"),
                Arguments.of("negative duration",
                        valid.replaceFirst("\"durationSeconds\" *: *[0-9.]+,", "\"durationSeconds\": -3,"),
                        "film.json, scenes[0].shots[0]: Shot 1A: duration must be between 0.1 and 600 seconds, "
                                + "got -3"),
                Arguments.of("unknown stage", valid.replaceFirst("\"stage\" *: *\"script\"", "\"stage\": \"catering\""),
                        "film.json, stages[0]: unknown stage 'catering'; expected one of: script,"),
                Arguments.of("unknown field", valid.replaceFirst("\"title\"", "\"colour\": 1, \"title\""),
                        "unknown field 'colour' at 'colour'"),
                Arguments.of("wrong type", valid.replaceFirst("\"festivalSubmissions\" *: *[0-9]+",
                        "\"festivalSubmissions\": \"many\""), "field 'festivalSubmissions' has a wrong value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileGivesAMessageNamingFileAndPlaceAndLeavesTheFileUntouched(String what, String content,
            String expectedMessage) throws IOException {
        Path file = folder.resolve("film.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.read(file));
        assertTrue(e.getMessage().contains(expectedMessage), () -> "message was: " + e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, () -> "one line expected: " + e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void truncatedFileNamesLineAndColumn() throws IOException {
        Path file = folder.resolve("film.json");
        Files.write(file, Arrays.copyOf(sample, 200));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.read(file));
        assertTrue(e.getMessage().matches("film\\.json: line \\d+, column \\d+: not valid JSON .*"), e.getMessage());
    }

    @Test
    void missingFileSaysSo() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> files.read(folder.resolve("nowhere.json")));
        assertTrue(e.getMessage().endsWith("nowhere.json: no such file"), e.getMessage());
    }

    @Test
    void failedSaveKeepsThePreviousFileAndSaysWhy() throws Exception {
        Production original = files.parse(sample, "sample.json");
        Path file = folder.resolve("film.json");
        files.write(original, file);
        byte[] before = Files.readAllBytes(file);
        Path missingFolder = folder.resolve("gone").resolve("film.json");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> files.write(original.withTitle("Changed"), missingFolder));
        assertTrue(e.getMessage().contains("the previous file is unchanged"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
