package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;

/** {@code export-pdf --short}: the short plan beside the full one (issue 13). */
class ExportShortPlanTest {
    private static Planning planning;
    private static Path sample;

    @TempDir
    static Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void setUp() throws Exception {
        planning = CliRun.planning(Locale.ENGLISH);
        sample = CliRun.sample(folder, ProductionDocuments.SAMPLE_RESOURCE);
    }

    private int run(String... args) {
        return CliRun.run(planning, Locale.ENGLISH, out, err, args);
    }

    private int pages(String said) {
        Matcher m = Pattern.compile("\\((\\d+) pages\\)").matcher(said);
        assertTrue(m.find(), said);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void shortWritesTwoToFourPagesBesideTheLongerFullPlan() {
        assertEquals(0, run("export-pdf", sample.toString(), folder.resolve("short.pdf").toString(), "--short"),
                err::toString);
        int shortPages = pages(out.toString());
        assertTrue(shortPages >= 2 && shortPages <= 4, out::toString);
        out.getBuffer().setLength(0);
        assertEquals(0, run("export-pdf", sample.toString(), folder.resolve("full.pdf").toString()), err::toString);
        assertTrue(pages(out.toString()) > shortPages + 4, out::toString);
    }

    @Test
    void shortWithSectionsIsRefused() {
        assertEquals(2, run("export-pdf", sample.toString(), folder.resolve("bad.pdf").toString(), "--short",
                "--sections", "cover"));
        assertTrue(err.toString().contains("--short"), err::toString);
    }

    @Test
    void theHelpNamesShort() {
        assertEquals(0, run("export-pdf", "--help"));
        assertTrue(out.toString().contains("--short") && out.toString().contains("2–4 pages"), out::toString);
    }
}
