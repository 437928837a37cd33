package org.reelwright.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.reelwright.report.Block.Align;
import org.reelwright.report.Block.Column;
import org.reelwright.report.Block.Row;
import org.reelwright.report.Block.RowKind;
import org.reelwright.report.Block.Table;

/**
 * Sets a table across as many pages as it needs: the header row is repeated at the top of every page the table
 * runs onto (under a "… (continued)" line), cell text wraps within its column, and a row is never split — it moves
 * to the next page whole. Only a row taller than a whole page is cut, marked, and reported as a warning.
 *
 * <p>Row kinds: a group row is a bold band across the whole width (its cells joined); an AI row has a violet rule
 * at its left and an "AI" tag, so it reads on a black-and-white printout too; subtotals are bold under a rule;
 * the total is bold between a rule and a double rule.
 */
final class TablePainter {
    private static final float SIZE = PdfStyle.TABLE;
    private static final double PAD_X = 3.5;
    private static final double PAD_Y = 2.4;
    private static final float TAG_SIZE = 5.8f;

    private final PageFlow flow;
    private final FontChain fonts;
    private final LineBreaker breaker;
    private final Words words;
    private final List<String> warnings;
    private Table measured;
    private double[] measuredWidths;
    /** How the columns of the table being painted align. */
    private List<Align> aligns = List.of();

    TablePainter(PageFlow flow, FontChain fonts, Words words, List<String> warnings) {
        this.flow = flow;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.words = words;
        this.warnings = warnings;
    }

    /** A row as set: its lines per cell (one merged cell for a group row) and its height. */
    private record SetRow(Row row, List<List<String>> lines, double height) {
    }

    /** Height the table needs to start on a page: its header and first row. */
    double leadHeight(Table table) {
        double[] widths = widths(table);
        double lead = header(table, widths).height();
        if (!table.rows().isEmpty()) {
            lead += set(table.rows().get(0), widths).height();
        }
        return lead;
    }

    /**
     * @param context the heading the table sits under, for the continuation line and for warnings
     */
    void paint(Table table, String context) throws IOException {
        aligns = table.columns().stream().map(Column::align).toList();
        double[] widths = widths(table);
        SetRow header = header(table, widths);
        String continued = words.get("pdf.continued", context);
        double continuedHeight = PdfStyle.leading(PdfStyle.SMALL) + 2;
        SetRow first = table.rows().isEmpty() ? null : set(table.rows().get(0), widths);
        flow.ensureRoom(header.height() + (first == null ? 0 : Math.min(first.height(), flow.bodyHeight() / 2)));
        drawHeader(header, widths);
        for (int i = 0; i < table.rows().size(); i++) {
            SetRow row = i == 0 ? first : set(table.rows().get(i), widths);
            if (row.height() > flow.room()) {
                flow.newPage();
                PdfCanvas canvas = flow.canvas();
                canvas.text(breaker.fit(continued, flow.width(), false, PdfStyle.SMALL), flow.left(),
                        flow.y() + PdfStyle.baseline(PdfStyle.SMALL), PdfStyle.SMALL, false, PdfStyle.MUTED);
                flow.advance(continuedHeight);
                drawHeader(header, widths);
                if (row.height() > flow.room()) {
                    row = clip(row, flow.room(), context);
                }
            }
            drawRow(row, widths);
        }
        flow.advance(8);
    }

    /**
     * Column widths from the weights, widened where a column's longest word (or its header's) would otherwise be
     * broken between letters; the room comes from the columns that have more than they need. When even that
     * cannot fit every word, the weights alone decide and long words break.
     */
    private double[] widths(Table table) {
        // Measuring every word of a 1,000-row table is the costliest step; the lead height and the paint share it.
        if (table == measured) {
            return measuredWidths;
        }
        measured = table;
        measuredWidths = fitWidths(table);
        return measuredWidths;
    }

    private double[] fitWidths(Table table) {
        int n = table.columns().size();
        double total = table.columns().stream().mapToDouble(Column::weight).sum();
        double[] widths = new double[n];
        double[] needed = new double[n];
        for (int i = 0; i < n; i++) {
            widths[i] = flow.width() * table.columns().get(i).weight() / total;
            needed[i] = longestWord(table.columns().get(i).header(), true) + 2 * PAD_X;
        }
        for (Row row : table.rows()) {
            if (row.kind() == RowKind.GROUP) {
                continue;
            }
            boolean bold = bold(row.kind());
            for (int i = 0; i < n; i++) {
                double tag = i == 0 && row.kind() == RowKind.AI ? tagWidth() + 3 : 0;
                needed[i] = Math.max(needed[i], longestWord(row.cells().get(i), bold) + 2 * PAD_X + tag);
            }
        }
        double cap = flow.width() * 0.3;
        double shortfall = 0;
        double spare = 0;
        for (int i = 0; i < n; i++) {
            needed[i] = Math.min(needed[i], cap);
            shortfall += Math.max(0, needed[i] - widths[i]);
            spare += Math.max(0, widths[i] - needed[i]);
        }
        if (shortfall == 0 || shortfall > spare) {
            return widths;
        }
        double[] fitted = new double[n];
        for (int i = 0; i < n; i++) {
            fitted[i] = widths[i] < needed[i] ? needed[i]
                    : widths[i] - (widths[i] - needed[i]) / spare * shortfall;
        }
        return fitted;
    }

    private double longestWord(String text, boolean bold) {
        double longest = 0;
        for (String token : LineBreaker.tokens(text)) {
            if (!token.isBlank()) {
                longest = Math.max(longest, fonts.width(token, bold, SIZE));
            }
        }
        return longest;
    }

    private SetRow header(Table table, double[] widths) {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = breaker.wrap(table.columns().get(i).header(), widths[i] - 2 * PAD_X, true, SIZE);
            lines.add(cell);
            most = Math.max(most, cell.size());
        }
        return new SetRow(new Row(table.columns().stream().map(Column::header).toList(), RowKind.NORMAL), lines,
                most * PdfStyle.leading(SIZE) + 2 * PAD_Y + 1);
    }

    private SetRow set(Row row, double[] widths) {
        List<List<String>> lines = new ArrayList<>();
        boolean bold = bold(row.kind());
        int most = 1;
        if (row.kind() == RowKind.GROUP) {
            String joined = String.join("  \u00b7  ", row.cells().stream().filter(c -> !c.isBlank()).toList());
            List<String> cell = breaker.wrap(joined, flow.width() - 2 * PAD_X, true, SIZE);
            lines.add(cell);
            most = cell.size();
        } else {
            for (int i = 0; i < widths.length; i++) {
                double room = widths[i] - 2 * PAD_X - (i == 0 && row.kind() == RowKind.AI ? tagWidth() + 3 : 0);
                List<String> cell = breaker.wrap(row.cells().get(i), room, bold, SIZE);
                lines.add(cell);
                most = Math.max(most, cell.size());
            }
        }
        double extra = row.kind() == RowKind.TOTAL ? 3 : 0;
        return new SetRow(row, lines, most * PdfStyle.leading(SIZE) + 2 * PAD_Y + extra);
    }

    /** A row cut to {@code room}: each cell keeps the lines that fit, the cut ones end with a marker. */
    private SetRow clip(SetRow row, double room, String context) {
        int fit = Math.max(1, (int) Math.floor((room - 2 * PAD_Y) / PdfStyle.leading(SIZE)) - 1);
        List<List<String>> cut = new ArrayList<>();
        for (List<String> cell : row.lines()) {
            if (cell.size() > fit) {
                List<String> kept = new ArrayList<>(cell.subList(0, fit));
                kept.add(words.get("pdf.truncated"));
                cut.add(kept);
            } else {
                cut.add(cell);
            }
        }
        warnings.add(words.get("pdf.rowClipped", context, fit));
        return new SetRow(row.row(), cut, (fit + 1) * PdfStyle.leading(SIZE) + 2 * PAD_Y);
    }

    private void drawHeader(SetRow header, double[] widths) throws IOException {
        PdfCanvas canvas = flow.canvas();
        double top = flow.y();
        canvas.fillRect(flow.left(), top, flow.width(), header.height(), PdfStyle.HEADER_BAND);
        drawCells(canvas, header, widths, top, true);
        canvas.line(flow.left(), top + header.height(), flow.left() + flow.width(), top + header.height(),
                PdfStyle.RULE_STRONG, 0.8);
        flow.advance(header.height());
    }

    private void drawRow(SetRow row, double[] widths) throws IOException {
        PdfCanvas canvas = flow.canvas();
        double top = flow.y();
        double left = flow.left();
        double right = left + flow.width();
        RowKind kind = row.row().kind();
        switch (kind) {
            case GROUP -> {
                canvas.fillRect(left, top, flow.width(), row.height(), PdfStyle.BAND);
                double baseline = top + PAD_Y + PdfStyle.baseline(SIZE);
                for (String line : row.lines().get(0)) {
                    canvas.text(line, left + PAD_X, baseline, SIZE, true, PdfStyle.TEXT);
                    baseline += PdfStyle.leading(SIZE);
                }
            }
            case AI -> {
                canvas.fillRect(left, top + 1, 2, row.height() - 2, PdfStyle.AI);
                drawCells(canvas, row, widths, top, false);
                drawTag(canvas, left + widths[0] - PAD_X - tagWidth(), top + PAD_Y);
            }
            case SUBTOTAL -> {
                canvas.line(left, top, right, top, PdfStyle.RULE_STRONG, 0.6);
                drawCells(canvas, row, widths, top, true);
            }
            case TOTAL -> {
                canvas.line(left, top, right, top, PdfStyle.TEXT, 1.0);
                drawCells(canvas, row, widths, top + 1, true);
                double bottom = top + row.height();
                canvas.line(left, bottom - 2.2, right, bottom - 2.2, PdfStyle.TEXT, 0.6);
                canvas.line(left, bottom - 0.6, right, bottom - 0.6, PdfStyle.TEXT, 0.6);
            }
            case NORMAL -> drawCells(canvas, row, widths, top, false);
            default -> {
                // A kind added later (e.g. a row to check) reads as a marked line: an amber rule, no tag.
                canvas.fillRect(left, top + 1, 2, row.height() - 2, PdfStyle.WARNING);
                drawCells(canvas, row, widths, top, false);
            }
        }
        if (kind != RowKind.GROUP && kind != RowKind.SUBTOTAL && kind != RowKind.TOTAL) {
            canvas.line(left, top + row.height(), right, top + row.height(), PdfStyle.RULE, 0.35);
        }
        flow.advance(row.height());
    }

    private void drawCells(PdfCanvas canvas, SetRow row, double[] widths, double top, boolean bold)
            throws IOException {
        double x = flow.left();
        for (int i = 0; i < widths.length; i++) {
            double baseline = top + PAD_Y + PdfStyle.baseline(SIZE);
            Align align = aligns.get(i);
            for (String line : row.lines().get(i)) {
                double at = switch (align) {
                    case LEFT -> x + PAD_X;
                    case RIGHT -> x + widths[i] - PAD_X - fonts.width(line, bold, SIZE);
                    case CENTER -> x + (widths[i] - fonts.width(line, bold, SIZE)) / 2;
                };
                canvas.text(line, at, baseline, SIZE, bold, PdfStyle.TEXT);
                baseline += PdfStyle.leading(SIZE);
            }
            x += widths[i];
        }
    }

    private void drawTag(PdfCanvas canvas, double x, double y) throws IOException {
        String tag = words.get("pdf.aiTag");
        double h = PdfStyle.leading(SIZE) - 1.5;
        canvas.fillRect(x, y + 0.6, tagWidth(), h, PdfStyle.AI);
        double w = fonts.width(tag, true, TAG_SIZE);
        canvas.text(tag, x + (tagWidth() - w) / 2, y + 0.6 + h / 2 + TAG_SIZE * 0.35, TAG_SIZE, true,
                PdfStyle.WHITE);
    }

    /** Group rows, subtotals and the total are set in bold; measured so, since bold is wider. */
    private static boolean bold(RowKind kind) {
        return kind == RowKind.GROUP || kind == RowKind.SUBTOTAL || kind == RowKind.TOTAL;
    }

    private double tagWidth() {
        return fonts.width(words.get("pdf.aiTag"), true, TAG_SIZE) + 4;
    }
}
