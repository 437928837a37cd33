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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reelwright.app.Language;
import org.reelwright.app.PlanExport;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.app.Planning;
import org.reelwright.app.ReelwrightVersion;
import org.reelwright.report.pdf.PdfPlanRenderer;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.app.SingleInstance;
import org.reelwright.app.Workspace;
import org.reelwright.store.sqlite.OpenedWorkspace;
import org.reelwright.store.sqlite.SqliteWorkspace;
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
        ReelwrightUi.StartupTrace.mark("main");
        Optional<Path> workspaceFolder = Optional.empty();
        List<String> rest = new ArrayList<>(List.of(arguments));
        int at = rest.indexOf("--workspace");
        if (at >= 0 && at + 1 < rest.size()) {
            workspaceFolder = Optional.of(Path.of(rest.get(at + 1)));
            rest.subList(at, at + 2).clear();
        }
        // Before any library that logs is loaded (PDFBox, SQLite, Flyway): their chatter goes to reelwright.log in
        // the workspace folder, never to the user's terminal. A command does not create the folder just to log.
        Path folder = WorkspaceLocation.resolve(workspaceFolder, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        if (rest.isEmpty() || opensWindow(rest) || java.nio.file.Files.isDirectory(folder)) {
            Logging.toFile(folder);
        } else {
            Logging.quietTerminal();
        }
        try { // --lang en|zh: the language of everything built below, window and commands alike
            Cli.takeLanguage(rest).ifPresent(Locale::setDefault);
        } catch (IllegalArgumentException e) {
            System.err.println("reelwright: " + e.getMessage());
            System.exit(Cli.BAD_INPUT);
        }
        String[] args = rest.toArray(String[]::new);
        Optional<Path> projectFile = projectFileToOpen(args);
        if (args.length == 0 || projectFile.isPresent()) {
            // A double-click on a project file, or `reelwright FILE.json`: a window already open on this workspace
            // takes the file (and comes to the front) instead of a second window that the workspace would refuse.
            if (SingleInstance.handOff(folder, projectFile)) {
                return;
            }
            // Any Chinese locale reads Simplified Chinese; any other language reads English in its usual locale.
            Locale.setDefault(Language.of(Locale.getDefault()).locale(Locale.getDefault()));
            openWindow(folder, projectFile);
            return;
        }
        ProductionDocuments documents = new ProductionDocuments(new JsonProductionFiles(), Clock.systemDefaultZone());
        // Any Chinese locale reads Simplified Chinese; any other language reads English in its usual locale.
        Locale.setDefault(Language.of(Locale.getDefault()).locale(Locale.getDefault()));
        Function<Locale, Supplier<Planning>> planningIn = planningsPerLanguage();
        Supplier<Planning> planning = planningIn.apply(Locale.getDefault());
        Clock clock = Clock.systemDefaultZone();
        ScriptImports imports = new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(), clock);
        PlanExport planExport = planExports(planningIn, clock).apply(Locale.getDefault());
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        System.exit(new Cli(new CliServices(documents, planning, new JsonPlanReports(), imports, () -> planExport)).run(args, out,
                err));
    }

    /**
     * The window: wired like the commands, but what takes long to make (the JSON codec, the workspace) is made on
     * start-up threads by {@link ReelwrightUi} while the toolkit starts (docs/decisions/0010-start-up.md).
     */
    private static void openWindow(Path folder, Optional<Path> projectFile) {
        Clock clock = Clock.systemDefaultZone();
        Function<Locale, Supplier<Planning>> planningIn = planningsPerLanguage();
        ScriptImports imports = new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(), clock);
        Function<Locale, PlanExport> planExportIn = planExports(planningIn, clock);
        Workspace.Opener opener = () -> {
            OpenedWorkspace opened = SqliteWorkspace.open(folder, new JsonProductionFiles());
            return new Workspace.Opened(new Workspace(opened.workspace(), Clock.systemDefaultZone()),
                    opened.notices().stream().<Workspace.Notice>map(n -> n::message).toList());
        };
        new ReelwrightUi(() -> new ProductionDocuments(new JsonProductionFiles(), clock), planningIn, imports, opener,
                planExportIn).launch(projectFile, folder);
    }

    /** Whether these arguments open the window on a project file, whatever language is asked for. */
    private static boolean opensWindow(List<String> arguments) {
        List<String> others = new ArrayList<>(arguments);
        int at = others.indexOf("--lang");
        if (at >= 0 && at + 1 < others.size()) {
            others.subList(at, at + 2).clear();
        }
        return projectFileToOpen(others.toArray(String[]::new)).isPresent();
    }

    /**
     * The project file a lone argument names (what a file manager passes on a double-click), which the window opens;
     * anything else is a command line for {@link Cli}. A command never ends in {@code .json}, and an option starts
     * with a dash, so every command keeps working. The file need not exist: the window then says why it cannot open
     * it, in the user's language, as File → Open would.
     */
    static Optional<Path> projectFileToOpen(String[] arguments) {
        if (arguments.length != 1 || arguments[0].startsWith("-")
                || !arguments[0].toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(arguments[0]).toAbsolutePath().normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty(); // not a path this system can name: the command line says what is wrong
        }
    }

    /**
     * One planning per language (the window can switch), each made on first use, all sharing one benchmark library
     * parsed once on first use.
     */
    private static Function<Locale, Supplier<Planning>> planningsPerLanguage() {
        Supplier<BenchmarkLibrary> library = memo(() -> {
            try {
                return Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
            } catch (ProjectFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        Map<Locale, Supplier<Planning>> plannings = new ConcurrentHashMap<>();
        return locale -> plannings.computeIfAbsent(locale, l -> memo(() -> new Planning(library.get(), l)));
    }

    /** The printed plan in a language, from that language's planning. */
    private static Function<Locale, PlanExport> planExports(Function<Locale, Supplier<Planning>> planningIn,
            Clock clock) {
        return locale -> new PlanExport(planningIn.apply(locale), PdfPlanRenderer.withSystemFonts(locale, clock),
                locale, clock, "Reelwright " + ReelwrightVersion.current());
    }

    /** {@code make}'s value, made on first use and kept. */
    private static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
