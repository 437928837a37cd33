package org.reelwright.store.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;

class ShotListCsvTest {

    private static final ShotListCsv CSV = new ShotListCsv();

    static Production production() {
        Shot wide = Shot.starter("1A", "Wide of the lighthouse, \"storm\" coming", 8);
        Shot close = Shot.starter("1B", "Maya's hands", 3.5).withSize(ShotSize.CLOSE_UP)
                .withMovement(CameraMovement.DOLLY_TRACK).withVfx(VfxLevel.SIMPLE)
                .withMethod(ProductionMethod.AI_IMAGE_TO_VIDEO).withRealisticFaces(false).withNotes("灯塔, line 2");
        Scene one = new Scene(SceneId.random(), "1", new SceneHeading(IntExt.EXT, "LIGHTHOUSE", TimeOfDay.NIGHT), 8,
                List.of("MAYA"), "", List.of(wide, close));
        Scene two = new Scene(SceneId.random(), "2A", new SceneHeading(IntExt.INT, "STAIRS", TimeOfDay.NIGHT), 4,
                List.of(), "", List.of());
        return Production.blank("The Last Light", LocalDate.of(2025, 3, 3)).withScenes(List.of(one, two));
    }

    private static ShotListImport importText(String csv) throws ShotListCsvException {
        return CSV.importInto(production(), csv.getBytes(StandardCharsets.UTF_8), "shots.csv");
    }

    @Test
    void exportsAHeaderAndOneRowPerShotWithLowerCaseIds() {
        assertEquals("""
                scene,shot,description,size,movement,duration,vfx,method,faces,notes\r
                1,1A,"Wide of the lighthouse, ""storm"" coming",wide,static,8,none,live-action,yes,\r
                1,1B,Maya's hands,close-up,dolly-track,3.5,simple,ai-image-to-video,no,"灯塔, line 2"\r
                """, CSV.toCsvText(production()));
    }

    @Test
    void exportedBytesAreUtf8WithAByteOrderMark() {
        byte[] bytes = CSV.toCsv(production());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    }

    @Test
    void exportThenImportChangesNothing() throws ShotListCsvException {
        Production production = production();
        ShotListImport result = CSV.importInto(production, CSV.toCsv(production), "shots.csv");
        assertEquals(production, result.production());
        assertEquals(2, result.shotsUpdated());
        assertEquals(0, result.shotsAdded());
    }

    @Test
    void rowsUpdateShotsWithTheSameNumberAndAddTheRest() throws ShotListCsvException {
        Production original = production();
        ShotListImport result = CSV.importInto(original, """
                Shot , SCENE,Duration,Size,Notes,Camera
                1a,1,12,medium,,Alexa
                1C,1,,extreme-wide,new angle,
                1,2a,2.5,Close Up,,
                """.getBytes(StandardCharsets.UTF_8), "shots.csv");
        List<Shot> sceneOne = result.production().scenes().get(0).shots();
        assertEquals(List.of("1A", "1B", "1C"), sceneOne.stream().map(Shot::number).toList());
        Shot updated = sceneOne.get(0);
        assertEquals(original.scenes().get(0).shots().get(0).id(), updated.id());
        assertEquals(12, updated.durationSeconds());
        assertEquals(ShotSize.MEDIUM, updated.size());
        assertEquals("Wide of the lighthouse, \"storm\" coming", updated.description(), "empty cells keep values");
        Shot added = sceneOne.get(2);
        assertEquals(ShotSize.EXTREME_WIDE, added.size());
        assertEquals(ShotListCsv.NEW_SHOT_SECONDS, added.durationSeconds());
        assertEquals("new angle", added.notes());
        Shot inSceneTwo = result.production().scenes().get(1).shots().get(0);
        assertEquals(ShotSize.CLOSE_UP, inSceneTwo.size());
        assertEquals(2, result.shotsAdded());
        assertEquals(1, result.shotsUpdated());
        assertEquals(List.of("columns ignored (not part of a Reelwright shot list): Camera"), result.warnings());
    }

    @Test
    void semicolonsAndDecimalCommasFromSpreadsheetsAreRead() throws ShotListCsvException {
        ShotListImport result = importText("scene;shot;duration;faces\n1;1B;4,5;yes\n");
        Shot shot = result.production().scenes().get(0).shots().get(1);
        assertEquals(4.5, shot.durationSeconds());
        assertTrue(shot.realisticFaces());
    }

    @Test
    void byteOrderMarkIsTolerated() throws ShotListCsvException {
        assertEquals(1, importText("\uFEFFscene,shot,vfx\n1,1A,complex\n").shotsUpdated());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown scene              | scene,shot⏎1,1A⏎7,7A                          | shots.csv: line 3, column scene: scene 7 is not in this production (its scenes are 1, 2A); add the scene first or correct the number
            empty scene cell           | scene,shot⏎,1A                                | shots.csv: line 2, column scene: the scene number is empty
            empty shot cell            | scene,shot⏎1,                                 | shots.csv: line 2, column shot: the shot number is empty
            unknown size               | scene,shot,size⏎1,1A,huge                     | shots.csv: line 2, column size: 'huge' is not allowed; use one of: extreme-wide, wide, medium-wide, medium, medium-close-up, close-up, extreme-close-up, over-the-shoulder, two-shot, pov, insert
            unknown movement           | scene,shot,movement⏎1,1A,zoom                 | shots.csv: line 2, column movement: 'zoom' is not allowed; use one of: static, pan-tilt, handheld, dolly-track, crane-drone, complex
            unknown method             | scene,shot,method⏎1,1A,ai                     | shots.csv: line 2, column method: 'ai' is not allowed; use one of: live-action, ai-image-to-video, ai-text-to-video, ai-3d, cg-animation, stock
            unknown vfx level          | scene,shot,vfx⏎1,1A,lots                      | shots.csv: line 2, column vfx: 'lots' is not allowed; use one of: none, simple, medium, complex
            duration is not a number   | scene,shot,duration⏎1,1A,4s                   | shots.csv: line 2, column duration: '4s' is not a number of seconds; write a number between 0.1 and 600, such as 4.5
            duration out of range      | scene,shot,duration⏎1,1A,700                  | shots.csv: line 2, column duration: Shot 1A: duration must be between 0.1 and 600 seconds, got 700
            faces not yes or no        | scene,shot,faces⏎1,1A,maybe                   | shots.csv: line 2, column faces: 'maybe' is not allowed; use yes or no
            shot number too long       | scene,shot⏎1,1234567890ABCDEFG                | shots.csv: line 2, column shot: Shot 1234567890ABCDEFG: number must be at most 16 characters, got 17
            same shot twice            | scene,shot⏎1,1C⏎1,1c                          | shots.csv: line 3, column shot: shot 1c of scene 1 is already on line 2; give each shot one row
            no shot column             | scene,description⏎1,x                         | shots.csv: line 1: the header row has no "shot" column; the first row must name the columns: scene, shot, description, size, movement, duration, vfx, method, faces, notes
            column twice               | scene,shot,Shot⏎1,1A,1B                       | shots.csv: line 1, column shot: the column appears twice in the header row; keep one
            line after a multi-line cell | scene,shot,notes⏎1,1A,"two⏎lines"⏎1,1B,,⏎9,9A | shots.csv: line 5, column scene: scene 9 is not in this production (its scenes are 1, 2A); add the scene first or correct the number
            """)
    void badRowsAreErrorsNamingLineColumnAndAllowedValues(String what, String csv, String message) {
        ShotListCsvException e = assertThrows(ShotListCsvException.class, () -> importText(csv.replace("⏎", "\n")));
        assertEquals(message, e.getMessage(), what);
    }

    @Test
    void errorsCarryLineAndColumnForForms() {
        ShotListCsvException e = assertThrows(ShotListCsvException.class,
                () -> importText("scene,shot,size\n1,1A,huge\n"));
        assertEquals(OptionalInt.of(2), e.line());
        assertEquals("size", e.column().orElseThrow());
    }

    @Test
    void unclosedQuoteIsMalformedCsv() {
        ShotListCsvException e = assertThrows(ShotListCsvException.class,
                () -> importText("scene,shot,notes\n1,1A,\"never closed\n1,1B,x\n"));
        assertTrue(e.getMessage().startsWith("shots.csv: line ") && e.getMessage().contains("not valid CSV"),
                e.getMessage());
    }

    @Test
    void emptyFileAsksForAHeaderRow() {
        ShotListCsvException e = assertThrows(ShotListCsvException.class, () -> importText(" \n"));
        assertTrue(e.getMessage().startsWith("shots.csv: the file is empty; a shot list needs a header row"),
                e.getMessage());
    }

    @Test
    void invalidUtf8IsRefusedNamingTheLine() {
        byte[] latin1 = "scene,shot,notes\n1,1A,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        ShotListCsvException e = assertThrows(ShotListCsvException.class,
                () -> CSV.importInto(production(), latin1, "shots.csv"));
        assertEquals(OptionalInt.of(2), e.line());
    }

    @Test
    void fileOverTheLimitIsRefused() {
        ShotListCsvException e = assertThrows(ShotListCsvException.class,
                () -> CSV.importInto(production(), new byte[ShotListCsv.MAX_BYTES + 1], "big.csv"));
        assertEquals("big.csv: the file is 10.0 MB; shot lists of up to 10 MB can be imported", e.getMessage());
    }

    @Test
    void exportsAndImportsThroughAFile(@TempDir Path folder) throws ShotListCsvException, IOException {
        Path file = folder.resolve("shots.csv");
        CSV.export(production(), file);
        assertTrue(Files.readString(file).contains("dolly-track"));
        assertEquals(2, CSV.importInto(production(), file).shotsUpdated());
    }
}
