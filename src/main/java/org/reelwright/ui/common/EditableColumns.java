package org.reelwright.ui.common;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;

/**
 * Columns of a table of records edited in place: each commit hands the row and the new value to the view model,
 * which makes the edit (and says what was wrong when it refuses it); the cell shows the production's value again
 * either way. What the cast, crew and similar lists share instead of each building its own columns.
 *
 * @param <R> the row type (a domain record)
 */
public final class EditableColumns<R> {
    private final TableView<R> table;

    public EditableColumns(TableView<R> table) {
        this.table = table;
        table.setEditable(true);
    }

    /** A column that is read, not typed in (an id). */
    public TableColumn<R, String> readOnly(String id, String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = column(id, title, width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setEditable(false);
        return column;
    }

    /** Typed text; {@code commit} gets the row and what was typed. */
    public TableColumn<R, String> text(String id, String title, Function<R, String> value,
            BiConsumer<R, String> commit, double width) {
        TableColumn<R, String> column = column(id, title, width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        column.setOnEditCommit(e -> {
            if (e.getNewValue() != null && !e.getNewValue().equals(e.getOldValue())) {
                commit.accept(e.getRowValue(), e.getNewValue());
            }
            table.refresh(); // a refused value goes back to the production's
        });
        return column;
    }

    /** One of {@code values}, shown by {@code names}. */
    public <V> TableColumn<R, V> choice(String id, String title, Function<R, V> value, BiConsumer<R, V> commit,
            Function<V, String> names, double width, V[] values) {
        TableColumn<R, V> column = column(id, title, width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(V v) {
                return names.apply(v);
            }

            @Override
            public V fromString(String text) {
                throw new UnsupportedOperationException("chosen from a list, never typed");
            }
        }, values));
        column.setOnEditCommit(e -> {
            if (e.getNewValue() != null && !e.getNewValue().equals(e.getOldValue())) {
                commit.accept(e.getRowValue(), e.getNewValue());
            }
            table.refresh();
        });
        return column;
    }

    /** Yes or no, as a check box that commits when clicked. */
    public TableColumn<R, Boolean> check(String id, String title, Function<R, Boolean> value,
            BiConsumer<R, Boolean> commit, double width) {
        TableColumn<R, Boolean> column = column(id, title, width);
        column.setCellValueFactory(cell -> {
            R row = cell.getValue();
            SimpleBooleanProperty shown = new SimpleBooleanProperty(value.apply(row));
            shown.addListener((obs, old, now) -> {
                if (!now.equals(value.apply(row))) {
                    commit.accept(row, now);
                }
            });
            return shown;
        });
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        return column;
    }

    private <V> TableColumn<R, V> column(String id, String title, double width) {
        TableColumn<R, V> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.setSortable(false);
        return column;
    }
}
