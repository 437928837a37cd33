package org.reelwright.ui.risks;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Severity;
import org.reelwright.ui.common.CellStates;
import org.reelwright.ui.common.DisclosureFlags;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.PillChoice;
import org.reelwright.ui.common.SeverityIcon;

/**
 * The risks panel: a severity filter with counts and a scenario switch, the flags in a sortable table (severity,
 * flag, subject, message, source), and the selected flag in full with what to do about it.
 */
public final class RisksView {
    /** A cell's colour by severity (pseudo-classes, so a reused cell is not re-matched: see CellStates). */
    private static final CellStates SEVERITY_STATES = CellStates.ofCodes("severity-", Severity.values());
    private final RisksViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TableView<FlagRow> table = new TableView<>();
    private final VBox details = new VBox();
    private Consumer<RiskFlag> onShowSubject;
    private Runnable onShowDisclosure;
    /** Set while the table's selection follows the model, so that change is not sent back. */
    private boolean syncing;

    public RisksView(RisksViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    public Node root() {
        return root;
    }

    /**
     * Offers a "Show in plan" button on the selected flag that hands it to {@code action} (the window then selects
     * the shot or stage named by {@link RiskFlag#subjectId()}); without it there is no such button.
     */
    public void setOnShowSubject(Consumer<RiskFlag> action) {
        this.onShowSubject = action;
        showDetails(model.selectedProperty().get());
    }

    /**
     * Offers, on a flag the disclosure panel closes (a missing or late consent, unclear rights), a button that
     * opens that panel; without it there is no such button.
     */
    public void setOnShowDisclosure(Runnable action) {
        this.onShowDisclosure = action;
        showDetails(model.selectedProperty().get());
    }

        /** The severity's icon, coloured by the stylesheet through the severity's style class. */
    static FontIcon icon(Severity severity) {
        return SeverityIcon.of(severity);
    }

    private void build() {
        root.getStyleClass().add("risks-view");
        root.setId("risks-view");
        Label error = ErrorLabel.showing(model.errorProperty());
        buildTable();
        ScrollPane detailPane = new ScrollPane(details);
        detailPane.setId("risk-details");
        detailPane.getStyleClass().add("risk-details");
        detailPane.setFitToWidth(true);
        detailPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        details.getStyleClass().add("risk-details-body");
        SplitPane split = new SplitPane(table, detailPane);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(detailPane, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        model.selectedProperty().addListener((obs, old, now) -> {
            showDetails(now);
            selectInTable();
        });
        // A new list or filter resets the table's selection; the model's choice is put back.
        model.flags().addListener((ListChangeListener<FlagRow>) change -> selectInTable());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.selectedProperty().set(now);
            }
        });
        showDetails(model.selectedProperty().get());
        selectInTable();
        root.getChildren().addAll(toolbar(), error, split);
    }

    /** Shows the model's selected flag as the table's selection, without sending it back. */
    private void selectInTable() {
        FlagRow now = model.selectedProperty().get();
        syncing = true;
        try {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        } finally {
            syncing = false;
        }
    }

    private Node toolbar() {
        Label title = new Label(messages.get("risks.title"));
        title.getStyleClass().add("risks-title");
        Label summary = new Label();
        summary.setId("risks-summary");
        summary.getStyleClass().add("risks-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Label show = new Label(messages.get("risks.show"));
        show.getStyleClass().add("toolbar-label");
        HBox filters = new HBox();
        filters.getStyleClass().add("severity-filters");
        Severity[] order = {Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO};
        for (Severity severity : order) {
            ToggleButton chip = new ToggleButton();
            chip.setId("risks-filter-" + severity.id());
            chip.getStyleClass().addAll("severity-chip", "severity-" + severity.id());
            chip.setGraphic(icon(severity));
            chip.textProperty().bind(Bindings.createStringBinding(() -> messages.get("risks.filter",
                    model.severityName(severity), model.countProperty(severity).get()),
                    model.countProperty(severity)));
            chip.selectedProperty().bindBidirectional(model.showingProperty(severity));
            chip.setTooltip(new Tooltip(messages.get("risks.filter.tip", model.severityName(severity))));
            filters.getChildren().add(Fit.whole(chip));
        }
        Label plan = new Label(messages.get("risks.scenario"));
        plan.getStyleClass().add("toolbar-label");
        // Wraps onto a second line on a laptop rather than cutting the chips to "Hig…" (issue 13)
        return Fit.row("risks-toolbar", Fit.group(title, summary), Fit.group(show, filters),
                Fit.group(plan, scenarioToggles()));
    }

    private HBox scenarioToggles() {
        return PillChoice.of(model.scenarios(), model::scenarioName, s -> "risks-scenario-" + s.id(),
                model.scenarioProperty());
    }

    private void buildTable() {
        table.setId("risks-table");
        table.getStyleClass().add("risks-table");
        SortedList<FlagRow> sorted = new SortedList<>(model.flags());
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> table.getComparator() == null
                ? FlagRow.MOST_SEVERE_FIRST : table.getComparator(), table.comparatorProperty()));
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FlagRow, Severity> severity = new TableColumn<>(messages.get("risks.column.severity"));
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell());
        severity.setMinWidth(100);
        severity.setPrefWidth(100);
        TableColumn<FlagRow, String> flag = text(messages.get("risks.column.flag"), FlagRow::title, 205);
        TableColumn<FlagRow, String> subject = text(messages.get("risks.column.subject"), FlagRow::subject, 150);
        TableColumn<FlagRow, String> message = text(messages.get("risks.column.message"), FlagRow::message, 215);
        TableColumn<FlagRow, String> source = text(messages.get("risks.column.source"), FlagRow::source, 140);
        table.getColumns().addAll(List.of(severity, flag, subject, message, source));
        Label empty = new Label(messages.get("risks.empty"));
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
    }

    private static TableColumn<FlagRow, String> text(String title, Function<FlagRow, String> value, double width) {
        TableColumn<FlagRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TextCell());
        column.setMinWidth(80);
        column.setPrefWidth(width);
        return column;
    }

    private void showDetails(FlagRow row) {
        details.getChildren().clear();
        if (row == null) {
            Label hint = new Label(messages.get("risks.details.prompt"));
            hint.getStyleClass().add("empty-hint");
            hint.setWrapText(true);
            details.getChildren().add(hint);
            return;
        }
        Label title = new Label(row.title(), icon(row.severity()));
        title.setId("risk-details-title");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        Label severity = new Label(row.severityName());
        severity.getStyleClass().addAll("severity-badge", "severity-" + row.severity().id());
        Label code = new Label(row.code());
        code.getStyleClass().add("risk-code");
        HBox badges = new HBox(severity, code);
        badges.getStyleClass().add("details-badges");
        badges.setAlignment(Pos.CENTER_LEFT);
        details.getChildren().addAll(title, badges);
        section(messages.get("risks.details.subject"), row.subject(), "risk-details-subject");
        if (row.subjectId() != null && !row.subjectId().isBlank()) {
            Label id = new Label(messages.get("risks.details.subjectId", row.subjectId()));
            id.setId("risk-details-subject-id");
            id.getStyleClass().add("risk-subject-id");
            id.setWrapText(true);
            details.getChildren().add(id);
        }
        if (onShowSubject != null) {
            Button go = new Button(messages.get("risks.details.show"));
            go.setId("risk-show-subject");
            go.setOnAction(e -> onShowSubject.accept(row.flag()));
            details.getChildren().add(go);
        }
        if (onShowDisclosure != null && DisclosureFlags.CODES.contains(row.flag().code())) {
            Button disclose = new Button(messages.get("risks.details.showDisclosure"));
            disclose.setId("risk-show-disclosure");
            disclose.setOnAction(e -> onShowDisclosure.run());
            details.getChildren().add(Fit.wrapping(disclose));
        }
        section(messages.get("risks.details.message"), row.message(), "risk-details-message");
        Label mitigationTitle = new Label(messages.get("risks.details.mitigation"),
                new FontIcon(MaterialDesignS.SHIELD_CHECK_OUTLINE));
        mitigationTitle.getStyleClass().addAll("details-heading", "mitigation-heading");
        Label mitigation = new Label(row.mitigation());
        mitigation.setId("risk-details-mitigation");
        mitigation.getStyleClass().add("risk-mitigation");
        mitigation.setWrapText(true);
        mitigation.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(mitigationTitle, mitigation);
        box.getStyleClass().add("mitigation-box");
        details.getChildren().add(box);
        section(messages.get("risks.details.source"), row.source(), "risk-details-source");
    }

    private void section(String heading, String text, String id) {
        Label title = new Label(heading);
        title.getStyleClass().add("details-heading");
        Label body = new Label(text == null || text.isBlank() ? messages.get("risks.details.none") : text);
        body.setId(id);
        body.getStyleClass().add("details-text");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        details.getChildren().addAll(title, body);
    }

    /** Icon and name of a severity, coloured by its state. */
    private final class SeverityCell extends TableCell<FlagRow, Severity> {
        @Override
        protected void updateItem(Severity severity, boolean empty) {
            super.updateItem(severity, empty);
            if (empty || severity == null) {
                SEVERITY_STATES.show(this, null);
                setText(null);
                setGraphic(null);
                return;
            }
            setText(model.severityName(severity));
            setGraphic(icon(severity));
            SEVERITY_STATES.show(this, "severity-" + severity.id());
        }
    }

    /** One line with an ellipsis; the whole text on hover (the details pane has it too). */
    private static final class TextCell extends TableCell<FlagRow, String> {
        TextCell() {
            setTextOverrun(OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            if (empty || text == null || text.isBlank()) {
                setTooltip(null);
            } else {
                Tooltip tip = new Tooltip(text);
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                setTooltip(tip);
            }
        }
    }
}
