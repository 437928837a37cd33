package org.reelwright.ui.disclosure;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.Messages;

/**
 * The disclosure panel: a title with the register's counts, and tabs for the register of AI uses, the consents of
 * the people AI shows or voices, what is missing (each gap linked to its shot or stage, a missing consent one click
 * from being recorded), and the statement for a festival or a law.
 */
public final class DisclosureView {
    private final DisclosureViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TabPane tabs = new TabPane();
    private final MissingPane missing;
    private final ConsentsPane consents;
    private final StatementPane statement;
    private final Tab consentsTab;

    /** @param errors where a value the domain refuses in the register's cells is said */
    public DisclosureView(DisclosureViewModel model, Messages messages, Consumer<String> errors) {
        this.model = model;
        this.messages = messages;
        this.missing = new MissingPane(model, messages);
        this.consents = new ConsentsPane(model, messages);
        this.statement = new StatementPane(model, messages);
        RegisterPane register = new RegisterPane(model, messages, errors);
        root.setId("disclosure-view");
        root.getStyleClass().add("disclosure-view");
        tabs.setId("disclosure-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab missingTab = tab("disclosure-tab-missing", "", missing.root());
        missingTab.textProperty().bind(model.missingSummaryProperty());
        consentsTab = tab("disclosure-tab-consents", messages.get("disclosure.tab.consents"), consents.root());
        tabs.getTabs().addAll(missingTab, tab("disclosure-tab-register", messages.get("disclosure.tab.register"),
                register.root()), consentsTab, tab("disclosure-tab-statement",
                messages.get("disclosure.tab.statement"), statement.root()));
        Tab registerTab = tabs.getTabs().get(1);
        missing.setOnShowInRegister(row -> {
            tabs.getSelectionModel().select(registerTab);
            register.select(model.registerRowFor(row), "register-commercialUse");
        });
        missing.setOnRecordConsent(row -> {
            tabs.getSelectionModel().select(consentsTab);
            consents.startNew(model.draftFor(row));
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(toolbar(), ErrorLabel.showing(model.errorProperty()), tabs);
    }

    public Node root() {
        return root;
    }

    /** Where a gap's link goes: the window shows the shot or stage with this id. */
    public void setOnShowSubject(Consumer<String> action) {
        missing.setOnShowSubject(action);
    }

    /** What the statement tab's "Export the pack…" does: File → Export Disclosure Pack…. */
    public void setOnExportPack(Runnable action) {
        statement.setOnExport(action);
    }

    private Node toolbar() {
        Label title = new Label(messages.get("disclosure.title"));
        title.getStyleClass().add("disclosure-title");
        Label summary = new Label();
        summary.setId("disclosure-summary");
        summary.getStyleClass().add("disclosure-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = Fit.wrapping(new Label(messages.get("disclosure.hint")));
        hint.getStyleClass().add("disclosure-hint");
        VBox box = new VBox(Fit.row("disclosure-toolbar", title, summary), hint);
        box.getStyleClass().add("disclosure-header");
        return box;
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }
}
