package org.reelwright.report;

import java.util.List;
import org.reelwright.report.gantt.GanttLayout;

/**
 * A piece of the production plan that knows no medium: the PDF painter, the print preview and the printer lay the
 * same blocks out on their own pages. Text is final (localised, formatted); painters only choose fonts and places.
 */
public sealed interface Block {

    /** A heading inside a section; level 1 is the largest. */
    record Heading(String text, int level) implements Block {
    }

    record Paragraph(String text, TextStyle style) implements Block {
    }

    /** Label–value pairs set in two columns, e.g. the cover's facts or the summary's totals. */
    record Facts(List<Fact> items) implements Block {
        public Facts {
            items = List.copyOf(items);
        }
    }

    record Fact(String label, String value) {
    }

    /**
     * A table whose header repeats on every page it runs onto; a row is never split across pages.
     * Invariant: every row has one cell per column.
     */
    record Table(List<Column> columns, List<Row> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.cells().size() + " cells for "
                            + columns.size() + " columns: " + row.cells());
                }
            }
        }
    }

    /** A column: its header, its share of the table's width, and how its cells align. */
    record Column(String header, double weight, Align align) {
    }

    record Row(List<String> cells, RowKind kind) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The schedule's Gantt chart, laid out once; painters tile it across pages when it is wider than one. */
    record Gantt(GanttLayout layout, String caption) implements Block {
    }

    enum Align { LEFT, RIGHT, CENTER }

    /**
     * How a row reads: a group heading (a phase), an AI-marked line, a line to watch (a high risk, an assumed
     * rate), a subtotal or the total.
     */
    enum RowKind { NORMAL, GROUP, AI, WARNING, SUBTOTAL, TOTAL }

    enum TextStyle { BODY, MUTED, EMPHASIS, WARNING }
}
