package org.reelwright;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.cli.Cli;
import org.reelwright.cli.CliServices;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonPlanReports;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.shell.ReelwrightUi;

/**
 * The entry point, and the one place where everything is constructed and wired. With no arguments it opens the
 * window; with a command it runs headless. A plain class rather than an {@code Application} subclass, because
 * JavaFX refuses to start an Application main class from the class path ("runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ProductionDocuments documents = new ProductionDocuments(new JsonProductionFiles(), Clock.systemDefaultZone());
        Supplier<Planning> planning = new Supplier<>() {
            private Planning loaded;

            @Override
            public synchronized Planning get() {
                if (loaded == null) {
                    try {
                        loaded = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()),
                                Locale.getDefault());
                    } catch (ProjectFileException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
                return loaded;
            }
        };
        ScriptImports imports = new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(),
                Clock.systemDefaultZone());
        if (args.length == 0) {
            new ReelwrightUi(documents, planning, imports).launch();
            return;
        }
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        System.exit(new Cli(new CliServices(documents, planning, new JsonPlanReports(), imports)).run(args, out,
                err));
    }
}
