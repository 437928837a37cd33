package org.reelwright.ui.schedule;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.StageId;
import org.reelwright.ui.common.Messages;

/** Lists the stage links and lets the user add one (stage, the stage it waits for, lag) or remove the selected. */
final class DependenciesPane {
    private final VBox root = new VBox();

    DependenciesPane(DependenciesViewModel model, Messages messages) {
        root.getStyleClass().add("dependencies-pane");
        root.setId("dependencies-pane");
        ListView<StageDependency> list = new ListView<>(model.links());
        list.setId("dependency-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StageDependency link, boolean empty) {
                super.updateItem(link, empty);
                setText(empty || link == null ? null : messages.get(link.lagDays() == 0 ? "dependencies.link"
                        : "dependencies.linkWithLag", messages.name(link.after()), messages.name(link.before()),
                        link.lagDays()));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button remove = new Button(messages.get("dependencies.remove"));
        remove.setId("dependency-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));

        ComboBox<StageId> after = stageChoice(messages, "dependency-after");
        ComboBox<StageId> before = stageChoice(messages, "dependency-before");
        Spinner<Integer> lag = new Spinner<>(0, 365, 0);
        lag.setEditable(true);
        lag.setPrefWidth(80);
        lag.setMinWidth(80);
        lag.setId("dependency-lag");
        Label error = new Label();
        error.setId("dependency-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        Button add = new Button(messages.get("dependencies.add"));
        add.setId("dependency-add");
        add.disableProperty().bind(after.valueProperty().isNull().or(before.valueProperty().isNull()));
        add.setOnAction(e -> error.setText(model.add(before.getValue(), after.getValue(), lag.getValue())
                .orElse("")));
        Label waitsFor = new Label(messages.get("dependencies.waitsFor"));
        Label lagLabel = new Label(messages.get("dependencies.lag"));
        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {waitsFor, lagLabel, add}) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox form = new HBox(8, after, waitsFor, before, lagLabel, lag, add);
        form.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("dependencies.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("empty-hint");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setSpacing(8);
        root.getChildren().addAll(hint, list, remove, form, error);
        root.setPrefSize(760, 480);
    }

    Node root() {
        return root;
    }

    private static ComboBox<StageId> stageChoice(Messages messages, String id) {
        ComboBox<StageId> box = new ComboBox<>();
        box.getItems().setAll(StageId.values());
        box.setId(id);
        box.setCellFactory(v -> new StageCell(messages));
        box.setButtonCell(new StageCell(messages));
        box.setPrefWidth(170);
        box.setMinWidth(150);
        return box;
    }

    private static final class StageCell extends ListCell<StageId> {
        private final Messages messages;

        StageCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(StageId item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.name(item));
        }
    }
}
