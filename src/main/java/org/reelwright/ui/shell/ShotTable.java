package org.reelwright.ui.shell;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.VfxLevel;
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

    private final Messages messages;
    private final Consumer<Edit> edits;
    private final Consumer<String> errors;

    /**
     * @param edits where edited shots go (recorded for undo by the shell)
     * @param errors where a value that cannot be read goes (e.g. letters typed as a duration)
     */
    ShotTable(Messages messages, Consumer<Edit> edits, Consumer<String> errors) {
        this.messages = messages;
        this.edits = edits;
        this.errors = errors;
        setId("shot-table");
        setEditable(true);
        getStyleClass().add("shot-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(messages.get("table.noShots"));
        placeholder.getStyleClass().add("empty-hint");
        setPlaceholder(placeholder);
        getColumns().add(column(messages.get("column.shot"), Shot::number, 60));
        getColumns().add(column(messages.get("column.size"), s -> messages.name(s.size()), 125));
        getColumns().add(column(messages.get("column.movement"), s -> messages.name(s.movement()), 115));
        getColumns().add(durationColumn());
        getColumns().add(choiceColumn(messages.get("column.vfx"), VfxLevel.values(), Shot::vfx, Shot::withVfx, 95));
        getColumns().add(choiceColumn(messages.get("column.method"), ProductionMethod.values(), Shot::method,
                Shot::withMethod, 160));
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

    /** A column edited by picking one of an enum's values, shown by their display names. */
    private <E extends Enum<E> & CodedEnum> TableColumn<Shot, E> choiceColumn(String title, E[] values,
            Function<Shot, E> get, BiFunction<Shot, E, Shot> set, double width) {
        TableColumn<Shot, E> column = new TableColumn<>(title);
        column.setId("column-" + values[0].getDeclaringClass().getSimpleName());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(get.apply(cell.getValue())));
        StringConverter<E> names = new StringConverter<>() {
            @Override
            public String toString(E value) {
                return messages.name(value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("chosen from a list, never typed");
            }
        };
        column.setCellFactory(ComboBoxTableCell.forTableColumn(names, values));
        column.setOnEditCommit(e -> {
            if (e.getNewValue() != null && e.getNewValue() != e.getOldValue()) {
                edits.accept(Edits.changeShot(set.apply(e.getRowValue(), e.getNewValue()), title));
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Seconds, typed; anything that is not a number between 0.1 and 600 is refused with the domain's message. */
    private TableColumn<Shot, Double> durationColumn() {
        String title = messages.get("column.duration");
        TableColumn<Shot, Double> column = new TableColumn<>(title);
        column.setId("column-duration");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().durationSeconds()));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Double seconds) {
                return seconds == null ? "" : messages.get("format.seconds", seconds);
            }

            @Override
            public Double fromString(String text) {
                String digits = text == null ? "" : text.replace(messages.get("format.secondsUnit"), "").strip()
                        .replace(',', '.');
                try {
                    return Double.valueOf(digits);
                } catch (NumberFormatException e) {
                    return Double.NaN; // the domain refuses NaN with a message naming the shot
                }
            }
        }));
        column.setOnEditCommit(e -> {
            Double seconds = e.getNewValue();
            if (seconds == null || seconds.equals(e.getOldValue())) {
                return;
            }
            try {
                edits.accept(Edits.changeShot(e.getRowValue().withDurationSeconds(seconds), title));
            } catch (InvalidInputException invalid) {
                errors.accept(invalid.getMessage());
                refresh();
            }
        });
        column.setPrefWidth(90);
        column.setMinWidth(90);
        column.setSortable(false);
        return column;
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
