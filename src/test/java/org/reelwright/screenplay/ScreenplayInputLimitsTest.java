package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reelwright.domain.InputLimits;

/**
 * Screenplays against the shared input budget ({@link InputLimits}, issue 15 items 2, 12 and 13): only ordinary
 * files are opened, the line limit counts lines (not line breaks plus one), and quoted input in warnings is cut.
 */
class ScreenplayInputLimitsTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private final ScreenplayImporter importer = new ScreenplayImporter();
    private Locale before;

    @TempDir
    Path folder;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theLimitsAreTheSharedOnes() {
        assertEquals(InputLimits.SCREENPLAY_BYTES, ScreenplayImporter.MAX_BYTES);
        assertEquals(InputLimits.FOUNTAIN_LINES, FountainReader.MAX_LINES);
        assertEquals(InputLimits.XML_DEPTH, FdxReader.MAX_DEPTH);
        assertEquals(InputLimits.SCREENPLAY_SCENES, ScriptBreakdown.MAX_SCENES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void aFileOfExactlyTheMostLinesIsRead(String lineEnd) throws ScreenplayException {
        String lines = "x" + lineEnd.repeat(FountainReader.MAX_LINES - 1);
        new FountainReader().read(lines + "y" + lineEnd, "full.fountain");
        new FountainReader().read(lines + "y", "full.fountain");
        ScreenplayException e = assertThrows(ScreenplayException.class,
                () -> new FountainReader().read(lines + "y" + lineEnd + "z", "over.fountain"));
        assertEquals("over.fountain: the file has 1000001 lines; a screenplay has at most a few tens of thousands, "
                + "and Reelwright reads up to 1000000", e.getMessage());
    }

    @Test
    void aMillionDigitSceneNumberMakesAShortWarning() throws ScreenplayException {
        String digits = "7".repeat(1_000_000);
        List<String> warnings = importer.importScript(("INT. A - DAY #" + digits + "#\n\nGo.\n")
                .getBytes(StandardCharsets.UTF_8), "n.fountain", START).warnings();
        assertEquals(List.of("line 1: scene number #" + "7".repeat(40) + "…# is not a usable scene number (letters, "
                + "digits, '.' and '-', at most 15 characters); the scene is numbered in sequence instead"), warnings);
        String fdx = "<FinalDraft><Content><Paragraph Number=\"" + digits + "\" Type=\"Scene Heading\">"
                + "<SceneProperties Length=\"" + "9".repeat(100_000) + "\"/><Text>INT. A - DAY</Text></Paragraph>"
                + "</Content></FinalDraft>";
        List<String> fdxWarnings = importer.importScript(fdx.getBytes(StandardCharsets.UTF_8), "n.fdx", START)
                .warnings();
        assertEquals(2, fdxWarnings.size(), fdxWarnings::toString);
        assertTrue(fdxWarnings.stream().allMatch(w -> w.length() < 250), fdxWarnings::toString);
    }

    @Test
    void speakersBeforeTheFirstHeadingAreListedShort() throws ScreenplayException {
        String speech = IntStream.range(0, 500).mapToObj(i -> "SPEAKER" + i + "\nHello.\n")
                .collect(Collectors.joining("\n"));
        List<String> warnings = importer.importScript((speech + "\nINT. A - DAY\n\nGo.\n")
                .getBytes(StandardCharsets.UTF_8), "s.fountain", START).warnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals("line 1: dialogue before the first scene heading belongs to no scene: " + IntStream.range(0, 10)
                .mapToObj(i -> "SPEAKER" + i).collect(Collectors.joining(", ")) + ", … is left out of the cast of "
                + "all scenes", warnings.get(0));
    }

    @Test
    void onlyOrdinaryFilesAreOpened() throws Exception {
        Path zero = folder.resolve("zero.fountain");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        ScreenplayException device = assertThrows(ScreenplayException.class, () -> importer.importScript(zero, START));
        assertEquals("zero.fountain: it is a device, a pipe or another special file, not an ordinary file; "
                + "Reelwright reads only ordinary files", device.getMessage());
        Path dir = Files.createDirectory(folder.resolve("dir.fdx"));
        ScreenplayException folderError = assertThrows(ScreenplayException.class,
                () -> importer.importScript(dir, START));
        assertEquals("dir.fdx: it is a folder, not an ordinary file; Reelwright reads only ordinary files",
                folderError.getMessage());
        Path fifo = folder.resolve("pipe.fountain");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        ScreenplayException pipe = assertThrows(ScreenplayException.class, () -> importer.importScript(fifo, START));
        assertEquals("pipe.fountain: it is a device, a pipe or another special file, not an ordinary file; "
                + "Reelwright reads only ordinary files", pipe.getMessage());
        assertEquals("zero.fountain：它是设备、管道或其他特殊文件，不是普通文件；Reelwright 只读取普通文件",
                device.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = folder.resolve("big.fountain");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), InputLimits.SCREENPLAY_BYTES);
        }
        ScreenplayException e = assertThrows(ScreenplayException.class, () -> importer.importScript(big, START));
        assertEquals("big.fountain: the file is 10.0 MB; Reelwright imports screenplays of up to 10 MB (a "
                + "feature-length script is well under 1 MB)", e.getMessage());
    }
}
