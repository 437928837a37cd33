package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonPlanReports;
import org.reelwright.store.json.JsonProductionFiles;

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
        planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        sample = folder.resolve("sample.json");
        try (InputStream in = ExportShortPlanTest.class.getResourceAsStream(ProductionDocuments.SAMPLE_RESOURCE)) {
            Files.write(sample, in.readAllBytes());
        }
    }

    private int run(String... args) {
        Cli cli = new Cli(new CliServices(new ProductionDocuments(new JsonProductionFiles(), Clock.systemUTC()),
                () -> planning, new JsonPlanReports(), new org.reelwright.app.ScriptImports(
                        new org.reelwright.screenplay.ScreenplayImporter(),
                        new org.reelwright.store.csv.CsvShotListFiles(), Clock.systemUTC()),
                () -> new org.reelwright.app.PlanExport(() -> planning,
                        org.reelwright.report.pdf.PdfPlanRenderer.withSystemFonts(Locale.ENGLISH, Clock.systemUTC()),
                        Locale.ENGLISH, Clock.systemUTC(), "Reelwright test")));
        return cli.run(args, new PrintWriter(out), new PrintWriter(err));
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
