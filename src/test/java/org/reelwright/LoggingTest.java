package org.reelwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 12: libraries' logging goes to the workspace's log file, never to the terminal. */
class LoggingTest {
    private static final List<String> PROPERTIES = List.of("org.apache.commons.logging.LogFactory",
            "org.apache.commons.logging.Log", "slf4j.internal.verbosity");

    @TempDir
    Path folder;

    private final Map<String, String> before = new HashMap<>();
    private final PrintStream terminal = System.err;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void captureStderr() {
        PROPERTIES.forEach(key -> before.put(key, System.getProperty(key)));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() throws Exception {
        System.setErr(terminal);
        LogManager.getLogManager().readConfiguration(); // the JDK's default: a console handler at INFO
        before.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        LogFactory.releaseAll();
    }

    @Test
    void librariesLogToTheFileInTheWorkspaceAndNotToTheTerminal() throws Exception {
        // The JDK's default configuration prints this WARNING on stderr; after the setup it goes to the file only.
        Optional<Path> log = Logging.toFile(folder.resolve("workspace"));
        assertEquals(Optional.of(folder.resolve("workspace").resolve("reelwright.log")), log);
        Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType0Font").warning("No glyph for U+1F3AC in font");
        LogFactory.releaseAll(); // as in a fresh JVM: commons-logging picks its implementation on first use
        LogFactory.getLog("org.apache.fontbox.ttf.TTFParser").warn("through commons-logging");
        Logger.getLogger("org.flywaydb.core").log(Level.SEVERE, "with a trace", new IllegalStateException("boom"));
        Logger.getLogger("org.reelwright.cli.Cli").fine("below the level: not kept");

        String text = Files.readString(log.orElseThrow());
        assertTrue(text.contains("WARNING org.apache.pdfbox.pdmodel.font.PDType0Font: No glyph for U+1F3AC in font"),
                text);
        assertTrue(text.contains("WARNING org.apache.fontbox.ttf.TTFParser: through commons-logging"), text);
        assertTrue(text.contains("SEVERE org.flywaydb.core: with a trace\njava.lang.IllegalStateException: boom"),
                text);
        assertTrue(!text.contains("below the level"), text);
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
        assertEquals(1, Logger.getLogger("").getHandlers().length);
        assertTrue(Logger.getLogger("").getHandlers()[0] instanceof Logging.RotatingFile);
    }

    @Test
    void theLogIsRotatedAtItsLimitSoAtMostTwoFilesOfThatSizeAreKept() throws Exception {
        Path log = Logging.toFile(folder, 2_000).orElseThrow();
        Logger logger = Logger.getLogger("org.apache.pdfbox.Chatty");
        for (int i = 0; i < 500; i++) {
            logger.warning("line " + i + " of some chatter that a library writes");
        }
        assertTrue(Files.size(log) <= 2_000, () -> "size " + log);
        Path older = folder.resolve("reelwright.log.1");
        assertTrue(Files.size(older) <= 2_000 && Files.size(older) > 1_000, "the previous file is kept");
        assertTrue(Files.readString(log).contains("line 499 "));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count());
        }
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aHugeMessageIsCutToOneShortLine() throws Exception {
        Path log = Logging.toFile(folder).orElseThrow();
        Logger.getLogger("org.reelwright.screenplay").warning("scene " + "9".repeat(1_000_000) + "\nsecond line");
        String text = Files.readString(log);
        assertEquals(1, text.lines().count(), text.substring(0, 100));
        assertTrue(text.length() < Logging.MAX_MESSAGE + 200, () -> "length " + text.length());
        assertTrue(text.strip().endsWith("(1000018 characters)"), () -> text.substring(text.length() - 60));
    }

    @Test
    void aFolderThatCannotBeMadeKeepsTheTerminalQuietAnyway() throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertEquals(Optional.empty(), Logging.toFile(file.resolve("workspace")));
        Logger.getLogger("org.apache.pdfbox").warning("nowhere to go");
        assertEquals(0, Logger.getLogger("").getHandlers().length);
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
    }
}
