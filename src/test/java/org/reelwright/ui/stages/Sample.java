package org.reelwright.ui.stages;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** The sample production and a planner over the bundled library, loaded once for this panel's tests. */
final class Sample {
    static final Planning PLANNING = planning();
    static final Production PRODUCTION = production();

    private Sample() {
    }

    private static Planning planning() {
        try {
            return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Production production() {
        try (InputStream in = Sample.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample-scifi-short.json");
        } catch (IOException | ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
