package org.reelwright.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.report.pdf.PdfPlanRenderer;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonPlanReports;
import org.reelwright.store.json.JsonProductionFiles;

/** The command line wired as {@code Main} wires it, in one language, for the CLI tests. */
final class CliRun {
    private CliRun() {
    }

    private static final Map<Locale, Planning> PLANNINGS = new ConcurrentHashMap<>();

    /** A planning in {@code locale} over the bundled library, read once per language for all the CLI tests. */
    static Planning planning(Locale locale) {
        return PLANNINGS.computeIfAbsent(locale, l -> {
            try {
                return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), l);
            } catch (ProjectFileException e) {
                throw new IllegalStateException("the bundled benchmark library cannot be read", e);
            }
        });
    }

    /** A bundled sample written to {@code folder} as a project file the commands can read. */
    static Path sample(Path folder, String resource) throws IOException {
        Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = CliRun.class.getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** Runs one command; its output and messages go to {@code out} and {@code err}. */
    static int run(Planning planning, Locale locale, StringWriter out, StringWriter err, String... args) {
        Cli cli = new Cli(new CliServices(new ProductionDocuments(new JsonProductionFiles(), Clock.systemUTC()),
                () -> planning, new JsonPlanReports(), new ScriptImports(new ScreenplayImporter(),
                        new CsvShotListFiles(), Clock.systemUTC()),
                () -> new PlanExport(() -> planning, PdfPlanRenderer.withSystemFonts(locale, Clock.systemUTC()),
                        locale, Clock.systemUTC(), "Reelwright test")), locale);
        return cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }
}
