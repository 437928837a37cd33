package org.reelwright.store.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.TimeOfDay;

/** Issue 15, item 3: cells a spreadsheet would evaluate are neutralised on export and restored on import. */
class ShotListCsvFormulaTest {

    private static final ShotListCsv CSV = new ShotListCsv();

    /** The value as the user typed it, and the cell export writes for it. */
    static Stream<Arguments> tricky() {
        return Stream.of(
                Arguments.of("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
                Arguments.of("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
                Arguments.of("=1+2", "'=1+2"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("-", "'-"),
                Arguments.of("@SUM(A1:A2)", "'@SUM(A1:A2)"),
                Arguments.of("\t=1", "'\t=1"),
                Arguments.of("\r=1", "'\r=1"),
                // the user's own leading quote before a formula character: one more quote, so import keeps theirs
                Arguments.of("'=1", "''=1"),
                Arguments.of("''-x", "'''-x"),
                // harmless values stay as they are
                Arguments.of("'quoted'", "'quoted'"),
                Arguments.of("'", "'"),
                Arguments.of("''", "''"),
                Arguments.of("", ""),
                Arguments.of("Wide of the sea", "Wide of the sea"),
                Arguments.of("a=b", "a=b"),
                Arguments.of("1-2", "1-2"),
                Arguments.of("灯塔 = lighthouse", "灯塔 = lighthouse"),
                Arguments.of("＝1+2", "＝1+2"));
    }

    @ParameterizedTest
    @MethodSource("tricky")
    void exportNeutralisesFormulasAndImportTakesOffExactlyWhatExportAdded(String value, String cell) {
        assertEquals(cell, ShotListCsv.neutralise(value));
        assertEquals(value, ShotListCsv.restore(cell));
    }

    private static Production withShot(String sceneNumber, String shotNumber, String description, String notes) {
        Shot shot = Shot.starter(shotNumber, description, 4).withNotes(notes);
        Scene scene = new Scene(SceneId.random(), sceneNumber, new SceneHeading(IntExt.EXT, "PIER", TimeOfDay.DAY),
                8, List.of(), "", List.of(shot));
        return Production.blank("Formulas", LocalDate.of(2027, 3, 1)).withScenes(List.of(scene));
    }

    @Test
    void noTextCellOfTheExportStartsAFormulaButNumbersStayNumbers() throws Exception {
        Production production = withShot("-1", "@2", "+cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil\")");
        String text = CSV.toCsvText(production);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            CSVRecord row = records.get(1);
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, () -> cell + " in " + text);
            }
            assertEquals("'-1", row.get(0));
            assertEquals("'+cmd|' /C calc'!A0", row.get(2));
            assertEquals("4", row.get(5), "a duration is a number, written as one");
        }
        ShotListImport back = CSV.importInto(production, text.getBytes(StandardCharsets.UTF_8), "shots.csv");
        assertEquals(production, back.production());
        assertEquals(1, back.shotsUpdated());
    }

    @Test
    void aHandWrittenListKeepsItsApostrophesAndItsNeutralisedFormulasReadAsTheText() throws Exception {
        Production production = withShot("1", "1", "", "");
        ShotListImport result = CSV.importInto(production, """
                scene,shot,description,notes
                1,1,'Tis the season,'=A1 typed as text
                """.getBytes(StandardCharsets.UTF_8), "shots.csv");
        Shot shot = result.production().scenes().get(0).shots().get(0);
        assertEquals("'Tis the season", shot.description());
        assertEquals("=A1 typed as text", shot.notes());
    }

    /** Round trip of random text built from the characters that matter, in every text column. */
    @Test
    void exportThenImportGivesBackAnyText() throws Exception {
        Random random = new Random(15);
        String alphabet = "'=+-@\t\r\n\",; aZ9灯\u001B";
        for (int run = 0; run < 500; run++) {
            String scene = randomText(random, alphabet, 1, 16);
            String shot = randomText(random, alphabet, 1, 16);
            String description = randomText(random, alphabet, 0, 40);
            String notes = randomText(random, alphabet, 0, 40);
            Production production;
            try {
                production = withShot(scene, shot, description, notes);
            } catch (RuntimeException blankAfterStrip) {
                continue; // a number of only spaces is not a production the export can be given
            }
            byte[] bytes = CSV.toCsv(production);
            ShotListImport back = CSV.importInto(production, bytes, "shots.csv");
            assertEquals(production, back.production(), () -> new String(bytes, StandardCharsets.UTF_8));
            assertEquals(1, back.shotsUpdated());
            // and as new shots in an empty copy of the scene: the values read are the values written
            Production empty = production.withScenes(List.of(production.scenes().get(0).withShots(List.of())));
            Shot added = CSV.importInto(empty, bytes, "shots.csv").production().scenes().get(0).shots().get(0);
            Shot original = production.scenes().get(0).shots().get(0);
            assertEquals(original.number(), added.number());
            assertEquals(original.description(), added.description());
            assertEquals(original.notes(), added.notes());
        }
    }

    private static String randomText(Random random, String alphabet, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Issue 15, item 7: the limit is 100,000 rows; the 100,001st is refused, whatever comes after it. */
    @Test
    void aHundredThousandRowsInOneSceneAreReadAndOneMoreIsRefused() throws Exception {
        Production production = withShot("1", "1", "", "");
        StringBuilder csv = new StringBuilder("scene,shot,description\n");
        for (int i = 1; i <= ShotListCsv.MAX_ROWS; i++) {
            csv.append("1,").append(i).append(",=take ").append(i).append('\n');
        }
        ShotListImport result = CSV.importInto(production, csv.toString().getBytes(StandardCharsets.UTF_8), "s.csv");
        assertEquals(ShotListCsv.MAX_ROWS - 1, result.shotsAdded());
        assertEquals(1, result.shotsUpdated());
        assertEquals("=take 100000", result.production().scenes().get(0).shots().get(ShotListCsv.MAX_ROWS - 1)
                .description());

        csv.append("1,100001,one too many\n").append("9,1,an unknown scene\n").append("1,\"unclosed\n");
        ShotListCsvException refused = org.junit.jupiter.api.Assertions.assertThrows(ShotListCsvException.class,
                () -> CSV.importInto(production, csv.toString().getBytes(StandardCharsets.UTF_8), "s.csv"));
        assertEquals("s.csv: the shot list has more than 100000 rows; split it into smaller files",
                refused.getMessage());
    }
}
