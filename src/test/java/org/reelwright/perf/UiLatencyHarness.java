package org.reelwright.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.reelwright.app.Language;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ReelwrightVersion;
import org.reelwright.app.ScriptImports;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.app.Workspace;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.Production;
import org.reelwright.domain.ShotId;
import org.reelwright.report.pdf.PdfPlanRenderer;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.store.sqlite.OpenedWorkspace;
import org.reelwright.store.sqlite.SqliteWorkspace;
import org.reelwright.ui.common.Dialogs;
import org.reelwright.ui.common.FxBackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.scenes.ShotRow;
import org.reelwright.ui.shell.LocalizedWindow;
import org.reelwright.ui.shell.MainWindowViewModel;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * UI latency and memory of the real window, driven like a user drives it (issue 14). Not a test: nothing here runs
 * in {@code mvn test}, and nothing asserts a time. It measures and prints a Markdown table.
 *
 * <p>The window is wired as {@code Main} and {@code ReelwrightUi} wire it (a workspace in a fresh temporary folder,
 * which on first start opens the sample; the same planning, documents, imports and plan export), except that the
 * file chooser is scripted: File → Open (Ctrl+O) opens a synthetic production written to a temporary JSON file.
 * Times are taken with {@link System#nanoTime} from just before the robot injects the user's input (Enter, a click,
 * Ctrl+O, Page Down) to the first post-layout pulse ({@link Scene#addPostLayoutPulseListener}) in which the window
 * shows the result: that pulse's frame is the first to carry it (its render, a few ms more, is not included).
 * "Settled" is the first pulse at which the app's background work queue ({@link FxBackgroundWork#busyProperty()})
 * is empty again, i.e. every panel's estimate and the autosave have landed.
 *
 * <p>Modes: {@code --all} (the default) starts one fresh JVM per run (latency at 1,000 and 10,000 shots, the memory
 * journey with 10,000 shots and with the sample), each with this JVM's options plus the heap options the pom gives
 * {@code javafx:run}, and prints one table. {@code --latency SHOTS [--reps N]} and {@code --journey SHOTS|sample}
 * run one of them in this JVM. Run through Maven: {@code mvn -B -Pui-latency test-compile exec:exec} (see the pom's
 * {@code ui-latency} profile for the options).
 */
public final class UiLatencyHarness {
    private static final String RESULT = "RESULT\t";
    private static final long TIMEOUT_MS = 180_000;
    private static final String[] PANELS = {"home", "overview", "scenes", "stages", "compare", "schedule", "shoot",
        "budget", "benchmarks", "risks", "disclosure", "history"};

    private UiLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        List<String> list = List.of(args);
        if (list.isEmpty() || list.contains("--all")) {
            int reps = intArg(list, "--reps", 10);
            System.exit(driver(reps));
        }
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!jvm.containsAll(pomHeapOptions())) { // run where the app's heap options apply
            List<String> command = childCommand(jvmWithPomOptions(), list);
            System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
        }
        int code = 1;
        try {
            UiLatencyHarness.Run run = new UiLatencyHarness.Run();
            if (list.contains("--latency")) {
                run.latency(intArg(list, "--latency", 1000), intArg(list, "--reps", 10));
            } else if (list.contains("--journey")) {
                String what = list.get(list.indexOf("--journey") + 1);
                run.journey(what.equals("sample") ? -1 : Integer.parseInt(what));
            } else {
                throw new IllegalArgumentException("usage: --all | --latency SHOTS [--reps N] | --journey SHOTS|sample");
            }
            code = 0;
        } catch (Throwable t) {
            t.printStackTrace();
        }
        System.out.flush();
        Runtime.getRuntime().halt(code); // the FX toolkit and the workspace threads need not be shut down politely
    }

    private static int intArg(List<String> args, String name, int otherwise) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Integer.parseInt(args.get(at + 1)) : otherwise;
    }

    // ------------------------------------------------------------------ driver: one JVM per run, one table

    /** This JVM's options, plus the pom's heap options for the app that it lacks. */
    private static List<String> jvmWithPomOptions() {
        List<String> jvm = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        for (String option : pomHeapOptions()) {
            if (!jvm.contains(option)) {
                jvm.add(option);
            }
        }
        return jvm;
    }

    private static List<String> childCommand(List<String> jvm, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"),
                "bin", "java").toString()));
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(UiLatencyHarness.class.getName());
        command.addAll(args);
        return command;
    }

    private static int driver(int reps) throws Exception {
        List<String> jvm = jvmWithPomOptions();
        List<List<String>> runs = List.of(List.of("--latency", "1000", "--reps", "" + reps),
                List.of("--latency", "10000", "--reps", "" + reps), List.of("--journey", "10000"),
                List.of("--journey", "sample"));
        Map<String, List<Double>> results = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (List<String> run : runs) {
            List<String> command = childCommand(jvm, run);
            System.err.println("== " + String.join(" ", run) + "  (JVM options: " + String.join(" ", jvm) + ")");
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    System.err.println(line);
                    if (line.startsWith(RESULT)) {
                        String[] f = line.split("\t");
                        List<Double> values = new ArrayList<>();
                        for (String v : f[2].split(",")) {
                            if (!v.isBlank()) {
                                values.add(Double.parseDouble(v));
                            }
                        }
                        results.put(f[1], values);
                    }
                }
            }
            if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
                failed.add(String.join(" ", run));
            }
        }
        System.out.println();
        System.out.println(table(results, String.join(" ", jvm)));
        if (!failed.isEmpty()) {
            System.out.println("Failed runs (see the log above): " + failed);
        }
        return failed.isEmpty() ? 0 : 1;
    }

    /**
     * The heap and GC options the app is launched with by {@code mvn javafx:run}, read from the pom's
     * javafx-maven-plugin {@code <options>}, so the figures follow them when they change. Class-data-sharing and
     * logging options are left out (they write files and do not change the heap).
     */
    static List<String> pomHeapOptions() {
        Path pom = Path.of("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return List.of();
        }
        try {
            String text = Files.readString(pom);
            Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>(.*?)</plugin>",
                    Pattern.DOTALL).matcher(text);
            if (!plugin.find()) {
                return List.of();
            }
            Matcher options = Pattern.compile("<option>\\s*(.*?)\\s*</option>").matcher(plugin.group(1));
            List<String> found = new ArrayList<>();
            while (options.find()) {
                String o = options.group(1);
                if ((o.startsWith("-Xm") || o.startsWith("-Xss") || o.startsWith("-XX:"))
                        && !o.contains("Archive") && !o.startsWith("-Xlog")) {
                    found.add(o);
                }
            }
            return found;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String table(Map<String, List<Double>> r, String jvm) {
        StringBuilder b = new StringBuilder();
        b.append("JVM options: ").append(jvm.isBlank() ? "(none)" : jvm).append("\n");
        b.append("Pipeline: ").append(pipeline()).append("\n\n");
        b.append("| measure | goal | 1,000 shots: first; min / median / max | 10,000 shots: first; min / median / max |\n");
        b.append("|---|---|---|---|\n");
        String[][] rows = {
            {"edit-cell", "type a duration + Enter → that cell repainted", "≤ 16 ms"},
            {"edit-cell-received", "same, from the Enter reaching the window (the FX thread) to that frame",
                "≤ 16 ms"},
            {"edit-cell-frames", "same: frames from the Enter reaching the window to the one showing the new value "
                + "(1 = the very next frame)", "1"},
            {"edit-total", "same edit → runtime in the status bar updated", "≤ 16 ms"},
            {"edit-settled", "same edit → background work done (flags, panels' estimates, autosave)", "—"},
            {"stage-total", "Stages: Storyboard Traditional → AI (click) → header total updated", "—"},
            {"stage-settled", "same click → background work done", "—"},
            {"open-shown", "File → Open (Ctrl+O) → first rows of the production in the table", "≤ 1 s (10k)"},
            {"open-settled", "same → settled (every panel's estimate shown, stored in the workspace)",
                "≤ 1.5 s (10k)"},
            {"scroll-gap", "first scroll after the open (10 × Page Down): longest time without a frame",
                "≤ 100 ms"},
        };
        for (String[] row : rows) {
            b.append("| ").append(row[1]).append(" | ").append(row[2]).append(" | ")
                    .append(summary(r.get("1000/" + row[0]), unit(row[0]))).append(" | ")
                    .append(summary(r.get("10000/" + row[0]), unit(row[0])))
                    .append(" |\n");
        }
        b.append("\n| memory journey (open, 20 edits, every panel, scroll) | goal | 10,000 shots | sample |\n");
        b.append("|---|---|---|---|\n");
        String[][] mem = {
            {"rss-hwm", "peak RSS (VmHWM)", "≤ 300 MB (10k), ≤ 200 MB (sample)", "MB"},
            {"rss-after-gc", "RSS at the end, after a forced GC", "—", "MB"},
            {"heap-after-gc", "Java heap used at the end, after a forced GC", "—", "MB"},
            {"journey-stall", "longest FX-thread stall during the journey (longest time without a frame)",
                "≤ 100 ms", "ms"},
        };
        for (String[] row : mem) {
            b.append("| ").append(row[1]).append(" | ").append(row[2]).append(" | ")
                    .append(single(r.get("10000/" + row[0]), row[3])).append(" | ")
                    .append(single(r.get("sample/" + row[0]), row[3])).append(" |\n");
        }
        return b.toString();
    }

    private static String pipeline() {
        return "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                ? "Monocle headless, software Prism (figures differ from a real screen)"
                : "real glass (" + Optional.ofNullable(System.getenv("DISPLAY")).map(d -> "DISPLAY=" + d)
                        .orElse("default display") + "), Prism " + System.getProperty("prism.order", "default");
    }

    private static String unit(String measure) {
        return measure.endsWith("-frames") ? "frames" : "ms";
    }

    private static String summary(List<Double> values, String unit) {
        if (values == null || values.isEmpty()) {
            return "not measured";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format(Locale.ROOT, "%.0f; %.0f / %.0f / %.0f %s (n=%d)", values.get(0), sorted.get(0), median,
                sorted.get(sorted.size() - 1), unit, values.size());
    }

    private static String single(List<Double> values, String unit) {
        return values == null || values.isEmpty() ? "not measured"
                : String.format(Locale.ROOT, "%.0f %s", values.get(0), unit);
    }

    // ------------------------------------------------------------------ one run, in this JVM

    /** A condition the window must show, timed from the user's input to the first pulse at which it holds. */
    private static final class Probe {
        final BooleanSupplier shown;
        final CompletableFuture<Long> done = new CompletableFuture<>();
        volatile long start;
        /** Set when done: frames laid out since the window received the last Enter, this one included. */
        volatile int framesSinceEnter;
        /** Set when done: nanoseconds since the window received the last Enter. */
        volatile long sinceEnter;

        Probe(BooleanSupplier shown) {
            this.shown = shown;
        }

        double ms() throws Exception {
            return done.get(TIMEOUT_MS, TimeUnit.MILLISECONDS) / 1e6;
        }
    }

    static final class Run {
        private final Path folder = Files.createTempDirectory("reelwright-ui-latency");
        private final List<Probe> probes = new CopyOnWriteArrayList<>();
        private final List<long[]> frames = new ArrayList<>(); // FX thread only: pulse times while recording
        private final Map<String, List<Double>> results = new LinkedHashMap<>();
        private final FxBackgroundWork work = new FxBackgroundWork();
        private volatile boolean recording;
        private volatile int pageDowns;
        private long enterReceived; // FX thread only, like framesSinceEnter
        private int framesSinceEnter;
        private AnimationTimer heartbeat;
        private Stage stage;
        private MainWindowViewModel model;
        private LocalizedWindow window;
        private FxRobot robot;
        private String key = "";

        Run() throws IOException {
        }

        // ---------------------------------------------------------- the window, wired as Main and ReelwrightUi do

        private void start() throws Exception {
            Locale system = Locale.getDefault();
            Locale.setDefault(Language.of(system).locale(system));
            ProductionDocuments documents = new ProductionDocuments(new JsonProductionFiles(),
                    Clock.systemDefaultZone());
            Supplier<BenchmarkLibrary> library = memo(() -> {
                try {
                    return Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
                } catch (ProjectFileException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            Map<Locale, Supplier<Planning>> plannings = new ConcurrentHashMap<>();
            Function<Locale, Supplier<Planning>> planningIn = locale -> plannings.computeIfAbsent(locale,
                    l -> memo(() -> new Planning(library.get(), l)));
            ScriptImports imports = new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(),
                    Clock.systemDefaultZone());
            Clock clock = Clock.systemDefaultZone();
            Function<Locale, PlanExport> planExportIn = locale -> new PlanExport(planningIn.apply(locale),
                    PdfPlanRenderer.withSystemFonts(locale, clock), locale, clock, "Reelwright "
                    + ReelwrightVersion.current());
            JsonProductionFiles codec = new JsonProductionFiles();
            Workspace.Opener opener = () -> {
                OpenedWorkspace opened = SqliteWorkspace.open(folder.resolve("workspace"), codec);
                return new Workspace.Opened(new Workspace(opened.workspace(), Clock.systemDefaultZone()),
                        opened.notices().stream().<Workspace.Notice>map(n -> n::message).toList());
            };
            stage = FxToolkit.registerPrimaryStage();
            FxToolkit.setupStage(on -> {
                Theme.LIGHT.applyBase();
                Messages messages = new Messages(system);
                model = new MainWindowViewModel(documents, imports, work, messages);
                window = new LocalizedWindow(model, work, planningIn, planExportIn, system, (k, v) -> { });
                window.show(on, dialogs);
                on.setWidth(1280);
                on.setHeight(800);
                work.run(messages.get("work.openingWorkspace"), opener::open, opened -> {
                    model.useWorkspace(opened.workspace());
                    window.window().rememberLayout(on);
                    model.startFromWorkspace();
                }, e -> {
                    throw new IllegalStateException(e);
                });
            });
            robot = new FxRobot();
            Scene scene = fx(() -> stage.getScene());
            fx(() -> {
                scene.addPostLayoutPulseListener(this::pulse);
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.PAGE_DOWN) {
                        pageDowns++;
                    }
                    if (e.getCode() == KeyCode.ENTER) { // the robot's delivery is not the app's latency
                        enterReceived = System.nanoTime();
                        framesSinceEnter = 0;
                    }
                });
                work.busyProperty().addListener((obs, was, busy) -> Platform.requestNextPulse());
                heartbeat = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        // nothing: a running timer asks for a pulse every frame, so a gap between pulses is a stall
                    }
                };
                return null;
            });
            waitUntil(() -> model.productionProperty().get() != null, "the sample from the workspace");
            idle(500);
        }

        /** The scripted file chooser: File → Open opens {@link #nextOpen}. */
        private volatile Path nextOpen;
        private final Dialogs dialogs = new Dialogs() {
            @Override
            public Optional<Path> chooseFileToOpen(String title, String filterName, String... extensions) {
                return Optional.ofNullable(nextOpen);
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
                    String... extensions) {
                return Optional.empty();
            }

            @Override
            public void showError(String title, String message) {
                System.out.println("error shown: " + message);
            }
        };

        private void pulse() {
            long now = System.nanoTime();
            if (recording) {
                frames.add(new long[] {now});
            }
            framesSinceEnter++;
            for (Probe p : probes) {
                if (p.start != 0 && !p.done.isDone()) {
                    try {
                        if (p.shown.getAsBoolean()) {
                            p.framesSinceEnter = framesSinceEnter;
                            p.sinceEnter = now - enterReceived;
                            p.done.complete(now - p.start);
                        }
                    } catch (RuntimeException e) {
                        p.done.completeExceptionally(e);
                    }
                }
            }
            probes.removeIf(p -> p.done.isDone());
        }

        private Probe probe(BooleanSupplier shown) {
            Probe p = new Probe(shown);
            probes.add(p);
            return p;
        }

        /** The user's input is about to be injected: the probes' clocks start now. */
        private static void go(Probe... ps) {
            long now = System.nanoTime();
            for (Probe p : ps) {
                p.start = now;
            }
        }

        // ---------------------------------------------------------- latency

        void latency(int shots, int reps) throws Exception {
            key = shots + "/";
            start();
            Production big = SyntheticProductions.generate(Math.max(1, shots / 20), shots, 1);
            Path file = folder.resolve("synthetic-" + shots + ".json");
            new JsonProductionFiles().write(big, file);
            Set<ShotId> ids = new HashSet<>();
            big.scenes().forEach(s -> s.shots().forEach(shot -> ids.add(shot.id())));
            String title = big.title();
            for (int rep = 0; rep < reps; rep++) {
                fx(() -> {
                    model.openSample();
                    return null;
                });
                waitUntil(() -> !model.productionProperty().get().title().equals(title), "the sample");
                idle(300);
                showPanel("scenes");
                open(file, ids, title, true);
                scroll(true);
                System.out.printf(Locale.ROOT, "rep %d: open shown %.0f, settled %.0f, scroll gap %.0f ms%n", rep,
                        last("open-shown"), last("open-settled"), last("scroll-gap"));
            }
            for (int rep = 0; rep < reps; rep++) {
                editDuration(2 + rep % 8, true);
                System.out.printf(Locale.ROOT, "edit %d: cell %.0f, total %.0f, settled %.0f ms%n", rep,
                        last("edit-cell"), last("edit-total"), last("edit-settled"));
            }
            showPanel("stages");
            idle(500);
            for (int rep = 0; rep < reps; rep++) {
                switchStage(true);
                System.out.printf(Locale.ROOT, "stage %d: total %.0f, settled %.0f ms%n", rep, last("stage-total"),
                        last("stage-settled"));
            }
            print();
        }

        /** File → Open by its shortcut, the chooser answering {@code file}. */
        private void open(Path file, Set<ShotId> ids, String title, boolean keep) throws Exception {
            nextOpen = file;
            TableView<?> table = fx(() -> (TableView<?>) stage.getScene().lookup("#shot-table"));
            Probe shown = probe(() -> {
                if (table.getScene() == null) {
                    return false;
                }
                for (Node n : table.lookupAll(".table-row-cell")) {
                    if (n instanceof TableRow<?> row && row.isVisible() && row.getIndex() == 0
                            && row.getItem() instanceof ShotRow r && ids.contains(r.shot().id())) {
                        return true;
                    }
                }
                return false;
            });
            Probe settled = probe(() -> shown.done.isDone() && !work.busyProperty().get()
                    && model.productionProperty().get().title().equals(title));
            go(shown, settled);
            robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
            record("open-shown", shown.ms(), keep);
            record("open-settled", settled.ms(), keep);
            idle(300);
        }

        /** Ten Page Downs in a burst in the shot table, after a click into it. */
        private void scroll(boolean keep) throws Exception {
            clickIntoTable();
            idle(300);
            fx(() -> {
                frames.clear();
                heartbeat.start();
                recording = true;
                return null;
            });
            int before = pageDowns;
            long start = System.nanoTime();
            fx(() -> {
                javafx.scene.robot.Robot keys = new javafx.scene.robot.Robot();
                for (int i = 0; i < 10; i++) {
                    keys.keyPress(KeyCode.PAGE_DOWN);
                    keys.keyRelease(KeyCode.PAGE_DOWN);
                }
                return null;
            });
            waitUntil(() -> pageDowns >= before + 10, "ten Page Downs");
            idle(500);
            double gap = fx(() -> {
                recording = false;
                heartbeat.stop();
                return longestGap(start, frames);
            });
            record("scroll-gap", gap, keep);
            int selected = fx(() -> ((TableView<?>) stage.getScene().lookup("#shot-table")).getSelectionModel()
                    .getSelectedIndex());
            System.out.println("  after the Page Downs the selected row is " + selected);
        }

        private static double longestGap(long start, List<long[]> frames) {
            long previous = start;
            long longest = 0;
            for (long[] f : frames) {
                if (f[0] >= start) {
                    longest = Math.max(longest, f[0] - previous);
                    previous = f[0];
                }
            }
            return longest / 1e6;
        }

        /** The user's way: double-click the duration, type the new one, Enter. */
        private void editDuration(int index, boolean keep) throws Exception {
            fx(() -> {
                ((TableView<?>) stage.getScene().lookup("#shot-table")).scrollTo(0);
                return null;
            });
            idle(200);
            TableCell<?, ?> cell = fx(() -> cell("column-duration", index));
            if (cell == null) {
                throw new IllegalStateException("no duration cell in row " + index);
            }
            double old = fx(() -> ((ShotRow) cell.getTableRow().getItem()).shot().durationSeconds());
            String oldText = fx(cell::getText);
            String oldSummary = fx(() -> text("#status-summary"));
            Double value = old + 1 > 600 ? old - 1 : old + 1;
            if (fx(() -> onScreen(cell))) {
                robot.doubleClickOn(cell);
            }
            if (!fx(() -> cell.getTableView().getEditingCell() != null)) { // off screen: start it as F2 would
                System.out.println("  (row " + index + "'s duration is not on screen: its edit starts without a click)");
                fx(() -> {
                    @SuppressWarnings("unchecked")
                    TableView<Object> t = (TableView<Object>) cell.getTableView();
                    @SuppressWarnings("unchecked")
                    TableColumn<Object, ?> c = (TableColumn<Object, ?>) cell.getTableColumn();
                    t.edit(index, c);
                    return null;
                });
            }
            robot.write(value % 1 == 0 ? String.valueOf(value.intValue())
                    : String.format(Locale.ROOT, "%.1f", value));
            Probe repainted = probe(() -> {
                TableCell<?, ?> now = cell("column-duration", index);
                return now != null && !now.isEditing() && value.equals(now.getItem()) && now.getText() != null
                        && !now.getText().equals(oldText);
            });
            Probe total = probe(() -> !oldSummary.equals(text("#status-summary")));
            Probe settled = probe(() -> repainted.done.isDone() && total.done.isDone()
                    && !work.busyProperty().get());
            go(repainted, total, settled);
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            record("edit-cell", repainted.ms(), keep);
            record("edit-cell-received", repainted.sinceEnter / 1e6, keep);
            record("edit-cell-frames", repainted.framesSinceEnter, keep);
            record("edit-total", total.ms(), keep);
            record("edit-settled", settled.ms(), keep);
            idle(300);
        }

        /** Stages: one stage Traditional, then a click on its AI choice. */
        private void switchStage(boolean keep) throws Exception {
            String stageId = fx(() -> {
                for (Node n : stage.getScene().getRoot().lookupAll(".toggle-button")) {
                    String id = n.getId();
                    if (id != null && id.startsWith("workflow-") && id.endsWith("-ai") && n.isVisible()
                            && stage.getScene().lookup("#" + id.replaceFirst("-ai$", "-traditional")) != null) {
                        return id.substring("workflow-".length(), id.length() - "-ai".length());
                    }
                }
                return null;
            });
            if (stageId == null) {
                throw new IllegalStateException("no stage with a Traditional and an AI choice on the Stages board");
            }
            ToggleButton traditional = fx(() -> (ToggleButton) stage.getScene().lookup("#workflow-" + stageId
                    + "-traditional"));
            ToggleButton ai = fx(() -> (ToggleButton) stage.getScene().lookup("#workflow-" + stageId + "-ai"));
            if (!fx(traditional::isSelected)) {
                robot.clickOn(traditional);
                idle(300);
            }
            String before = fx(() -> text("#stages-total"));
            robot.moveTo(ai);
            Probe total = probe(() -> !before.equals(text("#stages-total")));
            Probe settled = probe(() -> total.done.isDone() && !work.busyProperty().get());
            go(total, settled);
            robot.clickOn(MouseButton.PRIMARY);
            record("stage-total", total.ms(), keep);
            record("stage-settled", settled.ms(), keep);
            idle(300);
        }

        // ---------------------------------------------------------- memory journey

        void journey(int shots) throws Exception {
            key = shots < 0 ? "sample/" : shots + "/";
            start();
            phase("started (sample from the workspace)");
            Path file;
            Set<ShotId> ids = new HashSet<>();
            String title;
            if (shots < 0) {
                file = folder.resolve("sample-scifi-short.json");
                try (InputStream in = UiLatencyHarness.class.getResourceAsStream(
                        "/seeds/samples/sample-scifi-short.json")) {
                    Files.copy(in, file);
                }
                Production sample = new JsonProductionFiles().read(file);
                sample.scenes().forEach(s -> s.shots().forEach(shot -> ids.add(shot.id())));
                title = sample.title();
                // the workspace already shows the sample (same shot ids): show another production first
                fx(() -> {
                    model.newProduction();
                    return null;
                });
                idle(300);
            } else {
                Production big = SyntheticProductions.generate(Math.max(1, shots / 20), shots, 1);
                file = folder.resolve("synthetic-" + shots + ".json");
                new JsonProductionFiles().write(big, file);
                big.scenes().forEach(s -> s.shots().forEach(shot -> ids.add(shot.id())));
                title = big.title();
                big = null;
            }
            Runtime.getRuntime().gc(); // the generator's copy is the harness's, not the app's
            fx(() -> {
                frames.clear();
                heartbeat.start();
                recording = true;
                return null;
            });
            long journeyStart = System.nanoTime();
            List<long[]> phases = new ArrayList<>();
            phases.add(new long[] {journeyStart});
            showPanel("scenes");
            open(file, ids, title, false);
            phase("opened");
            phases.add(new long[] {System.nanoTime()});
            for (int i = 0; i < 20; i++) {
                editDuration(2 + i % 8, false);
            }
            phase("20 edits");
            phases.add(new long[] {System.nanoTime()});
            List<long[]> panelMarks = new ArrayList<>();
            for (String panel : PANELS) {
                panelMarks.add(new long[] {System.nanoTime()});
                showPanel(panel);
                idle(300);
            }
            panelMarks.add(new long[] {System.nanoTime()});
            phase("every panel");
            phases.add(new long[] {System.nanoTime()});
            showPanel("scenes");
            idle(300);
            clickIntoTable();
            for (int burst = 0; burst < 3; burst++) {
                int before = pageDowns;
                fx(() -> {
                    javafx.scene.robot.Robot keys = new javafx.scene.robot.Robot();
                    for (int i = 0; i < 10; i++) {
                        keys.keyPress(KeyCode.PAGE_DOWN);
                        keys.keyRelease(KeyCode.PAGE_DOWN);
                    }
                    return null;
                });
                waitUntil(() -> pageDowns >= before + 10, "ten Page Downs");
                idle(300);
            }
            phase("scrolled");
            phases.add(new long[] {System.nanoTime()});
            String[] names = {"open", "edits", "panels", "scroll"};
            List<long[]> recorded = fx(() -> {
                recording = false;
                heartbeat.stop();
                return new ArrayList<>(frames);
            });
            double stall = longestGap(journeyStart, recorded);
            for (int i = 0; i + 1 < phases.size(); i++) {
                long from = phases.get(i)[0];
                long to = phases.get(i + 1)[0];
                List<long[]> in = recorded.stream().filter(f -> f[0] >= from && f[0] <= to).toList();
                System.out.printf(Locale.ROOT, "  longest stall while %s: %.0f ms%n", names[i], longestGap(from, in));
            }
            for (int i = 0; i < PANELS.length; i++) {
                long from = panelMarks.get(i)[0];
                long to = panelMarks.get(i + 1)[0];
                List<long[]> in = recorded.stream().filter(f -> f[0] >= from && f[0] <= to).toList();
                System.out.printf(Locale.ROOT, "    first visit to %-10s: longest stall %.0f ms%n", PANELS[i],
                        longestGap(from, in));
            }
            long hwm = status("VmHWM");
            long rss = status("VmRSS");
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(300);
            }
            long rssAfterGc = status("VmRSS");
            Runtime rt = Runtime.getRuntime();
            double heap = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
            System.out.printf(Locale.ROOT, "  VmHWM %d MB, VmRSS %d MB at the end, %d MB after GC; heap used %.0f MB "
                    + "(committed %.0f MB, max %.0f MB)%n", hwm / 1024, rss / 1024, rssAfterGc / 1024, heap,
                    rt.totalMemory() / 1048576.0, rt.maxMemory() / 1048576.0);
            nativeMemory();
            classHistogram();
            record("rss-hwm", hwm / 1024.0, true);
            record("rss-after-gc", rssAfterGc / 1024.0, true);
            record("heap-after-gc", heap, true);
            record("journey-stall", stall, true);
            print();
        }

        /**
         * Where the memory outside the Java heap goes, when the JVM tracks it
         * ({@code -Dui.latency.jvmArgs=-XX:NativeMemoryTracking=summary}): the JVM's own categories; what the RSS
         * holds beyond their sum is native memory of libraries (Prism's software buffers, fonts, GTK, SQLite).
         */
        /** The heap's largest classes at the end, with {@code -Dui.latency.histogram=N} (the top N lines). */
        private static void classHistogram() {
            int lines = Integer.getInteger("ui.latency.histogram", 0);
            if (lines <= 0) {
                return;
            }
            try {
                Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
                String.valueOf(out).lines().limit(lines + 3L).forEach(l -> System.out.println("  " + l));
            } catch (Exception e) {
                System.out.println("  (no class histogram: " + e + ")");
            }
        }

        private static void nativeMemory() {
            try {
                Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "vmNativeMemory", new Object[] {new String[] {"summary", "scale=MB"}},
                        new String[] {String[].class.getName()});
                String text = String.valueOf(out);
                if (text.contains("not enabled")) {
                    return;
                }
                text.lines().filter(l -> l.startsWith("Total") || l.matches("^-\\s+\\S.*\\(reserved=.*"))
                        .forEach(l -> System.out.println("  NMT " + l.strip()));
            } catch (Exception e) {
                System.out.println("  (no native memory summary: " + e.getMessage() + ")");
            }
        }

        private static void phase(String what) throws IOException {
            System.out.printf(Locale.ROOT, "  %-40s VmHWM %4d MB, VmRSS %4d MB%n", what, status("VmHWM") / 1024,
                    status("VmRSS") / 1024);
        }

        /** A line of /proc/self/status, in kB. */
        private static long status(String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }

        // ---------------------------------------------------------- helpers

        private void showPanel(String id) throws Exception {
            Node nav = fx(() -> stage.getScene().lookup("#nav-" + id));
            if (nav != null) {
                robot.clickOn(nav);
            } else {
                fx(() -> {
                    window.window().showPanel(id);
                    return null;
                });
            }
            idle(100);
        }

        /** A click on a cell of the shot table's second row, as a user puts the focus there before scrolling. */
        private void clickIntoTable() throws Exception {
            TableCell<?, ?> target = fx(() -> {
                for (String column : new String[] {"column-number", "column-duration", "column-description"}) {
                    TableCell<?, ?> c = cell(column, 1);
                    if (c != null && onScreen(c)) {
                        return c;
                    }
                }
                return null;
            });
            if (target != null) {
                robot.clickOn(target);
            } else {
                fx(() -> {
                    TableView<?> table = (TableView<?>) stage.getScene().lookup("#shot-table");
                    table.requestFocus();
                    table.getSelectionModel().clearAndSelect(1);
                    return null;
                });
            }
        }

        /** Whether the node's middle is inside the window (FX thread). */
        private static boolean onScreen(Node node) {
            javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
            Scene scene = node.getScene();
            double x = (b.getMinX() + b.getMaxX()) / 2;
            double y = (b.getMinY() + b.getMaxY()) / 2;
            return scene != null && b.getWidth() > 0 && x > 0 && y > 0 && x < scene.getWidth()
                    && y < scene.getHeight();
        }

        /** The visible cell of a column in a row of the shot table, or null (FX thread). */
        private TableCell<?, ?> cell(String column, int index) {
            Node table = stage.getScene().lookup("#shot-table");
            if (table == null) {
                return null;
            }
            for (Node n : table.lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && column.equals(c.getTableColumn().getId()) && c.getIndex() == index && c.isVisible()
                        && c.getTableRow() != null && c.getTableRow().isVisible()
                        && c.getTableRow().getIndex() == index) {
                    return c;
                }
            }
            return null;
        }

        /** A label's text (FX thread). */
        private String text(String selector) {
            Node n = stage.getScene().lookup(selector);
            return n instanceof Labeled l ? String.valueOf(l.getText()) : "";
        }

        private void record(String name, double ms, boolean keep) {
            if (keep) {
                results.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
            }
        }

        private double last(String name) {
            List<Double> v = results.get(name);
            return v == null || v.isEmpty() ? Double.NaN : v.get(v.size() - 1);
        }

        private void print() {
            for (Map.Entry<String, List<Double>> e : results.entrySet()) {
                StringBuilder b = new StringBuilder(RESULT).append(key).append(e.getKey()).append('\t');
                for (Double v : e.getValue()) {
                    b.append(String.format(Locale.ROOT, "%.1f,", v));
                }
                System.out.println(b);
            }
            Map<String, List<Double>> byKey = new LinkedHashMap<>();
            results.forEach((k, v) -> byKey.put(key + k, v));
            System.out.println(table(byKey, String.join(" ", ManagementFactory.getRuntimeMXBean()
                    .getInputArguments())));
        }

        /** Waits until the background queue has been empty for {@code quietMs}. */
        private void idle(long quietMs) throws Exception {
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            long quietSince = -1;
            while (System.currentTimeMillis() < deadline) {
                boolean busy = fx(() -> work.busyProperty().get());
                long now = System.currentTimeMillis();
                if (busy) {
                    quietSince = -1;
                } else if (quietSince < 0) {
                    quietSince = now;
                } else if (now - quietSince >= quietMs) {
                    return;
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("background work still running after " + TIMEOUT_MS + " ms");
        }

        private void waitUntil(BooleanSupplier condition, String what) throws Exception {
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (System.currentTimeMillis() < deadline) {
                if (fx(condition::getAsBoolean)) {
                    return;
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("timed out waiting for " + what);
        }

        private static <T> T fx(Callable<T> call) throws Exception {
            if (Platform.isFxApplicationThread()) {
                return call.call();
            }
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(call.call());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
            return result.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        }

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
}
