package org.reelwright.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.reelwright.app.Language;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.app.SingleInstance;
import org.reelwright.app.Workspace;
import org.reelwright.ui.common.FxBackgroundWork;
import org.reelwright.ui.common.FxDialogs;
import org.reelwright.ui.common.Messages;
import org.reelwright.domain.Production;
import org.reelwright.ui.theme.Theme;
import org.reelwright.ui.theme.UiFonts;

/**
 * Starts the JavaFX toolkit and shows the main window while start-up threads open the workspace and read the
 * production it was showing (the sample on first start). Started with
 * {@link Platform#startup} from a plain main class, so services can be handed in by constructor (no static
 * injector) and the jar runs with JavaFX on the class path.
 *
 * <p>The window speaks the system's language on first start and the one chosen in View → Language after that
 * (a workspace setting). A switch rebuilds the window's views in the new language around the same view model:
 * the open production, its undo history, the workspace and the selected panel and scene stay as they are.
 */
public final class ReelwrightUi {
    static final String LANGUAGE_SETTING = "ui.language";
    static final String THEME_SETTING = "ui.theme";
    /**
     * How long a built window waits for the production before it appears without it (a slow disk, a damaged
     * workspace being repaired, Flyway upgrading a large one). Usually the production is ready before the window.
     */
    static final long WAIT_FOR_PRODUCTION_MILLIS = 1_000;

    private static void closeQuietly(Workspace workspace) {
        try {
            workspace.close();
        } catch (Exception e) {
            // closing releases the lock; the data was written with each edit already
        }
    }

    private final Supplier<ProductionDocuments> documents;
    private final Function<Locale, Supplier<Planning>> planning;
    private final ScriptImports imports;
    private final Workspace.Opener workspace;
    private final Function<Locale, PlanExport> planExport;
    private final Locale system = Locale.getDefault();


    /**
     * @param documents opens and saves project files; made on a start-up thread while the toolkit starts (its
     *        JSON codec is a few hundred classes), so it may be slow
     * @param planning estimates in a language (explanations, flags and rates are worded in it)
     * @param workspace opens the user's workspace (on a start-up thread, while the window is being built)
     * @param planExport the printed plan in a language
     */
    public ReelwrightUi(Supplier<ProductionDocuments> documents, Function<Locale, Supplier<Planning>> planning,
            ScriptImports imports, Workspace.Opener workspace, Function<Locale, PlanExport> planExport) {
        this.planExport = planExport;
        this.documents = documents;
        this.planning = planning;
        this.imports = imports;
        this.workspace = workspace;
    }

    /**
     * Starts the toolkit and shows the window, and meanwhile, on start-up threads (docs/decisions/0010-start-up.md):
     * makes the project-file codec, opens the workspace (SQLite, and Flyway when the schema is behind) and reads the
     * production to show, so that the production is painted as soon as the window can take it; the estimates fill
     * in after, on the window's background thread. The window's font faces load beside the window being built.
     */
    public void launch(Optional<Path> projectFile, Path workspaceFolder) {
        StartupTrace.mark("launch");
        CompletableFuture<ProductionDocuments> codec = CompletableFuture.supplyAsync(documents, ReelwrightUi::onStartupThread);
        CompletableFuture<Workspace.Opened> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return workspace.open();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, ReelwrightUi::onStartupThread);
        Platform.startup(() -> {
            StartupTrace.mark("toolkit");
            UiFonts.loadInBackground();
            WindowIcons.decodeInBackground();
            // The window appears at once, in the theme the workspace remembers when it is open already (it usually
            // is by now), with the start-up shell in it; the views are built in the next turn of the FX thread, once
            // the shell's first frame is on its way to the screen (docs/decisions/0010-start-up.md).
            Theme theme = Theme.DARK.name().equals(rememberedTheme(opening)) ? Theme.DARK : Theme.LIGHT;
            theme.applyBase(); // waits for the font faces, if they are still loading
            StartupTrace.mark("theme");
            Stage stage = new Stage();
            Messages messages = new Messages(system);
            StartupShell.show(stage, messages.get("app.name"));
            if (StartupTrace.ON) {
                StartupTrace.whenPainted(stage.getScene(), "window");
            }
            afterNextLayout(stage.getScene(), () -> build(stage, messages, theme.name(), codec, opening,
                    projectFile, workspaceFolder));
        });
    }

    /** The theme setting, if the workspace is open already; empty otherwise (the light theme until it is). */
    private static String rememberedTheme(CompletableFuture<Workspace.Opened> opening) {
        Workspace.Opened opened = opening.isDone() && !opening.isCompletedExceptionally() ? opening.join() : null;
        if (opened == null) {
            return "";
        }
        try {
            return opened.workspace().setting(THEME_SETTING).orElse("");
        } catch (Exception e) {
            return ""; // read again with the production; the window starts light meanwhile
        }
    }

    /** Runs {@code then} on the FX thread after the scene's next layout pulse, while that frame is rendered. */
    private static void afterNextLayout(javafx.scene.Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Builds the window's views into the shown stage, and shows the production in them as soon as it is read: at
     * once when it is ready within a moment of the views being built (the usual case), otherwise the views appear
     * and the production follows. Never an empty window waiting for the workspace when there is no need to.
     */
    private void build(Stage stage, Messages messages, String shellTheme, CompletableFuture<ProductionDocuments> codec,
            CompletableFuture<Workspace.Opened> opening, Optional<Path> projectFile, Path workspaceFolder) {
        FxBackgroundWork work = new FxBackgroundWork();
        MainWindowViewModel model = new MainWindowViewModel(codec.join(), imports, work, messages);
        // The production to show, and the theme and language to show it in, are read as soon as the workspace is
        // open, while the window is being built.
        CompletableFuture<Start> starting = opening.thenApplyAsync(opened -> {
            try {
                Workspace ws = opened.workspace();
                return new Start(model.startingProduction(ws), ws.setting(THEME_SETTING).orElse(""),
                        ws.setting(LANGUAGE_SETTING).orElse(""));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, ReelwrightUi::onStartupThread);
        LocalizedWindow window = new LocalizedWindow(model, work, planning, planExport, system,
                (key, value) -> model.workspace().ifPresent(w -> work.run("", () -> {
                    w.putSetting(key, value);
                    return null;
                }, ok -> { }, e -> { })));
        FxDialogs dialogs = new FxDialogs(stage);
        StartupTrace.mark("built");
        if (StartupTrace.ON) {
            StartupTrace.follow(model.productionProperty(), stage);
        }
        opening.thenCompose(opened -> starting).handle((start, failure) -> null)
                .completeOnTimeout(null, WAIT_FOR_PRODUCTION_MILLIS, TimeUnit.MILLISECONDS)
                .thenRun(() -> Platform.runLater(() -> {
                    if (starting.isDone() && !starting.isCompletedExceptionally()) {
                        Workspace.Opened opened = opening.join();
                        Start start = starting.join();
                        useWorkspace(opened, model, window, stage, dialogs, messages);
                        if (!start.theme().equals(shellTheme)) {
                            LocalizedWindow.applyTheme(start.theme());
                        }
                        model.showStarted(start.production());
                        show(window, stage, dialogs);
                        Language.fromTag(start.language()).ifPresent(l -> window.switchTo(l, false));
                        showNotices(opened, dialogs, model.localeProperty().get());
                        takeFilesFromOutside(projectFile, workspaceFolder, model, stage);
                    } else {
                        show(window, stage, dialogs);
                        work.run(messages.get("work.openingWorkspace"), () -> await(opening), opened -> {
                            useWorkspace(opened, model, window, stage, dialogs, messages);
                            work.run(messages.get("work.openingWorkspace"), () -> await(starting), start -> {
                                LocalizedWindow.applyTheme(start.theme());
                                Language.fromTag(start.language()).ifPresent(l -> window.switchTo(l, false));
                                model.showStarted(start.production());
                                showNotices(opened, dialogs, model.localeProperty().get());
                                takeFilesFromOutside(projectFile, workspaceFolder, model, stage);
                            }, failure -> {
                                model.startFailed(failure);
                                showNotices(opened, dialogs, model.localeProperty().get());
                                takeFilesFromOutside(projectFile, workspaceFolder, model, stage);
                            });
                        }, e -> {
                            // No workspace (e.g. another Reelwright already uses it): say so, then stop rather
                            // than risk work.
                            dialogs.showError(messages.get("workspace.failedTitle"), messages.messageOf(e));
                            Platform.exit();
                        });
                    }
                }));
    }

    /**
     * Opens the project file the window was started with (a double-click, {@code reelwright FILE.json}), then takes
     * the files later starts on the same workspace hand over ({@link SingleInstance}): each is opened as File → Open
     * would (a file that cannot be opened is explained in a dialog, in the window's language, and the open production
     * stays), and the window comes to the front. Without the listener (no loopback socket) a later start gets the
     * workspace's "in use" message, as before.
     */
    private static void takeFilesFromOutside(Optional<Path> projectFile, Path workspaceFolder,
            MainWindowViewModel model, Stage stage) {
        projectFile.ifPresent(model::open);
        try {
            SingleInstance listening = SingleInstance.listen(workspaceFolder, handed -> Platform.runLater(() -> {
                handed.ifPresent(model::open);
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }));
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> listening.close());
        } catch (IOException e) {
            // a folder that cannot take the port file: one window per workspace is still kept by its lock
        }
    }

    /** What the window starts with, read from the workspace on a start-up thread. */
    private record Start(Production production, String theme, String language) {
    }

    private static void show(LocalizedWindow window, Stage stage, FxDialogs dialogs) {
        window.show(stage, dialogs);
        StartupTrace.mark("show");
    }

    private static void useWorkspace(Workspace.Opened opened, MainWindowViewModel model, LocalizedWindow window,
            Stage stage, FxDialogs dialogs, Messages messages) {
        StartupTrace.mark("workspace");
        model.useWorkspace(opened.workspace());
        window.window().rememberLayout(stage);
        stage.setOnHidden(e -> closeQuietly(opened.workspace()));
    }

    /** Said once the window speaks its remembered language, so a Chinese user reads a repair in Chinese. */
    private static void showNotices(Workspace.Opened opened, FxDialogs dialogs, Locale locale) {
        if (!opened.notices().isEmpty()) {
            dialogs.showError(new Messages(locale).get("workspace.noticeTitle"), String.join("\n\n",
                    opened.notices().stream().map(n -> n.message(locale)).toList()));
        }
    }

    /** A start-up task on a thread of its own, a daemon so that it never keeps the process alive. */
    private static void onStartupThread(Runnable task) {
        Thread thread = new Thread(task, "reelwright-startup");
        thread.setDaemon(true);
        thread.start();
    }

    /** The start-up task's result, or the exception it failed with (as the window's background work reports it). */
    private static <T> T await(CompletableFuture<T> task) throws Exception {
        try {
            return task.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof CompletionException inner ? inner.getCause() : e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /**
     * With {@code -Dreelwright.startupTrace=true}, one line on standard error once the production is painted: the
     * milliseconds each step of the start-up was reached, counted from {@code main}, and the wall-clock time (epoch
     * ms) the window and the production were first drawn on the screen. A launcher that knows when it started the command may
     * pass that time instead of {@code true} ({@code -Dreelwright.startupTrace=<epoch ms>}, as
     * tools/startup/measure.sh does); the steps are then counted from it. "Painted" is the first frame the toolkit
     * reports rendered after the window (or the production's panels) were laid out.
     */
    public static final class StartupTrace {
        private static final String SETTING = System.getProperty("reelwright.startupTrace", "");
        public static final boolean ON = !SETTING.isEmpty() && !SETTING.equals("false");
        private static final long STARTED = ON && !SETTING.equals("true") ? Long.parseLong(SETTING)
                : System.currentTimeMillis();
        private static final StringBuilder LINE = new StringBuilder();

        private StartupTrace() {
        }

        /** Notes that the start-up reached {@code step}, if tracing. */
        public static synchronized void mark(String step) {
            if (ON) {
                long now = System.currentTimeMillis();
                LINE.append(' ').append(step).append('=').append(now - STARTED);
                if (step.equals("window") || step.equals("painted")) {
                    LINE.append(' ').append(step).append("Epoch=").append(now);
                }
                if (LINE.indexOf("windowEpoch=") >= 0 && LINE.indexOf("paintedEpoch=") >= 0) {
                    System.err.println("reelwright-startup:" + LINE);
                }
            }
        }

        /** Marks when the production is first set, and when it is painted once the stage shows. */
        static void follow(javafx.beans.value.ObservableValue<Production> production, Stage stage) {
            production.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Production> obs, Production old, Production now) {
                    if (now != null) {
                        obs.removeListener(this);
                        mark("production");
                        whenShowing(stage, () -> whenPainted(stage.getScene(), "painted"));
                    }
                }
            });
        }

        private static void whenShowing(Stage stage, Runnable then) {
            if (stage.isShowing()) {
                then.run();
                return;
            }
            stage.showingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                    if (is) {
                        obs.removeListener(this);
                        then.run();
                    }
                }
            });
        }

        /**
         * Marks {@code step} when the next frame laid out from now has been drawn on the screen: the first frame
         * the toolkit reports rendered after the next layout pulse (through the scene's performance tracker, an
         * internal JavaFX class reachable while JavaFX is on the class path); without it, at the pulse after that
         * layout pulse, which can come before a slow renderer has finished.
         */
        static void whenPainted(javafx.scene.Scene scene, String step) {
            int[] seen = {0};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (++seen[0] == 1) {
                    if (!onNextFrame(scene, () -> mark(step))) {
                        Platform.requestNextPulse();
                        return;
                    }
                }
                scene.removePostLayoutPulseListener(listener[0]);
                if (seen[0] == 2) {
                    mark(step);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }

        private static boolean onNextFrame(javafx.scene.Scene scene, Runnable then) {
            try {
                com.sun.javafx.perf.PerformanceTracker tracker = com.sun.javafx.perf.PerformanceTracker
                        .getSceneTracker(scene);
                if (tracker == null) {
                    return false;
                }
                Runnable before = tracker.getOnRenderedFrameTask();
                tracker.setOnRenderedFrameTask(() -> {
                    tracker.setOnRenderedFrameTask(null);
                    then.run();
                    if (before != null) {
                        before.run(); // another mark waiting for the same frame
                    }
                });
                return true;
            } catch (LinkageError | RuntimeException e) {
                return false; // JavaFX on the module path: com.sun.javafx.perf is not exported
            }
        }
    }
}
