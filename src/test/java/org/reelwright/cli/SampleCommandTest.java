package org.reelwright.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.ProductionDocuments;

/**
 * A test of commands run as {@code Main} wires them ({@link CliRun}), on the bundled sample written to a folder of the
 * test class's own; each test gets fresh {@link #out} and {@link #err}.
 */
abstract class SampleCommandTest {
    /** The folder of the test class: the sample is written here, and tests write their outputs here. */
    @TempDir
    static Path folder;
    /** The bundled sample as a project file. */
    static Path sample;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void writeTheSample() throws Exception {
        sample = CliRun.sample(folder, ProductionDocuments.SAMPLE_RESOURCE);
    }

    /** Runs a command in English. */
    int run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    /** Runs a command in {@code locale}. */
    int run(Locale locale, String... args) {
        return CliRun.run(CliRun.planning(locale), locale, out, err, args);
    }
}
