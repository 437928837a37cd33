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
 * The disclosure panel: a title with what is still missing, and tabs for the register of AI uses, the consents of
 * the people AI touches, what is missing (each gap linked to its shot or stage), and the statement for a festival or
 * a law.
 */
public final class DisclosureView {
    private final DisclosureViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TabPane tabs = new TabPane();
    private final MissingPane missing;
    private final Tab missingTab;

    public DisclosureView(DisclosureViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.missing = new MissingPane(model, messages);
        root.setId("disclosure-view");
        root.getStyleClass().add("disclosure-view");
        tabs.setId("disclosure-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        missingTab = tab("disclosure-tab-missing", "", missing.root());
        missingTab.textProperty().bind(model.missingSummaryProperty());
        tabs.getTabs().add(missingTab);
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

    private Node toolbar() {
        Label title = new Label(messages.get("disclosure.title"));
        title.getStyleClass().add("disclosure-title");
        Label hint = new Label(messages.get("disclosure.hint"));
        hint.getStyleClass().add("disclosure-hint");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        return Fit.row("disclosure-toolbar", title, hint);
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }
}
