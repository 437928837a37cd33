package org.reelwright.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Columns shared by many grids that line up like one table: a header grid and one grid per row, each row free to
 * show more under it. Each column is as wide as the widest cell put in it in any of the grids, and at least as wide
 * as its title's longest word (titles wrap), so a column takes the room its content needs in the reader's language
 * and no more, and never cuts a cell. The widths follow the cells as they change; call {@link #fit()} before the
 * grids are laid out (from the enclosing pane's layout).
 */
public final class SharedColumns {
    private final ColumnConstraints[] columns;
    private final List<List<Node>> cells = new ArrayList<>();
    private final List<List<Labeled>> titles = new ArrayList<>();

    /** @param alignments each column's horizontal alignment; the number of columns */
    public SharedColumns(HPos... alignments) {
        columns = new ColumnConstraints[alignments.length];
        for (int i = 0; i < alignments.length; i++) {
            columns[i] = new ColumnConstraints(0, 0, 0);
            columns[i].setHalignment(alignments[i]);
            cells.add(new ArrayList<>());
            titles.add(new ArrayList<>());
        }
    }

    /** A grid with these columns, and a last one that takes what is left of the width. */
    public GridPane grid() {
        GridPane grid = new GridPane();
        grid.getColumnConstraints().addAll(columns);
        ColumnConstraints rest = new ColumnConstraints(0, 0, Double.MAX_VALUE);
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(rest);
        return grid;
    }

    /** Puts {@code cell} in {@code column} of {@code grid}'s first row; the column is at least as wide as it. */
    public void add(GridPane grid, Node cell, int column) {
        grid.add(cell, column, 0);
        cells.get(column).add(cell);
    }

    /**
     * Puts a column's title in {@code grid}: it wraps between words, and the column is at least as wide as its
     * longest word.
     */
    public void title(GridPane grid, Labeled title, int column) {
        Fit.wrapping(title);
        // a grid sizes its rows from a label's unwrapped height unless it knows the width the label will get
        title.prefWidthProperty().bind(columns[column].prefWidthProperty());
        grid.add(title, column, 0);
        titles.get(column).add(title);
    }

    /** Sizes every column to its widest cell and title; changes nothing (and lays nothing out again) if they fit. */
    public void fit() {
        for (int i = 0; i < columns.length; i++) {
            double width = 0;
            for (Node cell : cells.get(i)) {
                if (cell.isManaged()) {
                    width = Math.max(width, cell.prefWidth(-1));
                }
            }
            for (Labeled title : titles.get(i)) {
                double padding = title.getInsets().getLeft() + title.getInsets().getRight();
                width = Math.max(width, Fit.longestWordWidth(title.getText(), title.getFont()) + padding);
            }
            width = Math.ceil(width);
            if (width != columns[i].getPrefWidth()) {
                columns[i].setMinWidth(width);
                columns[i].setPrefWidth(width);
                columns[i].setMaxWidth(width);
            }
        }
    }
}
