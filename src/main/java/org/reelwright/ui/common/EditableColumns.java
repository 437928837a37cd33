package org.reelwright.ui.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.util.converter.DefaultStringConverter;
import org.reelwright.domain.InvalidInputException;

/**
 * Columns of a table whose cells the user edits in place — typed text, one of a few values, a date — each change
 * handed on once, as the user commits it (Enter, or a value picked), and only when it differs. A value the domain
 * refuses is said in the user's language and the cell shows the value it had.
 *
 * @param <R> the table's row type
 */
public final class EditableColumns<R> {
    private final TableView<R> table;
    private final Messages messages;
    private final Consumer<String> errors;

    /** @param errors where a refused value's message goes */
    public EditableColumns(TableView<R> table, Messages messages, Consumer<String> errors) {
        this.table = table;
        this.messages = messages;
        this.errors = errors;
        table.setEditable(true);
    }

    /** Text shown as it is, not editable. */
    public TableColumn<R, String> readOnly(String id, String title, Function<R, String> get, double width) {
        TableColumn<R, String> column = column(id, title, get, width);
        column.setEditable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /** Typed text; the whole of it on hover, since a cell shows one line. */
    public TableColumn<R, String> text(String id, String title, Function<R, String> get, BiConsumer<R, String> commit,
            double width) {
        TableColumn<R, String> column = column(id, title, get, width);
        column.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setTooltip(empty || text == null || text.isBlank() ? null : new Tooltip(text));
            }
        });
        column.setOnEditCommit(e -> changed(e, commit));
        return column;
    }

    /** One of {@code values}, shown by {@code name}. */
    public <T> TableColumn<R, T> choice(String id, String title, List<T> values, Function<T, String> name,
            Function<R, T> get, BiConsumer<R, T> commit, double width) {
        TableColumn<R, T> column = column(id, title, get, width);
        column.setCellFactory(ComboBoxTableCell.forTableColumn(ChoiceNames.of(values, name), javafx.collections.FXCollections
                .observableArrayList(values)));
        column.setOnEditCommit(e -> changed(e, commit));
        return column;
    }

    /** One of an enum's {@code values}, shown by {@code name}. */
    public <T> TableColumn<R, T> choice(String id, String title, T[] values, Function<T, String> name,
            Function<R, T> get, BiConsumer<R, T> commit, double width) {
        return choice(id, title, Arrays.asList(values), name, get, commit, width);
    }

    /** Yes or no, as a check box that commits when clicked. */
    public TableColumn<R, Boolean> check(String id, String title, Function<R, Boolean> get,
            BiConsumer<R, Boolean> commit, double width) {
        TableColumn<R, Boolean> column = column(id, title, get, width);
        column.setCellValueFactory(cell -> {
            R row = cell.getValue();
            SimpleBooleanProperty shown = new SimpleBooleanProperty(get.apply(row));
            shown.addListener((obs, old, now) -> {
                if (!now.equals(get.apply(row))) {
                    try {
                        commit.accept(row, now);
                    } catch (InvalidInputException invalid) {
                        errors.accept(invalid.message(messages.locale()));
                        table.refresh();
                    }
                }
            });
            return shown;
        });
        column.setCellFactory(CheckCell.factory());
        return column;
    }

    /** A date, typed in the language's pattern or picked from a calendar; an emptied cell means no date. */
    public TableColumn<R, LocalDate> date(String id, String title, DateText dates, Function<R, LocalDate> get,
            BiConsumer<R, LocalDate> commit, double width) {
        TableColumn<R, LocalDate> column = column(id, title, get, width);
        column.setCellFactory(c -> new DateCell<>(dates, refused -> errors.accept(messages.get("table.notADate",
                refused))));
        column.setOnEditCommit(e -> changed(e, commit));
        return column;
    }

    private <T> TableColumn<R, T> column(String id, String title, Function<R, T> get, double width) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(get.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.setSortable(false);
        return column;
    }

    private <T> void changed(TableColumn.CellEditEvent<R, T> e, BiConsumer<R, T> commit) {
        if (Objects.equals(e.getNewValue(), e.getOldValue())) {
            return;
        }
        try {
            commit.accept(e.getRowValue(), e.getNewValue());
        } catch (InvalidInputException invalid) {
            errors.accept(invalid.message(messages.locale()));
            table.refresh();
        }
    }

    /** A cell that shows a date as text and edits it in a date picker. */
    private static final class DateCell<R> extends TableCell<R, LocalDate> {
        private final DateText dates;
        private final Consumer<String> refuse;
        private DatePicker picker;

        DateCell(DateText dates, Consumer<String> refuse) {
            this.dates = dates;
            this.refuse = refuse;
        }

        @Override
        public void startEdit() {
            if (!isEditable() || !getTableView().isEditable() || !getTableColumn().isEditable()) {
                return;
            }
            super.startEdit();
            if (picker == null) {
                picker = dates.picker("date-cell-picker", refuse);
                picker.setOnAction(e -> {
                    if (isEditing()) {
                        commitEdit(picker.getValue());
                    }
                });
                picker.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        cancelEdit();
                    }
                });
            }
            picker.setValue(getItem());
            setText(null);
            setGraphic(picker);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            picker.requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            showDate(getItem());
        }

        @Override
        protected void updateItem(LocalDate date, boolean empty) {
            super.updateItem(date, empty);
            if (empty) {
                setText(null);
                setGraphic(null);
            } else if (isEditing() && picker != null) {
                picker.setValue(date);
                setGraphic(picker);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            } else {
                showDate(date);
            }
        }

        private void showDate(LocalDate date) {
            setGraphic(null);
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            setText(dates.format(date));
        }
    }
}
