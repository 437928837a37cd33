package org.reelwright.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/**
 * A yes-or-no cell: a check box bound to the column's value for the row, committing as it is clicked, like JavaFX's
 * {@code CheckBoxTableCell}. Unlike it, the check box stays the cell's graphic for the cell's whole life (hidden in an
 * empty row): {@code CheckBoxTableCell} takes it out and puts it back on every update, and each time JavaFX styles
 * the check box anew. That was a third of the FX thread's work when the shot table showed an edit (issue 14).
 */
public final class CheckCell<R> extends TableCell<R, Boolean> {
    private final CheckBox box = new CheckBox();
    private ObservableValue<Boolean> bound;

    public CheckCell() {
        getStyleClass().add("check-box-table-cell");
        setAlignment(Pos.CENTER);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        box.setVisible(false);
        setGraphic(box);
    }

    /** The cell factory of a yes-or-no column. */
    public static <R> Callback<TableColumn<R, Boolean>, TableCell<R, Boolean>> factory() {
        return column -> new CheckCell<>();
    }

    @Override
    protected void updateItem(Boolean item, boolean empty) {
        super.updateItem(item, empty);
        unbind();
        ObservableValue<Boolean> value = empty || getTableColumn() == null ? null
                : getTableColumn().getCellObservableValue(getIndex());
        if (value == null) {
            box.setVisible(false);
            return;
        }
        if (value instanceof BooleanProperty property) {
            box.selectedProperty().bindBidirectional(property);
        } else {
            box.selectedProperty().bind(value);
        }
        bound = value;
        box.setDisable(!(isEditable() && getTableView() != null && getTableView().isEditable()
                && getTableColumn().isEditable()));
        box.setVisible(true);
    }

    private void unbind() {
        if (bound instanceof BooleanProperty property) {
            box.selectedProperty().unbindBidirectional(property);
        } else if (bound != null) {
            box.selectedProperty().unbind();
        }
        bound = null;
    }
}
