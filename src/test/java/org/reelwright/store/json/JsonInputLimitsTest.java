package org.reelwright.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;

/**
 * The project file against the input budget ({@link InputLimits}) and broken inputs against their exact messages
 * (issue 15, items 2, 5, 10 and 13): every limit is hit once, every message names the file, the place and the limit,
 * and no message quotes Jackson's own words (class names, {@code StreamReadConstraints}) or more than a few dozen
 * characters of the input.
 */
class JsonInputLimitsTest {
    private final JsonProductionFiles files = new JsonProductionFiles();

    @TempDir
    Path folder;

    /** A small valid project; {@code %s} parts are replaced by the cases below. */
    static String project(String top, String stages, String scenes) {
        return "{\"schemaVersion\": 1, \"title\": \"T\", \"genre\": \"drama\","
                + " \"visualStyle\": \"realistic-live-action\", \"targetRuntimeMinutes\": 10, \"currency\": \"USD\","
                + " \"startDate\": \"2027-03-01\"" + top + ", \"stages\": [" + stages + "], \"scenes\": [" + scenes
                + "]}";
    }

    static String scene(String number, String extra) {
        return "{\"number\": \"" + number + "\", \"intExt\": \"int\", \"location\": \"ROOM\", \"timeOfDay\": \"day\","
                + " \"lengthEighths\": 8" + extra + "}";
    }

    static String shot(String number) {
        return "{\"number\": \"" + number + "\", \"durationSeconds\": 4, \"method\": \"live-action\"}";
    }

    static String stage(String name, String extra) {
        return "{\"stage\": \"" + name + "\", \"workflow\": \"traditional\"" + extra + "}";
    }

    static String times(int n, java.util.function.IntFunction<String> each) {
        return IntStream.range(0, n).mapToObj(each).collect(Collectors.joining(", "));
    }

    static Stream<Arguments> brokenInputs() {
        String sixteenStages = Stream.of(org.reelwright.domain.StageId.values())
                .map(s -> s == org.reelwright.domain.StageId.GENERATION
                        ? stage(s.id(), "").replace("traditional", "ai") : stage(s.id(), ""))
                .collect(Collectors.joining(", "));
        String longText = "x".repeat(InputLimits.TEXT_CHARS + 1);
        return Stream.of(
                // Item 10: paths
                Arguments.of("missing scenes after the stages",
                        project("", sixteenStages, "").replace(", \"scenes\": []", ""),
                        "film.json: missing field 'scenes'"),
                Arguments.of("null rate override",
                        project("", stage("script", ", \"rateOverrides\": [null]"), ""),
                        "film.json, stages[0].rateOverrides[0]: missing field 'stages[0].rateOverrides[0]'"),
                Arguments.of("null scene", project("", "", "null"),
                        "film.json, scenes[0]: missing field 'scenes[0]'"),
                Arguments.of("null holiday", project(", \"holidays\": [\"2027-04-05\", null]", "", ""),
                        "film.json, holidays[1]: missing field 'holidays[1]'"),
                Arguments.of("scenes is a string", project("", "", "").replace("\"scenes\": []", "\"scenes\": \"x\""),
                        "film.json: line 1, column 192: field 'scenes' has a wrong value (expected a list [ … ])"),
                Arguments.of("whole number expected",
                        project("", "", scene("1", "").replace("\"lengthEighths\": 8", "\"lengthEighths\": \"lots\"")),
                        "film.json: line 1, column 283: field 'scenes[0].lengthEighths' has a wrong value "
                                + "(expected a whole number, got 'lots')"),
                Arguments.of("a fraction where a whole number goes",
                        project("", "", scene("1", "").replace("\"lengthEighths\": 8", "\"lengthEighths\": 1.5")),
                        "film.json: line 1, column 283: field 'scenes[0].lengthEighths' has a wrong value "
                                + "(expected a whole number, got '1.5')"),
                Arguments.of("a number too large for its field",
                        project("", "", scene("1", "").replace("\"lengthEighths\": 8",
                                "\"lengthEighths\": 99999999999999999999")),
                        "film.json: line 1, column 303: field 'scenes[0].lengthEighths' has a wrong value "
                                + "(the number is too large or too small for this field)"),
                Arguments.of("unknown field with a long name",
                        project(", \"" + "k".repeat(500) + "\": 1", "", ""),
                        "film.json: line 1, column 702: unknown field '" + "k".repeat(40) + "…' at '"
                                + "k".repeat(40) + "…'"),
                // Item 13: schema version
                Arguments.of("schemaVersion 1e20", project("", "", "").replace("\"schemaVersion\": 1",
                        "\"schemaVersion\": 1e20"), "film.json: schemaVersion 1e20 is not valid"),
                Arguments.of("schemaVersion 1.5", project("", "", "").replace("\"schemaVersion\": 1",
                        "\"schemaVersion\": 1.5"), "film.json: schemaVersion 1.5 is not valid"),
                Arguments.of("schemaVersion as text", project("", "", "").replace("\"schemaVersion\": 1",
                        "\"schemaVersion\": \"1\""), "film.json: schemaVersion \"1\" is not valid"),
                Arguments.of("schemaVersion 0", project("", "", "").replace("\"schemaVersion\": 1",
                        "\"schemaVersion\": 0"), "film.json: schemaVersion 0 is not valid"),
                Arguments.of("a huge schemaVersion", project("", "", "").replace("\"schemaVersion\": 1",
                        "\"schemaVersion\": 100000000000000000000"),
                        "film.json: written by a newer Reelwright (schema version 100000000000000000000; this "
                                + "version reads up to 1); update Reelwright to open it"),
                Arguments.of("schemaVersion null", project("", "", "").replace("\"schemaVersion\": 1",
                        "\"schemaVersion\": null"),
                        "film.json: missing field 'schemaVersion'; not a Reelwright project file"),
                // Item 5: dates
                Arguments.of("far-future start", project("", "", "").replace("2027-03-01", "+999999999-12-31"),
                        "film.json: Production: startDate must be a date from 1900-01-01 to 2199-12-31, got "
                                + "+999999999-12-31"),
                Arguments.of("numeric start", project("", "", "").replace("\"2027-03-01\"", "20270101"),
                        "film.json: field 'startDate' must be a date written as 2027-04-12, got '20270101'"),
                Arguments.of("ancient holiday", project(", \"holidays\": [\"0001-01-01\"]", "", ""),
                        "film.json: Production: holidays must be a date from 1900-01-01 to 2199-12-31, got "
                                + "0001-01-01"),
                Arguments.of("holiday not a date", project(", \"holidays\": [\"soon\"]", "", ""),
                        "film.json, holidays[0]: field 'holidays' must be a date written as 2027-04-12, got 'soon'"),
                // Item 2: the budget
                Arguments.of("too many holidays", project(", \"holidays\": [" + times(InputLimits.HOLIDAYS + 1,
                        i -> "\"2027-01-01\"") + "]", "", ""),
                        "film.json: line 1, column 140181: holidays: more than 10000 entries; Reelwright reads lists "
                                + "of up to 10000 here"),
                Arguments.of("too many languages", project(", \"subtitleLanguages\": [" + times(
                        InputLimits.LANGUAGES + 1, i -> "\"en\"") + "]", "", ""),
                        "film.json: line 1, column 1390: subtitleLanguages: more than 200 entries; Reelwright reads "
                                + "lists of up to 200 here"),
                Arguments.of("too many rate overrides", project("", stage("script", ", \"rateOverrides\": ["
                        + times(InputLimits.RATE_OVERRIDES + 1, i -> "{}") + "]"), ""),
                        "film.json: line 1, column 4244: stages[0].rateOverrides: more than 1000 entries; Reelwright "
                                + "reads lists of up to 1000 here"),
                Arguments.of("too many scenes", project("", "", times(InputLimits.SCENES + 1, i -> "{}")),
                        "film.json: line 1, column 400193: scenes: more than 100000 entries; Reelwright reads lists "
                                + "of up to 100000 here"),
                Arguments.of("too many shots in all", project("", "", times(2, i -> scene("S" + i,
                        ", \"shots\": [" + times(InputLimits.SHOTS / 2 + 1, j -> "{}") + "]"))),
                        "film.json: line 1, column 400403: more than 100000 'shots' in all; Reelwright reads up to "
                                + "100000"),
                Arguments.of("too many characters", project("", "", scene("1", ", \"characters\": ["
                        + times(InputLimits.LIST_ENTRIES + 1, i -> "\"A\"") + "]")),
                        "film.json: line 1, column 50301: scenes[0].characters: more than 10000 entries; Reelwright "
                                + "reads lists of up to 10000 here"),
                Arguments.of("too many exchange rates", project(", \"exchangeRates\": {" + times(
                        InputLimits.LIST_ENTRIES + 1, i -> "\"C" + i + "\": 1") + "}", "", ""),
                        "film.json: line 1, column 119087: exchangeRates: more than 10000 fields; Reelwright reads up "
                                + "to 10000 here"),
                Arguments.of("too long a text", project(", \"logline\": \"" + longText + "\"", "", ""),
                        "film.json: line 1, column 100211: logline: a text value is longer than 100000 characters, "
                                + "the most Reelwright reads"),
                Arguments.of("too long a number", project(", \"festivalSubmissions\": 1" + "0".repeat(200), "", ""),
                        "film.json: line 1, column 421: festivalSubmissions: a number is longer than 100 characters, "
                                + "the most Reelwright reads"),
                Arguments.of("too deep", project(", \"logline\": " + "[".repeat(40) + "]".repeat(40), "", ""),
                        "film.json: line 1, column 288: logline[0][0][0][0][0][0][0][0][0][0][0]…: lists and objects "
                                + "are nested more than 32 deep, the most Reelwright reads"),
                Arguments.of("trailing content", project("", "", "") + " {}",
                        "film.json: line 1, column 196: there is more after the end of the file's JSON object; a "
                                + "file holds one object"),
                Arguments.of("an object not closed", "{\"schemaVersion\": 1, \"title\": \"x\"",
                        "film.json: line 1, column 34: not valid JSON (Unexpected end-of-input: expected close marker "
                                + "for Object)"),
                Arguments.of("NaN", "{\"schemaVersion\": 1, \"a\": NaN}",
                        "film.json: line 1, column 30: not valid JSON (Non-standard token 'NaN')"),
                Arguments.of("a comment", "{\"schemaVersion\": 1, // one\n\"title\": \"x\"}",
                        "film.json: line 1, column 22: not valid JSON (Unexpected character ('/' (code 47)): maybe a "
                                + "(non-standard) comment?)"),
                Arguments.of("a long unknown genre", project("", "", "").replace("\"drama\"",
                        "\"" + "g".repeat(1_000) + "\""),
                        "film.json: unknown genre '" + "g".repeat(40) + "…'; expected one of: "),
                Arguments.of("a long working day", project(", \"workingDays\": [\"" + "d".repeat(1_000) + "\"]", "",
                        ""), "film.json, workingDays[0]: unknown working day '" + "d".repeat(40)
                        + "…'; use monday … sunday"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void brokenInputGivesItsExactMessage(String what, String content, String expected) throws IOException {
        Path file = folder.resolve("film.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.read(file));
        String message = e.getMessage();
        if (expected.endsWith(": ")) {
            assertTrue(message.startsWith(expected), message);
        } else {
            assertEquals(expected, message);
        }
        assertFalse(message.contains("java.") || message.contains("Jackson") || message.contains("StreamRead")
                || message.contains("`") || message.contains("Dto") || message.contains("Source")
                || message.contains("Feature"), message);
        assertTrue(message.length() < 400, () -> "a bounded message, got " + message.length() + " characters");
        String chinese = e.message(Locale.SIMPLIFIED_CHINESE);
        assertFalse(chinese.equals(message) || chinese.contains("must"), chinese);
    }

    @Test
    void aTenThousandShotProjectIsWithinTheBudget() throws ProjectFileException {
        Production big = org.reelwright.app.SyntheticProductions.generate(500, 10_000, 1);
        byte[] bytes = files.toBytes(big);
        assertTrue(bytes.length < InputLimits.PROJECT_FILE_BYTES / 10, "size " + bytes.length);
        assertEquals(big, files.parse(bytes, "big.json"));
    }

    @Test
    void theLatestPlannableStartRoundTrips() throws ProjectFileException {
        Production p = Production.blank("T", Production.LATEST_DATE);
        assertEquals(Production.LATEST_DATE, files.parse(files.toBytes(p), "p.json").startDate());
        assertEquals(LocalDate.of(2027, 1, 1), files.parse(files.toBytes(p.withStartDate(LocalDate.of(2027, 1, 1))),
                "p.json").startDate());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = folder.resolve("huge.json");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), InputLimits.PROJECT_FILE_BYTES);
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.read(file));
        assertEquals(file + ": the file is 64.0 MB; Reelwright opens project files of up to 64 MB", e.getMessage());
        ProjectFileException bytes = assertThrows(ProjectFileException.class,
                () -> files.parse(new byte[(int) InputLimits.PROJECT_FILE_BYTES + 1], "big.json"));
        assertEquals("big.json: the file is 64.0 MB; Reelwright opens project files of up to 64 MB",
                bytes.getMessage());
    }

    @Test
    void onlyOrdinaryFilesAreRead() throws Exception {
        Path link = folder.resolve("zero.json");
        Files.createSymbolicLink(link, Path.of("/dev/zero"));
        ProjectFileException device = assertThrows(ProjectFileException.class, () -> files.read(link));
        assertEquals(link + ": it is a device, a pipe or another special file, not an ordinary file; Reelwright "
                + "reads only ordinary files", device.getMessage());
        ProjectFileException dir = assertThrows(ProjectFileException.class, () -> files.read(folder));
        assertEquals(folder + ": it is a folder, not an ordinary file; Reelwright reads only ordinary files",
                dir.getMessage());
        Path fifo = folder.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        // A FIFO with no writer would block an open() for ever; it is refused without being opened.
        ProjectFileException pipe = assertThrows(ProjectFileException.class, () -> files.read(fifo));
        assertTrue(pipe.getMessage().endsWith("it is a device, a pipe or another special file, not an ordinary "
                + "file; Reelwright reads only ordinary files"), pipe.getMessage());
        assertEquals("zero.json：它是设备、管道或其他特殊文件，不是普通文件；Reelwright 只读取普通文件",
                device.message(Locale.SIMPLIFIED_CHINESE).replace(link.toString(), "zero.json"));
    }
}
