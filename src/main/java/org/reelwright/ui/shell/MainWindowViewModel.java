package org.reelwright.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.reelwright.app.Edit;
import org.reelwright.app.EditHistory;
import java.util.Optional;
import org.reelwright.app.Autosaver;
import org.reelwright.app.Edits;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Workspace;
import org.reelwright.domain.ProductionId;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.LocalizedMessage;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/**
 * State and commands of the main window, without controls: the open production, the file it came from, its edit
 * history (undo and redo), the window title and the status line. File work runs through {@link BackgroundWork}; failures are
 * reported through the error handler as messages the user can act on, and never replace what is open.
 */
public final class MainWindowViewModel {
    private final ProductionDocuments documents;
    private final ScriptImports imports;
    private final BackgroundWork work;
    /** The window's words; replaced when the user picks another language ({@link #useMessages}). */
    private Messages messages;
    private final ReadOnlyObjectWrapper<Locale> locale = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Production> production = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringBinding title;
    private final StringBinding summary;
    private final EditHistory history = new EditHistory();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private Consumer<String> errorHandler = message -> { };
    private Autosaver autosaver;
    private boolean saveFailureShown;

    public MainWindowViewModel(ProductionDocuments documents, ScriptImports imports, BackgroundWork work,
            Messages messages) {
        this.documents = documents;
        this.imports = imports;
        this.work = work;
        this.messages = messages;
        this.locale.set(messages.locale());
        title = Bindings.createStringBinding(() -> production.get() == null ? this.messages.get("app.name")
                : this.messages.get("window.title", production.get().title()), production, locale);
        summary = Bindings.createStringBinding(() -> summaryOf(production.get()), production, locale);
        refreshHistoryLabels();
    }

    /**
     * Speaks another language from now on: the title, the status summary and the undo and redo labels are
     * rewritten at once; the production, its edit history and the workspace are untouched.
     */
    public void useMessages(Messages words) {
        this.messages = words;
        refreshHistoryLabels();
        locale.set(words.locale());
        status.set(words.get("status.languageChanged"));
    }

    /** The language the window speaks now. */
    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale.getReadOnlyProperty();
    }

    /**
     * Keeps every production in the workspace from now on: shown ones are adopted (stored as new ones) and every
     * edit is written as it happens.
     */
    public void useWorkspace(Workspace workspace) {
        this.autosaver = new Autosaver(workspace);
    }

    public Optional<Workspace> workspace() {
        return Optional.ofNullable(autosaver).map(Autosaver::workspace);
    }

    /**
     * Opens what the workspace was showing when the app last stopped (after a crash too), or on first start stores
     * the sample and opens it.
     */
    public void startFromWorkspace() {
        Workspace workspace = autosaver.workspace();
        work.run(messages.get("work.openingWorkspace"), () -> startingProduction(workspace), this::showStarted,
                this::failed);
    }

    /**
     * What {@link #startFromWorkspace()} shows, read on the calling thread (never the FX thread): lets the start-up
     * read it while the window is still being built, then hand it to {@link #showStarted}.
     */
    public Production startingProduction(Workspace workspace) throws Exception {
        return workspace.startProduction(() -> {
            try {
                // A first start in Chinese opens the Chinese sample: the user's language from the first screen.
                return documents.openSample("zh".equals(messages.locale().getLanguage())
                        ? ProductionDocuments.Sample.ZH_SHORT : ProductionDocuments.Sample.SCIFI_SHORT);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, messages.get("version.firstStart"));
    }

    /** Shows the production {@link #startingProduction} read; the workspace is in use ({@link #useWorkspace}). */
    public void showStarted(Production p) {
        autosaver.reset(p);
        showStored(p);
        status.set(messages.get("status.workspaceOpened", p.title()));
    }

    /** Says why the production to start with could not be read (as any failed file action). */
    public void startFailed(Exception e) {
        failed(e);
    }

    /** Opens a production kept in the workspace. */
    public void openFromWorkspace(ProductionId id) {
        Workspace workspace = autosaver.workspace();
        Autosaver saver = autosaver;
        work.run(messages.get("work.opening", ""), () -> {
            Production p = workspace.open(id);
            saver.reset(p);
            return p;
        }, p -> {
            showStored(p);
            status.set(messages.get("status.workspaceOpened", p.title()));
        }, this::failed);
    }

    /** Replaces the open production with one the workspace holds (no undo across productions). */
    private void showStored(Production p) {
        history.clear();
        refreshHistoryLabels();
        production.set(p);
        file.set(null);
    }

    /** Shows a message the user must see (a value refused by the domain, a failed file action). */
    /** Says in the status bar what a window action (a call sheet saved, say) has done. */
    public void announce(String message) {
        status.set(message);
    }

    public void showError(String message) {
        errorHandler.accept(message);
    }

    /** Where failures go (the view shows them in a dialog). */
    public void setErrorHandler(Consumer<String> handler) {
        this.errorHandler = handler;
    }

    public ReadOnlyObjectProperty<Production> productionProperty() {
        return production.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** Counts of the open production: scenes, shots, pages, runtime. */
    public StringBinding summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void newProduction() {
        show(documents.newProduction(messages.get("production.untitled")), null);
        status.set(messages.get("status.new"));
    }

    public void openSample() {
        work.run(messages.get("work.opening", messages.get("sample.name")), documents::openSample, p -> {
            show(p, null);
            status.set(messages.get("status.sampleOpened"));
        }, this::failed);
    }

    /**
     * Opens one of the bundled samples, e.g. the Chinese or the no-budget one from Home or the File menu. Not an
     * overload of {@link #openSample()}: that would make {@code model::openSample} ambiguous where it is passed as a
     * Runnable.
     */
    public void openBundledSample(ProductionDocuments.Sample sample) {
        String name = switch (sample) {
            case SCIFI_SHORT -> "sample.name";
            case ZH_SHORT -> "sample.zhName";
            case NO_BUDGET_SHORT -> "sample.noBudgetName";
        };
        String opened = switch (sample) {
            case SCIFI_SHORT -> "status.sampleOpened";
            case ZH_SHORT -> "status.zhSampleOpened";
            case NO_BUDGET_SHORT -> "status.noBudgetSampleOpened";
        };
        work.run(messages.get("work.opening", messages.get(name)), () -> documents.openSample(sample), p -> {
            show(p, null);
            status.set(messages.get(opened));
        }, this::failed);
    }

    public void open(Path path) {
        work.run(messages.get("work.opening", path.getFileName()), () -> documents.open(path), p -> {
            show(p, path);
            status.set(messages.get("status.opened", path));
        }, this::failed);
    }

    /**
     * Applies an edit to the open production (from any panel), records it for undo, and keeps the selected scene.
     * An edit the domain refuses changes nothing and its message is shown.
     */
    public void apply(Edit edit) {
        Production before = production.get();
        if (before == null) {
            return;
        }
        try {
            history.apply(before, edit).ifPresent(entry -> {
                if (edit.bigChange()) {
                    keepVersionBefore(entry.before(), label(edit));
                }
                // said before the write, which says "saved" when it lands (it used to be overwritten by this)
                status.set(messages.get("status.changed"));
                replace(entry.after());
            });
        } catch (InvalidInputException e) {
            errorHandler.accept(e.message(messages.locale()));
        }
        refreshHistoryLabels();
    }

    public void undo() {
        history.undo().ifPresent(entry -> {
            replace(entry.before());
            status.set(messages.get("status.undone", label(entry.edit())));
        });
        refreshHistoryLabels();
    }

    public void redo() {
        history.redo().ifPresent(entry -> {
            replace(entry.after());
            status.set(messages.get("status.redone", label(entry.edit())));
        });
        refreshHistoryLabels();
    }

    /** "Undo Set subtitles to AI", or plain "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** An edit's label in the user's words: enum arguments by their display names. */
    public String label(Edit edit) {
        Object[] args = edit.labelArgs().stream().map(a -> a instanceof Enum<?> e && a instanceof CodedEnum
                ? messages.get(e.getDeclaringClass().getSimpleName() + "." + ((CodedEnum) a).id()) : a).toArray();
        return messages.get(edit.labelKey(), args);
    }

    /** Keeps a version from just before a big change (see {@link Edit#bigChange()}). */
    private void keepVersionBefore(Production before, String what) {
        if (autosaver == null) {
            return;
        }
        Workspace workspace = autosaver.workspace();
        String label = messages.get("version.before", what);
        work.run(messages.get("work.autosaving"), () -> workspace.version(before, label, true), v -> { },
                e -> { });
    }

    /** Opens a project file the user used before (from the welcome screen's list). */
    public void openRecent(Path file) {
        open(file);
    }

    private void replace(Production after) {
        production.set(after);
        autosave(after);
    }

    /** Writes the change to the workspace in the background; a failure is said once and retried with the next. */
    private void autosave(Production after) {
        if (autosaver == null) {
            return;
        }
        Autosaver saver = autosaver;
        String hourly = messages.get("version.hourly");
        work.run(messages.get("work.autosaving"), () -> saver.write(after, hourly), written -> {
            if (written && saveFailureShown) {
                saveFailureShown = false;
                status.set(messages.get("status.autosavedAgain"));
            } else if (written && messages.get("status.changed").equals(status.get())) {
                status.set(messages.get("status.changedSaved"));
            }
        }, e -> {
            status.set(messages.get("status.notSaved"));
            if (!saveFailureShown) {
                saveFailureShown = true;
                errorHandler.accept(messages.messageOf(e));
            }
        });
    }

    private void refreshHistoryLabels() {
        canUndo.set(history.nextUndo().isPresent());
        canRedo.set(history.nextRedo().isPresent());
        undoLabel.set(history.nextUndo().map(e -> messages.get("menu.edit.undoThis", label(e)))
                .orElse(messages.get("menu.edit.undo")));
        redoLabel.set(history.nextRedo().map(e -> messages.get("menu.edit.redoThis", label(e)))
                .orElse(messages.get("menu.edit.redo")));
    }

    /** Makes a new production from a Fountain or Final Draft screenplay, in the background, and shows it. */
    public void importScript(Path script) {
        work.run(messages.get("work.importing", script.getFileName()), () -> imports.importScript(script), imported -> {
            show(imported.production(), null, "version.imported");
            status.set(messages.get("status.imported", script.getFileName(), imported.production().scenes().size(),
                    imported.breakdown().estimatedPages()));
            if (!imported.warnings().isEmpty()) {
                errorHandler.accept(messages.get("import.warnings", String.join("\n", imported.warnings())));
            }
        }, this::failed);
    }

    /** Merges a shot list (CSV) into the open production as one undoable edit. */
    public void importShotList(Path csv) {
        Production current = production.get();
        if (current == null) {
            return;
        }
        work.run(messages.get("work.importing", csv.getFileName()), () -> imports.importShotList(current, csv),
                imported -> {
                    apply(Edits.replaceProduction(imported.production(), "edit.importShotList"));
                    status.set(messages.get("status.shotListImported", csv.getFileName(), imported.shotsAdded(),
                            imported.shotsUpdated()));
                    if (!imported.warnings().isEmpty()) {
                        errorHandler.accept(messages.get("import.warnings", String.join("\n", imported.warnings())));
                    }
                }, this::failed);
    }

    public void exportShotList(Path csv) {
        Production current = production.get();
        Path target = csv.getFileName().toString().contains(".") ? csv : csv.resolveSibling(csv.getFileName() + ".csv");
        work.run(messages.get("work.saving", target.getFileName()), () -> {
            imports.exportShotList(current, target);
            return target;
        }, saved -> status.set(messages.get("status.saved", saved)), this::failed);
    }

    /**
     * Writes the open production's AI disclosure pack as a PDF (in the background); a failure is said in the user's
     * language and touches no file.
     *
     * @param profile the id of the statement's profile
     */
    public void exportDisclosurePack(PlanExport export, String profile, Path pdf) {
        Production current = production.get();
        if (current == null) {
            return;
        }
        Path target = pdf.getFileName().toString().contains(".") ? pdf : pdf.resolveSibling(pdf.getFileName()
                + ".pdf");
        work.run(messages.get("work.saving", target.getFileName()), () -> {
            export.writeDisclosurePack(current, profile, target);
            return target;
        }, saved -> status.set(messages.get("status.disclosureExported", saved)), e -> {
            // The plan's export words its reasons in English; the user is told in their language what went wrong
            // and what to do, with the file named.
            String message = e instanceof PlanExport.TargetNotWritable
                    ? messages.get("disclosure.export.notWritable", target)
                    : e instanceof LocalizedMessage ? messages.messageOf(e)
                    : messages.get("disclosure.export.failed", e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage());
            status.set(messages.get("status.failed"));
            errorHandler.accept(message);
        });
    }

    /** Saves to the current file. @return false when there is none yet and the caller must ask for a path. */
    public boolean save() {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get());
        return true;
    }

    public void saveAs(Path path) {
        Path target = withExtension(path);
        Production snapshot = production.get();
        work.run(messages.get("work.saving", target.getFileName()), () -> {
            documents.save(snapshot, target);
            return target;
        }, saved -> {
            file.set(saved);
            status.set(messages.get("status.saved", saved));
        }, this::failed);
    }

    /** A file name to suggest in Save As: the title, made safe for file systems. */
    public String suggestedFileName() {
        String base = production.get() == null ? "production" : production.get().title()
                .replaceAll("[\\\\/:*?\"<>|]", "").strip().replaceAll("\\s+", "-").toLowerCase(Locale.ROOT);
        return (base.isEmpty() ? "production" : base) + "." + documents.fileExtension();
    }

    public String fileExtension() {
        return documents.fileExtension();
    }

    private Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + "." + documents.fileExtension());
    }

    private void show(Production p, Path from) {
        show(p, from, "version.opened");
    }

    /**
     * Shows a production that came from outside and, with a workspace, keeps it there as a new one (under its own
     * id, so it never collides with one already kept). Storing it runs on the same ordered background queue as the
     * autosaves, and resets the autosaver there, so an edit made meanwhile is written right after it.
     */
    private void show(Production outside, Path from, String versionKey) {
        history.clear();
        refreshHistoryLabels();
        Production p = autosaver == null ? outside : outside.withId(ProductionId.random());
        production.set(p);
        file.set(from);
        if (autosaver != null) {
            Autosaver saver = autosaver;
            String label = messages.get(versionKey, from == null ? p.title() : from.getFileName());
            work.run(messages.get("work.autosaving"), () -> {
                Production stored = saver.workspace().adopt(p, label);
                saver.reset(stored);
                if (from != null) {
                    saver.workspace().addRecentFile(from.toAbsolutePath().toString());
                }
                return stored;
            }, stored -> { }, this::failed);
        }
    }

    private void failed(Exception e) {
        // Checked exceptions from the app (file, screenplay, workspace) carry messages written for the user; file and
        // import errors and refused values tell theirs in the user's language.
        String message = e instanceof LocalizedMessage ? messages.messageOf(e)
                : !(e instanceof RuntimeException) && e.getMessage() != null ? e.getMessage()
                : messages.get("error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        status.set(messages.get("status.failed"));
        errorHandler.accept(message);
    }

    private String summaryOf(Production p) {
        if (p == null) {
            return "";
        }
        int eighths = p.scenes().stream().mapToInt(Scene::lengthEighths).sum();
        double seconds = p.scenes().stream().mapToDouble(Scene::shotSeconds).sum();
        long whole = Math.round(seconds);
        return messages.get("status.summary", p.scenes().size(), p.shotCount(),
                org.reelwright.domain.Eighths.format(eighths), String.format(Locale.ROOT, "%d:%02d", whole / 60,
                whole % 60), eighths / 8.0);
    }
}
