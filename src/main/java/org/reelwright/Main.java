package org.reelwright;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Supplier;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.app.ReelwrightVersion;
import org.reelwright.report.pdf.PdfPlanRenderer;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.app.Workspace;
import org.reelwright.store.sqlite.OpenedWorkspace;
import org.reelwright.store.sqlite.SqliteWorkspace;
import org.reelwright.store.sqlite.StartupNotice;
import org.reelwright.store.sqlite.WorkspaceLocation;
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

    public static void main(String[] arguments) {
        Optional<Path> workspaceFolder = Optional.empty();
        List<String> rest = new ArrayList<>(List.of(arguments));
        int at = rest.indexOf("--workspace");
        if (at >= 0 && at + 1 < rest.size()) {
            workspaceFolder = Optional.of(Path.of(rest.get(at + 1)));
            rest.subList(at, at + 2).clear();
        }
        try { // --lang en|zh: the language of everything built below, window and commands alike
            Cli.takeLanguage(rest).ifPresent(Locale::setDefault);
        } catch (IllegalArgumentException e) {
            System.err.println("reelwright: " + e.getMessage());
            System.exit(Cli.BAD_INPUT);
        }
        String[] args = rest.toArray(String[]::new);
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
        Clock clock = Clock.systemDefaultZone();
        PlanExport planExport = new PlanExport(planning, PdfPlanRenderer.withSystemFonts(Locale.getDefault(), clock),
                Locale.getDefault(), clock, "Reelwright " + ReelwrightVersion.current());
        if (args.length == 0) {
            Path folder = WorkspaceLocation.resolve(workspaceFolder, System.getenv(), System.getProperty("os.name"),
                    Path.of(System.getProperty("user.home")));
            JsonProductionFiles codec = new JsonProductionFiles();
            Workspace.Opener opener = () -> {
                OpenedWorkspace opened = SqliteWorkspace.open(folder, codec);
                return new Workspace.Opened(new Workspace(opened.workspace(), Clock.systemDefaultZone()),
                        opened.notices().stream().map(StartupNotice::message).toList());
            };
            new ReelwrightUi(documents, planning, imports, opener, planExport).launch();
            return;
        }
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        System.exit(new Cli(new CliServices(documents, planning, new JsonPlanReports(), imports, () -> planExport)).run(args, out,
                err));
    }
}
