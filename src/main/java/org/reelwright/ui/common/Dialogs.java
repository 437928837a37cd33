package org.reelwright.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs the views need, behind an interface so flows can be tested without a person at the keyboard. */
public interface Dialogs {

    Optional<Path> chooseFileToOpen(String title, String filterName, String... extensions);

    Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName, String... extensions);

    void showError(String title, String message);
}
