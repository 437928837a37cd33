package org.reelwright.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: an exported or saved file keeps its permissions, or follows the umask when new; never forced to 0600. */
class AtomicFilesPermissionsTest {
    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    private static void write(Path target, String text) throws IOException {
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNewFileGetsWhatTheUmaskGivesAnyNewFile() throws IOException {
        Path plain = Files.createFile(folder.resolve("plain.txt")); // created by the OS under the umask
        Path target = folder.resolve("plan.pdf");
        write(target, "new");
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(folder.resolve("plan.pdf"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        write(target, "new");
        assertEquals("new", Files.readString(target));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aReadOnlyTargetIsRefusedAndLeftAsItWas() throws IOException {
        Path target = Files.writeString(folder.resolve("plan.pdf"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        IOException e = assertThrows(IOException.class, () -> write(target, "new"));
        assertTrue(e.getMessage().contains("plan.pdf is read-only"), e.getMessage());
        assertEquals("old", Files.readString(target));
        try (var left = Files.list(folder)) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }
}
