package org.reelwright.app;

import java.io.IOException;
import java.io.InputStream;
import org.reelwright.store.ProjectFileException;

/**
 * Files that ship inside Reelwright's jar (the benchmark library, the samples, the disclosure profiles). One missing
 * or unreadable is a broken build; it is still said in the user's language, naming the file, like any file that
 * cannot be read.
 */
final class BundledFiles {
    private BundledFiles() {
    }

    /** The bytes of the class-path resource {@code resource} (an absolute resource name). */
    static byte[] read(String resource) throws ProjectFileException {
        try (InputStream in = BundledFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProjectFileException(ProjectFileException.words("file.about", resource,
                        ProjectFileException.words("file.noSuchFile")));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.words("file.about", resource,
                    ProjectFileException.words("file.cannotRead", String.valueOf(e.getMessage()))), e);
        }
    }
}
