package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.Shot;
import org.reelwright.domain.TimeOfDay;

class ScreenplayImporterTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final ScreenplayImporter IMPORTER = new ScreenplayImporter();

    private static ImportedScreenplay importText(String text, String fileName) throws ScreenplayException {
        return IMPORTER.importScript(text.getBytes(StandardCharsets.UTF_8), fileName, START);
    }

    private static final String SHORT_SCRIPT = """
            Title: The Last Light
            Author: Reelwright tests

            FADE IN:

            INT. LIGHTHOUSE - NIGHT #1#

            MAYA (30s) climbs the stairs, a lamp in her hand.

            MAYA
            (whispering)
            Is anyone here?

            KEEPER (O.S.)
            Only me.

            EXT. CLIFF - DAWN

            The sea. Maya watches the light go out.

            MAYA (CONT'D)
            It's over.
            """;

    @Test
    void importsScenesWithHeadingsCharactersLengthsAndAStarterShot() throws ScreenplayException {
        ImportedScreenplay imported = importText(SHORT_SCRIPT, "last-light.fountain");
        Production production = imported.production();
        assertEquals("The Last Light", production.title());
        assertEquals(START, production.startDate());
        assertEquals(List.of("1", "2"), production.scenes().stream().map(Scene::number).toList());
        Scene first = production.scenes().get(0);
        assertEquals(new SceneHeading(IntExt.INT, "LIGHTHOUSE", TimeOfDay.NIGHT), first.heading());
        assertEquals(List.of("MAYA", "KEEPER (O.S.)"), first.characters(), "the keeper is only heard: a voice role");
        Scene second = production.scenes().get(1);
        assertEquals(new SceneHeading(IntExt.EXT, "CLIFF", TimeOfDay.DAWN), second.heading());
        assertEquals(List.of("MAYA"), second.characters());
        Shot shot = first.shots().get(0);
        assertEquals("1A", shot.number());
        assertEquals("MAYA (30s) climbs the stairs, a lamp in her hand.", shot.description());
        assertEquals(first.lengthEighths() / 8.0 * 60, shot.durationSeconds(), 1e-9);
        assertEquals("2A", second.shots().get(0).number());
        ScriptBreakdown breakdown = imported.breakdown();
        assertEquals(breakdown.estimatedPageEighths(), breakdown.preambleEighths() + breakdown.sceneEighths());
        assertEquals(ScriptFormat.FOUNTAIN, imported.format());
    }

    @Test
    void titleFallsBackToTheFileName() throws ScreenplayException {
        assertEquals("my short", importText("INT. A - DAY\n\nGo.", "my short.fountain").production().title());
    }

    @Test
    void starterShotDescriptionIsTheFirstActionLineCut() throws ScreenplayException {
        String longLine = "The camera drifts over rooftops ".repeat(10).strip();
        Shot shot = importText("INT. A - DAY\n\n" + longLine + "\nSecond line.", "a.fountain").production().scenes()
                .get(0).shots().get(0);
        assertTrue(shot.description().length() <= ScreenplayImporter.DESCRIPTION_LENGTH, shot.description());
        assertTrue(shot.description().startsWith("The camera drifts over rooftops") && shot.description().endsWith(
                "…"), shot.description());
    }

    @Test
    void scriptWithoutHeadingsBecomesOneSceneWithAWarning() throws ScreenplayException {
        ImportedScreenplay imported = importText("A short piece of action.\n\nANNA\nHello.", "loose.txt");
        List<Scene> scenes = imported.production().scenes();
        assertEquals(1, scenes.size());
        assertEquals("1", scenes.get(0).number());
        assertEquals(SceneHeadingParser.UNKNOWN_LOCATION, scenes.get(0).heading().location());
        assertEquals(List.of("ANNA"), scenes.get(0).characters());
        assertTrue(imported.warnings().get(0).contains("no scene headings"), imported.warnings().toString());
    }

    @Test
    void repeatedSceneNumberIsRenumberedWithAWarning() throws ScreenplayException {
        ImportedScreenplay imported = importText("INT. A - DAY #1#\n\nGo.\n\nINT. B - DAY #1#\n\nStop.", "d.fountain");
        assertEquals(List.of("1", "2"), imported.production().scenes().stream().map(Scene::number).toList());
        assertTrue(imported.warnings().stream().anyMatch(w -> w.contains("used twice")), imported.warnings()
                .toString());
    }

    @Test
    void chineseUtf16ScriptComesThroughIntact() throws ScreenplayException {
        String text = "Title: 茶馆\n\n.内景 茶馆 - 夜\n\n@老板\n请坐。\n";
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        Production production = IMPORTER.importScript(utf16, "茶馆.fountain", START).production();
        assertEquals("茶馆", production.title());
        assertEquals(new SceneHeading(IntExt.INT, "茶馆", TimeOfDay.NIGHT), production.scenes().get(0).heading());
        assertEquals(List.of("老板"), production.scenes().get(0).characters());
    }

    @Test
    void finalDraftStatedLengthsAreKept() throws ScreenplayException {
        String fdx = "<FinalDraft><Content><Paragraph Number=\"4\" Type=\"Scene Heading\">"
                + "<SceneProperties Length=\"1 3/8\" Page=\"2\"/><Text>EXT. PARK - DAY</Text></Paragraph>"
                + "<Paragraph Type=\"Character\"><Text>eDWARD (cont’d)</Text></Paragraph>"
                + "<Paragraph Type=\"Dialogue\"><Text>Gold.</Text></Paragraph></Content></FinalDraft>";
        ImportedScreenplay imported = importText(fdx, "park.fdx");
        Scene scene = imported.production().scenes().get(0);
        assertEquals("4", scene.number());
        assertEquals(11, scene.lengthEighths());
        assertEquals(List.of("EDWARD"), scene.characters());
        assertTrue(imported.breakdown().scenes().get(0).lengthStated());
        assertEquals(2, imported.breakdown().scenes().get(0).page());
    }

    static Stream<Arguments> badInput() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        return Stream.of(
                Arguments.of("empty Fountain file", "empty.fountain", new byte[0], "the file is empty"),
                Arguments.of("empty FDX file", "empty.fdx", new byte[0], "the file is empty"),
                Arguments.of("only blank lines", "blank.fountain", bytes("\n  \n\t\n"), "the file is empty"),
                Arguments.of("only a byte-order mark", "bom.fountain", new byte[] {(byte) 0xEF, (byte) 0xBB,
                    (byte) 0xBF}, "the file is empty"),
                Arguments.of("UTF-16 byte-order mark and blanks", "blank16.fountain", new byte[] {(byte) 0xFF,
                    (byte) 0xFE, ' ', 0, '\n', 0}, "the file is empty"),
                Arguments.of("random bytes as Fountain", "noise.fountain", random, "binary file"),
                Arguments.of("random bytes as FDX", "noise.fdx", random, "not valid UTF-8"),
                Arguments.of("PDF", "script.pdf", bytes("%PDF-1.7\n"), "export the script"),
                Arguments.of("Word document", "script.docx", new byte[] {'P', 'K', 3, 4}, "export the script"),
                Arguments.of("no extension", "script", bytes("INT. A - DAY"), "no extension"),
                Arguments.of("unterminated boneyard", "cut.fountain", bytes("INT. A - DAY\n\n/* cut\n\nmore"),
                    "line 3: the boneyard"),
                Arguments.of("title page only", "title.fountain", bytes("Title: Nothing Yet\nAuthor: Me\n"),
                    "no script text"),
                Arguments.of("only notes and boneyard", "notes.fountain", bytes("[[idea]]\n\n/* later */\n"),
                    "no script text"),
                Arguments.of("11 MB file", "huge.fountain", new byte[11 * 1024 * 1024], "up to 10 MB"),
                Arguments.of("a million and one lines", "lines.fountain", bytes("\n".repeat(1_000_001) + "x"),
                    "lines"),
                Arguments.of("more than 10,000 scenes", "many.fountain", bytes("INT. A - DAY\n\n".repeat(10_001)),
                    "10000 scenes"),
                Arguments.of("a scene of more than 500 pages", "novel.txt", bytes("Words.\n\n".repeat(15_000)),
                    "500 pages"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputGetsAClearMessageNamingTheFile(String what, String fileName, byte[] content, String expected) {
        ScreenplayException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ScreenplayException.class, () -> IMPORTER.importScript(content, fileName, START)));
        assertTrue(e.getMessage().startsWith(fileName + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void oversizedFileOnDiskIsRefusedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.fdx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        ScreenplayException e = assertThrows(ScreenplayException.class, () -> IMPORTER.importScript(file, START));
        assertEquals("huge.fdx: the file is 50.0 MB; Reelwright imports screenplays of up to 10 MB (a feature-length "
                + "script is well under 1 MB)", e.getMessage());
    }

    @Test
    void missingFileIsAClearMessage(@TempDir Path folder) {
        ScreenplayException e = assertThrows(ScreenplayException.class,
                () -> IMPORTER.importScript(folder.resolve("gone.fountain"), START));
        assertTrue(e.getMessage().startsWith("gone.fountain: the file does not exist"), e.getMessage());
    }

    @Test
    void importsFromAFile(@TempDir Path folder) throws IOException, ScreenplayException {
        Path file = folder.resolve("last-light.fountain");
        Files.writeString(file, SHORT_SCRIPT.replace("\n", "\r\n"));
        assertEquals(2, IMPORTER.importScript(file, START).production().scenes().size());
    }
}
