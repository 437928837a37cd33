package org.reelwright.ui.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** The sample production and a planner over the bundled library, loaded once for the schedule panel's tests. */
final class Sample {
    static final Planning PLANNING = planning();
    static final Production PRODUCTION = production();
    /** A Wednesday during the sample's previs, so the today line is on the chart. */
    static final LocalDate TODAY = LocalDate.of(2027, 4, 14);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

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
