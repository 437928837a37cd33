package org.reelwright.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The line where a panel says why it could not do its work; it takes no room while there is nothing to say. */
public final class ErrorLabel {
    private ErrorLabel() {
    }

    public static Label showing(ObservableStringValue message) {
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
