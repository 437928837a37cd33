package org.reelwright.ui.shell;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.ui.common.Messages;

/** The shots of one scene, one row each, with the attributes the estimator reads. */
final class ShotTable extends TableView<Shot> {

    ShotTable(Messages messages) {
        setId("shot-table");
        getStyleClass().add("shot-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(messages.get("table.noShots"));
        placeholder.getStyleClass().add("empty-hint");
        setPlaceholder(placeholder);
        getColumns().add(column(messages.get("column.shot"), Shot::number, 60));
        getColumns().add(column(messages.get("column.size"), s -> messages.name(s.size()), 125));
        getColumns().add(column(messages.get("column.movement"), s -> messages.name(s.movement()), 115));
        getColumns().add(column(messages.get("column.duration"),
                s -> messages.get("format.seconds", s.durationSeconds()), 85));
        getColumns().add(column(messages.get("column.vfx"), s -> messages.name(s.vfx()), 80));
        getColumns().add(column(messages.get("column.method"), s -> messages.name(s.method()), 140));
        getColumns().add(column(messages.get("column.faces"),
                s -> messages.get(s.realisticFaces() ? "value.yes" : "value.no"), 65));
        TableColumn<Shot, String> description = column(messages.get("column.description"), Shot::description, 320);
        description.setMinWidth(160);
        getColumns().add(description);
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Shot shot, boolean empty) {
                super.updateItem(shot, empty);
                getStyleClass().remove("ai-shot");
                if (!empty && shot != null && shot.isAiGenerated()) {
                    getStyleClass().add("ai-shot");
                }
            }
        });
    }

    void show(Scene scene) {
        setItems(scene == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(scene.shots()));
    }

    void select(Shot shot) {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i).id().equals(shot.id())) {
                getSelectionModel().clearAndSelect(i);
                scrollTo(i);
                return;
            }
        }
    }

    private static TableColumn<Shot, String> column(String title, Function<Shot, String> value, double width) {
        TableColumn<Shot, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width); // the last column (description) takes what is left
        column.setSortable(false);
        return column;
    }
}
