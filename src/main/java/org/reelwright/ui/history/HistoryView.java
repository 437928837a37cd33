package org.reelwright.ui.history;

import org.reelwright.app.Workspace;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reelwright.ui.common.Messages;

/** The version history: keep a named version, and restore or compare the selected one. */
public final class HistoryView {
    private final VBox root = new VBox(10);

    public HistoryView(HistoryViewModel model, Messages messages, Locale locale) {
        root.getStyleClass().add("history-view");
        root.setId("history-view");
        TextField name = new TextField();
        name.setId("history-name");
        name.setPromptText(messages.get("history.namePrompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setPrefColumnCount(30);
        Button keep = new Button(messages.get("history.keep"));
        keep.setId("history-keep");
        keep.setOnAction(e -> model.keepVersion());
        name.setOnAction(e -> model.keepVersion());
        HBox keepRow = new HBox(8, new Label(messages.get("history.keepLabel")), name, keep);
        keepRow.setAlignment(Pos.CENTER_LEFT);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault());
        TableView<Workspace.Version> table = new TableView<>(model.versions());
        table.setId("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("history.none")));
        table.getColumns().add(column(messages.get("history.when"), v -> when.format(v.taken()), 180));
        table.getColumns().add(column(messages.get("history.kind"), v -> messages.get(v.automatic()
                ? "history.automatic" : "history.named"), 110));
        table.getColumns().add(column(messages.get("history.label"), Workspace.Version::label, 260));
        table.getColumns().add(column(messages.get("history.what"), Workspace.Version::summary, 260));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button restore = new Button(messages.get("history.restore"));
        restore.setId("history-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> model.restore(table.getSelectionModel().getSelectedItem()));
        Button compare = new Button(messages.get("history.compare"));
        compare.setId("history-compare");
        compare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        compare.setOnAction(e -> model.compareWithToday(table.getSelectionModel().getSelectedItem()));
        Label result = new Label();
        result.setId("history-comparison");
        result.setWrapText(true);
        result.textProperty().bind(model.comparisonProperty());
        HBox actions = new HBox(8, restore, compare);
        Label hint = new Label(messages.get("history.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("empty-hint");
        root.getChildren().addAll(hint, keepRow, table, actions, result);
    }

    public Node root() {
        return root;
    }

    private static TableColumn<Workspace.Version, String> column(String title,
            Function<Workspace.Version, String> value, double width) {
        TableColumn<Workspace.Version, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
