package org.reelwright.ui.disclosure;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.reelwright.report.DisclosureProfile;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.Messages;

/**
 * The statement for the festival or law the user picks, written from the register, to read, copy into a submission
 * form, or export with the whole pack.
 */
final class StatementPane {
    private final DisclosureViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final Label copied = new Label();
    private Runnable onExport = () -> { };

    StatementPane(DisclosureViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    Node root() {
        return root;
    }

    /** What "Export the pack…" does (the window's File → Export Disclosure Pack…). */
    void setOnExport(Runnable action) {
        this.onExport = action;
    }

    private void build() {
        root.getStyleClass().add("disclosure-tab-body");
        Label shapedFor = new Label(messages.get("disclosure.statement.profile"));
        ComboBox<DisclosureProfile> profiles = new ComboBox<>();
        profiles.setId("disclosure-profile");
        profiles.getItems().setAll(model.profiles());
        profiles.setCellFactory(list -> new ProfileCell());
        profiles.setButtonCell(new ProfileCell());
        profiles.valueProperty().bindBidirectional(model.profileProperty());
        Button copy = new Button(messages.get("disclosure.statement.copy"), new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("disclosure-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.statementProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(messages.get("disclosure.statement.copied"));
        });
        Button export = new Button(messages.get("disclosure.statement.export"),
                new FontIcon(MaterialDesignF.FILE_PDF_BOX));
        export.setId("disclosure-export");
        export.setOnAction(e -> onExport.run());
        copied.setId("disclosure-copied");
        copied.getStyleClass().add("field-hint");
        model.statementProperty().addListener((obs, old, now) -> copied.setText(""));
        TextArea text = new TextArea();
        text.setId("disclosure-statement");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(model.statementProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        root.getChildren().addAll(Fit.row("disclosure-actions", Fit.group(shapedFor, profiles), copy, export,
                copied), text);
    }

    private final class ProfileCell extends ListCell<DisclosureProfile> {
        @Override
        protected void updateItem(DisclosureProfile profile, boolean empty) {
            super.updateItem(profile, empty);
            setText(empty || profile == null ? null : model.profileName(profile));
        }
    }
}
