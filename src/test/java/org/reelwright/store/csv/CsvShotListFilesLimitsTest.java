package org.reelwright.store.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;

/** The shot-list port applies the shared input budget before the CSV reader sees a byte (issue 15, item 2). */
class CsvShotListFilesLimitsTest {
    private final CsvShotListFiles files = new CsvShotListFiles();
    private final Production production = Production.blank("T", LocalDate.of(2027, 1, 4));

    @TempDir
    Path folder;

    @Test
    void theLimitsAreTheSharedOnes() {
        assertEquals(InputLimits.SHOT_LIST_BYTES, ShotListCsv.MAX_BYTES);
        assertEquals(InputLimits.SHOTS, ShotListCsv.MAX_ROWS);
    }

    @Test
    void onlyOrdinaryFilesOfAtMostTheLimitAreRead() throws Exception {
        Path zero = folder.resolve("zero.csv");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertEquals("zero.csv: it is a device, a pipe or another special file, not an ordinary file; Reelwright "
                + "reads only ordinary files", assertThrows(ProjectFileException.class,
                        () -> files.importInto(production, zero)).getMessage());
        Path fifo = folder.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals("pipe.csv: it is a device, a pipe or another special file, not an ordinary file; Reelwright "
                + "reads only ordinary files", assertThrows(ProjectFileException.class,
                        () -> files.importInto(production, fifo)).getMessage());
        Path dir = Files.createDirectory(folder.resolve("dir.csv"));
        assertEquals("dir.csv: it is a folder, not an ordinary file; Reelwright reads only ordinary files",
                assertThrows(ProjectFileException.class, () -> files.importInto(production, dir)).getMessage());
        Path big = folder.resolve("big.csv");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), InputLimits.SHOT_LIST_BYTES);
        }
        assertEquals("big.csv: the file is 10.0 MB; shot lists of up to 10 MB can be imported",
                assertThrows(ProjectFileException.class, () -> files.importInto(production, big)).getMessage());
        assertEquals("gone.csv: the file does not exist (" + folder.resolve("gone.csv") + ")",
                assertThrows(ProjectFileException.class,
                        () -> files.importInto(production, folder.resolve("gone.csv"))).getMessage());
    }
}
