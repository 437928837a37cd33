package org.reelwright.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void replacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = folder.resolve("plan.json");
        Files.writeString(file, "old");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(1, entries.count());
        }
    }

    @Test
    void writerFailingHalfWayLeavesThePreviousContentIntact() throws IOException {
        Path file = folder.resolve("plan.json");
        Files.writeString(file, "the last saved state");
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("the last saved state", Files.readString(file));
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(1, entries.count());
        }
    }
}
