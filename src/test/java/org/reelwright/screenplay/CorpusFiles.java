package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared corpus of real scripts (../shared/corpus, described in its SOURCES.md), read in place: tests never copy
 * it into the repository. Surefire passes its folder as the system property {@code reelwright.corpus}; when the folder
 * is absent the calling test is skipped with a message rather than failed.
 */
final class CorpusFiles {

    private CorpusFiles() {
    }

    /** The file at {@code fountain/…} or {@code fdx/…} in the corpus; skips the test when it is not there. */
    static Path file(String relative) {
        String root = System.getProperty("reelwright.corpus", "../shared/corpus");
        Path path = Path.of(root).resolve(relative);
        assumeTrue(Files.isRegularFile(path), () -> "shared screenplay corpus not found at " + path.toAbsolutePath()
                + "; corpus tests skipped (set -Dreelwright.corpus to its folder)");
        return path;
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new AssertionError("corpus file " + relative + " could not be read", e);
        }
    }
}
