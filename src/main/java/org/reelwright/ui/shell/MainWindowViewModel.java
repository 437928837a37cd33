package org.reelwright.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.store.ProjectFileException;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/**
 * State and commands of the main window, without controls: the open production, the file it came from, the
 * selected scene, the window title and the status line. File work runs through {@link BackgroundWork}; failures are
 * reported through the error handler as messages the user can act on, and never replace what is open.
 */
public final class MainWindowViewModel {
    private final ProductionDocuments documents;
    private final BackgroundWork work;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Production> production = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Scene> selectedScene = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringBinding title;
    private final StringBinding summary;
    private Consumer<String> errorHandler = message -> { };

    public MainWindowViewModel(ProductionDocuments documents, BackgroundWork work, Messages messages) {
        this.documents = documents;
        this.work = work;
        this.messages = messages;
        title = Bindings.createStringBinding(() -> production.get() == null ? messages.get("app.name")
                : messages.get("window.title", production.get().title()), production);
        summary = Bindings.createStringBinding(() -> summaryOf(production.get()), production);
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

    public ObjectProperty<Scene> selectedSceneProperty() {
        return selectedScene;
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

    public void open(Path path) {
        work.run(messages.get("work.opening", path.getFileName()), () -> documents.open(path), p -> {
            show(p, path);
            status.set(messages.get("status.opened", path));
        }, this::failed);
    }

    /**
     * Applies a change to the open production (from any panel), keeping the selected scene. Changes are kept in
     * memory until saved.
     */
    public void edit(java.util.function.UnaryOperator<Production> change) {
        Production before = production.get();
        if (before == null) {
            return;
        }
        Production after;
        try {
            after = change.apply(before);
        } catch (org.reelwright.domain.InvalidInputException e) {
            errorHandler.accept(e.getMessage());
            return;
        }
        if (after.equals(before)) {
            return;
        }
        Scene selected = selectedScene.get();
        production.set(after);
        if (selected != null) {
            selectedScene.set(after.scene(selected.id()).orElse(null));
        }
        status.set(messages.get("status.changed"));
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
        production.set(p);
        file.set(from);
        selectedScene.set(p.scenes().isEmpty() ? null : p.scenes().get(0));
    }

    private void failed(Exception e) {
        String message = e instanceof ProjectFileException ? e.getMessage()
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
        return messages.get("status.summary", p.scenes().size(), p.shotCount(), eighths / 8.0,
                String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60));
    }
}
