package org.reelwright.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs shown with JavaFX's native file choosers and alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private File lastFolder;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String... extensions) {
        FileChooser chooser = chooser(title, filterName, extensions);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
            String... extensions) {
        FileChooser chooser = chooser(title, filterName, extensions);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    private FileChooser chooser(String title, String filterName, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName,
                Arrays.stream(extensions).map(e -> "*." + e).toList()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}
