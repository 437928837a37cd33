package org.reelwright.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * How the panels keep their words whole at a laptop's width (1280×800, 1366×768) in any language: a control is never
 * squeezed below its own text, and a row that does not fit wraps onto the next line instead of cutting a label to
 * "…". Rows of toolbars and forms use these instead of a fixed {@code HBox}, which shrinks its children to fit.
 */
public final class Fit {
    /** A header label's padding on both sides and room for the sort arrow. */
    private static final double HEADER_PADDING = 26;

    private Fit() {
    }

    /** {@code control} keeps at least the width of its text and graphic. */
    public static <T extends Region> T whole(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    /** A label, button or check box that wraps its text onto more lines rather than cutting it. */
    public static <T extends Labeled> T wrapping(T labeled) {
        labeled.setWrapText(true);
        labeled.setMinHeight(Region.USE_PREF_SIZE);
        return labeled;
    }

    /**
     * A row that wraps: its items stay whole and move to the next line when the width runs out.
     *
     * @param styleClass the row's style class (its padding and gaps come from the theme)
     */
    public static FlowPane row(String styleClass, Node... items) {
        FlowPane row = new FlowPane(12, 6);
        row.getStyleClass().add(styleClass);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setRowValignment(javafx.geometry.VPos.CENTER);
        for (Node item : items) {
            if (item instanceof Region region) {
                whole(region);
            }
            row.getChildren().add(item);
        }
        return row;
    }

    /**
     * Every column of {@code table} at least as wide as its header's words, so "Movement" does not read "Move…":
     * columns size to their headers, and the data cells keep the width the panel gives them.
     */
    public static void headers(javafx.scene.control.TableView<?> table) {
        for (javafx.scene.control.TableColumn<?, ?> column : table.getColumns()) {
            header(column);
        }
    }

    private static void header(javafx.scene.control.TableColumnBase<?, ?> column) {
        if (column.getText() != null && !column.getText().isBlank()) {
            // the header's font: the window's family at the theme's 13 px, bold as the theme draws headers
            double width = Math.ceil(textWidth(column.getText(), javafx.scene.text.Font.font(
                    org.reelwright.ui.theme.UiFonts.family(), javafx.scene.text.FontWeight.BOLD, 13)))
                    + HEADER_PADDING;
            column.setMinWidth(Math.max(column.getMinWidth(), width));
            column.setPrefWidth(Math.max(column.getPrefWidth(), width));
        }
        for (javafx.scene.control.TableColumnBase<?, ?> nested : column.getColumns()) {
            header(nested);
        }
    }

    /** How wide {@code text} is on one line in {@code font}, as a label would draw it. */
    public static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text words = new javafx.scene.text.Text(text == null ? "" : text);
        words.setFont(font);
        return words.getLayoutBounds().getWidth();
    }

    /**
     * How narrow a label showing {@code text} in {@code font} can be when it wraps between words: the width of its
     * longest word (text without spaces, such as Chinese, counts as one word).
     */
    public static double longestWordWidth(String text, javafx.scene.text.Font font) {
        double widest = 0;
        for (String word : (text == null ? "" : text).split("\\s+")) {
            widest = Math.max(widest, textWidth(word, font));
        }
        return widest;
    }

    /** Items that belong together (a label and its choices) kept on one line within a wrapping row. */
    public static HBox group(Node... items) {
        HBox group = new HBox(6);
        group.setAlignment(Pos.CENTER_LEFT);
        for (Node item : items) {
            if (item instanceof Region region) {
                whole(region);
            }
            group.getChildren().add(item);
        }
        return whole(group);
    }
}
