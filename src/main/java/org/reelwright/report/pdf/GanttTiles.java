package org.reelwright.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.reelwright.domain.Workflow;
import org.reelwright.report.Block.Gantt;
import org.reelwright.report.gantt.DayOff;
import org.reelwright.report.gantt.GanttArrow;
import org.reelwright.report.gantt.GanttBar;
import org.reelwright.report.gantt.GanttLayout;
import org.reelwright.report.gantt.GanttRow;
import org.reelwright.report.gantt.Point;
import org.reelwright.report.gantt.Tick;

/**
 * Paints a {@link GanttLayout} on pages: it chooses colours, type and scale, never positions (as the window's
 * painter). A chart wider than the printable width is cut into tiles at column (week or month) boundaries, each
 * with the stage labels repeated at its left and its own time axis, stacked down the page and onto following
 * pages; a line under each tile says which part of the time it shows. The critical path is red: its bars, their
 * outline, the arrows between them and a mark beside their labels.
 */
final class GanttTiles {
    /** Layout pixels to points: a 24 px row becomes 14.4 pt, legible at 7 pt type. */
    private static final double SCALE = 0.6;
    /** The most a short chart is stretched across the page. */
    static final double MAX_STRETCH = 6;
    private static final float TAG_SIZE = 5.5f;
    private static final float SIZE = PdfStyle.GANTT;
    private static final double PAD = 4;

    private final PageFlow flow;
    private final FontChain fonts;
    private final LineBreaker breaker;
    private final Words words;
    private final DateTimeFormatter dates;

    GanttTiles(PageFlow flow, FontChain fonts, Words words) {
        this.flow = flow;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.words = words;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(words.locale());
    }

    /** One tile: the layout's x from {@code from} (inclusive) to {@code to}, in layout pixels. */
    record Tile(double from, double to) {
    }

    /** Height needed to start the chart: its first tile with its caption line. */
    double leadHeight(Gantt gantt) {
        return tileHeight(gantt.layout(), scale(gantt.layout())) + PdfStyle.leading(SIZE) + 4;
    }

    void paint(Gantt gantt) throws IOException {
        GanttLayout layout = gantt.layout();
        double scale = scale(layout);
        double labelWidth = labelWidth(layout);
        double across = across(layout, scale, flow.width() - labelWidth);
        // A hair of room so that a chart stretched to exactly the width stays one tile despite rounding.
        List<Tile> tiles = tiles(layout, (flow.width() - labelWidth) / across + 1e-6);
        double captionHeight = PdfStyle.leading(SIZE) + 4;
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            flow.ensureRoom(tileHeight(layout, scale) + captionHeight);
            paintTile(layout, tile, across, scale, labelWidth);
            flow.advance(tileHeight(layout, scale) + 2);
            if (tiles.size() > 1) {
                LocalDate first = layout.firstDay().plusDays(Math.round(tile.from() / layout.dayWidth()));
                LocalDate last = layout.firstDay().plusDays(Math.round(tile.to() / layout.dayWidth()) - 1);
                String part = words.get("pdf.ganttPart", i + 1, tiles.size(), dates.format(first),
                        dates.format(last));
                flow.canvas().text(part, flow.left(), flow.y() + PdfStyle.baseline(SIZE), SIZE, false,
                        PdfStyle.MUTED);
            }
            flow.advance(captionHeight);
        }
        legend();
        List<String> caption = breaker.wrap(gantt.caption(), flow.width(), false, PdfStyle.SMALL);
        flow.ensureRoom(caption.size() * PdfStyle.leading(PdfStyle.SMALL));
        for (String line : caption) {
            flow.canvas().text(line, flow.left(), flow.y() + PdfStyle.baseline(PdfStyle.SMALL), PdfStyle.SMALL,
                    false, PdfStyle.MUTED);
            flow.advance(PdfStyle.leading(PdfStyle.SMALL));
        }
        flow.advance(8);
    }

    /** The usual scale, smaller only when the rows would not fit one page's height. */
    private double scale(GanttLayout layout) {
        double natural = layout.axis().height() + layout.height();
        double room = flow.bodyHeight() - 4 * PdfStyle.leading(SIZE);
        return natural * SCALE <= room ? SCALE : room / natural;
    }

    /**
     * Points per layout pixel across the page: a chart that is narrower than the printable width at the usual scale
     * is stretched to fill it (up to {@link #MAX_STRETCH} times, so that a two-week plan does not turn into
     * week-long bars), so a short schedule uses the page instead of a third of it; a wider one keeps the usual
     * scale and is tiled. Row heights and type keep the usual scale either way.
     */
    static double across(GanttLayout layout, double scale, double room) {
        double end = contentEnd(layout);
        if (end <= 0 || end * scale >= room) {
            return scale;
        }
        return Math.min(room / end, scale * MAX_STRETCH);
    }

    private static double tileHeight(GanttLayout layout, double scale) {
        return (layout.axis().height() + layout.height()) * scale;
    }

    private double labelWidth(GanttLayout layout) {
        double widest = fonts.width(words.get("column.stage"), false, SIZE)
                + fonts.width(words.get("column.days"), false, SIZE);
        for (GanttRow row : layout.rows()) {
            boolean ai = layout.bar(row.stage()).map(GanttBar::usesAi).orElse(false);
            double tag = ai ? fonts.width(words.get("pdf.aiTag"), true, TAG_SIZE) + 3 + PAD : 0;
            widest = Math.max(widest, fonts.width(row.label(), true, SIZE) + fonts.width(row.detail(), false, SIZE)
                    + tag);
        }
        return Math.min(flow.width() * 0.35, Math.max(70, widest + 4 * PAD));
    }

    /**
     * Cuts the chart at the lower axis's column boundaries so that each tile fits {@code room} pixels, into as few
     * tiles as possible of about equal width (two halves read better than a full page and a sliver). The room the
     * layout keeps after the last bar for captions is dropped when no bar has a caption.
     */
    static List<Tile> tiles(GanttLayout layout, double room) {
        double end = contentEnd(layout);
        List<Tile> tiles = new ArrayList<>();
        int count = (int) Math.ceil(end / room);
        double from = 0;
        for (int i = 1; i < count && end - from > room; i++) {
            double target = end * i / count;
            double to = from;
            double best = Double.MAX_VALUE;
            for (Tick tick : layout.axis().lower()) {
                if (tick.x() > from && tick.x() - from <= room && Math.abs(tick.x() - target) < best) {
                    best = Math.abs(tick.x() - target);
                    to = tick.x();
                }
            }
            if (to <= from) {
                to = from + room; // one column wider than the page: cut inside it
            }
            tiles.add(new Tile(from, to));
            from = to;
        }
        while (end - from > room) {
            tiles.add(new Tile(from, from + room));
            from += room;
        }
        tiles.add(new Tile(from, end));
        return tiles;
    }

    /** Where the chart's content ends, rounded up to the next column boundary. */
    private static double contentEnd(GanttLayout layout) {
        double content = 0;
        for (GanttBar bar : layout.bars()) {
            content = Math.max(content, Math.max(bar.endX(), bar.slackEnd()) + bar.height());
            if (!bar.caption().isEmpty()) {
                return layout.width();
            }
        }
        for (GanttArrow arrow : layout.arrows()) {
            for (Point p : arrow.points()) {
                content = Math.max(content, p.x() + GanttLayout.ARROW_ELBOW);
            }
        }
        if (layout.today().isPresent()) {
            content = Math.max(content, layout.today().getAsDouble() + layout.dayWidth());
        }
        for (Tick tick : layout.axis().lower()) {
            if (tick.x() + tick.width() >= content) {
                return Math.min(layout.width(), tick.x() + tick.width());
            }
        }
        return layout.width();
    }

    private void paintTile(GanttLayout l, Tile tile, double sx, double s, double labelWidth) throws IOException {
        PdfCanvas c = flow.canvas();
        double left = flow.left();
        double top = flow.y();
        double axis = l.axis().height() * s;
        double band = l.axis().bandHeight() * s;
        double chartLeft = left + labelWidth;
        double chartWidth = (tile.to() - tile.from()) * sx;
        double rowsTop = top + axis;
        double rowsHeight = l.height() * s;

        // Label column, repeated on every tile.
        c.fillRect(left, top, labelWidth, axis, PdfStyle.HEADER_BAND);
        c.text(words.get("column.stage"), left + PAD, top + band + band / 2 + SIZE * 0.35, SIZE, false,
                PdfStyle.MUTED);
        String days = words.get("column.days");
        c.text(days, chartLeft - PAD - fonts.width(days, false, SIZE), top + band + band / 2 + SIZE * 0.35, SIZE,
                false, PdfStyle.MUTED);
        for (GanttRow row : l.rows()) {
            double y = rowsTop + row.y() * s;
            double mid = y + row.height() * s / 2 + SIZE * 0.35;
            if (row.critical()) {
                c.fillRect(left, y + 2, 2, row.height() * s - 4, PdfStyle.CRITICAL);
            }
            double detailWidth = fonts.width(row.detail(), false, SIZE);
            double tagRoom = 0;
            GanttBar own = l.bar(row.stage()).orElse(null);
            if (own != null && own.usesAi() && !own.milestone() && !tagFits(own.width() * sx)) {
                double tw = fonts.width(words.get("pdf.aiTag"), true, TAG_SIZE);
                tagRoom = tw + 3 + PAD;
                double tx = chartLeft - PAD - detailWidth - tagRoom;
                c.fillRect(tx, y + row.height() * s / 2 - TAG_SIZE * 0.7, tw + 3, TAG_SIZE * 1.4, PdfStyle.AI);
                c.text(words.get("pdf.aiTag"), tx + 1.5, y + row.height() * s / 2 + TAG_SIZE * 0.35, TAG_SIZE, true,
                        PdfStyle.WHITE);
            }
            String label = breaker.fit(row.label(), labelWidth - 3 * PAD - detailWidth - tagRoom, row.critical(),
                    SIZE);
            c.text(label, left + PAD, mid, SIZE, row.critical(), PdfStyle.TEXT);
            c.text(row.detail(), chartLeft - PAD - detailWidth, mid, SIZE, false, PdfStyle.MUTED);
            c.line(left, y + row.height() * s, chartLeft, y + row.height() * s, PdfStyle.RULE, 0.3);
        }

        c.clip(chartLeft, top, chartWidth, axis + rowsHeight);
        // Days off and grid.
        for (DayOff d : l.daysOff()) {
            if (d.x() + d.width() > tile.from() && d.x() < tile.to()) {
                c.fillRect(x(d.x(), tile, sx, chartLeft), rowsTop, d.width() * sx, rowsHeight,
                        d.holiday() ? PdfStyle.HOLIDAY : PdfStyle.DAY_OFF);
            }
        }
        c.fillRect(chartLeft, top, chartWidth, axis, PdfStyle.HEADER_BAND);
        for (Tick tick : l.axis().lower()) {
            if (tick.x() >= tile.from() && tick.x() < tile.to()) {
                double x = x(tick.x(), tile, sx, chartLeft);
                c.line(x, top + band, x, rowsTop + rowsHeight, PdfStyle.RULE, 0.3);
            }
        }
        for (Tick tick : l.axis().upper()) {
            if (tick.x() > tile.from() && tick.x() < tile.to()) {
                double x = x(tick.x(), tile, sx, chartLeft);
                c.line(x, top, x, rowsTop + rowsHeight, PdfStyle.RULE_STRONG, 0.4);
            }
        }
        for (GanttRow row : l.rows()) {
            double y = rowsTop + (row.y() + row.height()) * s;
            c.line(chartLeft, y, chartLeft + chartWidth, y, PdfStyle.RULE, 0.3);
        }
        axisLabels(c, l, tile, sx, chartLeft, top, band);
        c.line(chartLeft, rowsTop, chartLeft + chartWidth, rowsTop, PdfStyle.RULE_STRONG, 0.6);

        // Slack, arrows, bars, today.
        for (GanttBar bar : l.bars()) {
            double from = bar.milestone() ? bar.outX() : bar.endX();
            if (!bar.critical() && bar.slackEnd() > from + 0.5) {
                double y = rowsTop + (bar.y() + bar.height()) * s + 0.6;
                c.fillRect(x(from, tile, sx, chartLeft), y, (bar.slackEnd() - from) * sx, 1.4, PdfStyle.RULE);
            }
        }
        for (GanttArrow arrow : l.arrows()) {
            arrow(c, arrow, tile, sx, s, chartLeft, rowsTop);
        }
        for (GanttBar bar : l.bars()) {
            if (bar.x() - bar.height() <= tile.to() && Math.max(bar.endX(), bar.x() + bar.height()) >= tile.from()) {
                bar(c, bar, tile, sx, s, chartLeft, rowsTop);
            }
        }
        if (l.today().isPresent()) {
            double x = x(l.today().getAsDouble(), tile, sx, chartLeft);
            c.dashedLine(x, rowsTop, x, rowsTop + rowsHeight, PdfStyle.WARNING, 0.8, 3, 2);
        }
        c.restore();
        c.strokeRect(left, top, labelWidth + chartWidth, axis + rowsHeight, PdfStyle.RULE_STRONG, 0.5);
        c.line(chartLeft, top, chartLeft, top + axis + rowsHeight, PdfStyle.RULE_STRONG, 0.5);
    }

    /** Whether the AI tag fits inside a bar this wide (points). */
    private boolean tagFits(double width) {
        return width >= fonts.width(words.get("pdf.aiTag"), true, TAG_SIZE) + 6;
    }

    private void axisLabels(PdfCanvas c, GanttLayout l, Tile tile, double s, double chartLeft, double top,
            double band) throws IOException {
        for (Tick tick : l.axis().upper()) {
            double start = Math.max(tick.x(), tile.from());
            double end = Math.min(tick.x() + tick.width(), tile.to());
            double w = fonts.width(tick.label(), true, SIZE);
            if ((end - start) * s >= w + 2 * PAD) {
                c.text(tick.label(), x(start, tile, s, chartLeft) + PAD, top + band / 2 + SIZE * 0.35, SIZE, true,
                        PdfStyle.TEXT);
            }
        }
        List<Tick> lower = l.axis().lower();
        double widest = 0;
        double narrowest = Double.MAX_VALUE;
        for (Tick tick : lower) {
            widest = Math.max(widest, fonts.width(tick.label(), false, SIZE));
            narrowest = Math.min(narrowest, tick.width() * s);
        }
        // One label per column when the widest fits the narrowest; else every n-th, the same all along the axis.
        int step = narrowest <= 0 ? 1 : Math.max(1, (int) Math.ceil((widest + 4) / narrowest));
        for (int i = 0; i < lower.size(); i += step) {
            Tick tick = lower.get(i);
            if (tick.x() < tile.from() || tick.x() >= tile.to()) {
                continue;
            }
            double w = fonts.width(tick.label(), false, SIZE);
            double x = step == 1 ? x(tick.x() + tick.width() / 2, tile, s, chartLeft) - w / 2
                    : x(tick.x(), tile, s, chartLeft) + 2;
            c.text(tick.label(), x, top + band + band / 2 + SIZE * 0.35, SIZE, false, PdfStyle.MUTED);
        }
    }

    private void arrow(PdfCanvas c, GanttArrow arrow, Tile tile, double sx, double s, double chartLeft, double rowsTop)
            throws IOException {
        List<double[]> points = new ArrayList<>();
        for (Point p : arrow.points()) {
            points.add(new double[] {x(p.x(), tile, sx, chartLeft), rowsTop + p.y() * s});
        }
        Color colour = arrow.critical() ? PdfStyle.CRITICAL : PdfStyle.ARROW;
        c.polyline(points, colour, arrow.critical() ? 0.9 : 0.5);
        double[] tip = points.get(points.size() - 1);
        double[] before = points.get(points.size() - 2);
        double dx = tip[0] - before[0];
        double dy = tip[1] - before[1];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double size = 6 * s;
        double half = 3.5 * s;
        double bx = tip[0] - ux * size;
        double by = tip[1] - uy * size;
        c.fillPolygon(new double[] {tip[0], bx - uy * half, bx + uy * half},
                new double[] {tip[1], by + ux * half, by - ux * half}, colour);
    }

    private void bar(PdfCanvas c, GanttBar bar, Tile tile, double sx, double s, double chartLeft, double rowsTop)
            throws IOException {
        double x = x(bar.x(), tile, sx, chartLeft);
        double y = rowsTop + bar.y() * s;
        double h = bar.height() * s;
        if (bar.milestone()) {
            double half = h / 2;
            double cy = y + half;
            c.fillPolygon(new double[] {x, x + half, x, x - half}, new double[] {cy - half, cy, cy + half, cy},
                    bar.critical() ? PdfStyle.CRITICAL : PdfStyle.MUTED);
            return;
        }
        double w = Math.max(bar.width() * sx, 0.8);
        boolean hybrid = bar.usesAi() && bar.workflow() == Workflow.HYBRID;
        Color fill = bar.usesAi() ? (hybrid ? PdfStyle.AI_MUTED : PdfStyle.AI)
                : bar.critical() ? PdfStyle.CRITICAL : PdfStyle.BAR;
        c.fillRect(x, y, w, h, fill);
        if (hybrid) {
            c.clip(x, y, w, h);
            for (double hx = x - h; hx < x + w; hx += 3.6) {
                c.line(hx, y + h, hx + h, y, PdfStyle.AI, 1.0);
            }
            c.restore();
        }
        if (bar.critical()) {
            // An AI stage keeps its AI colour; the red outline says it is on the critical path as well.
            c.strokeRect(x + 0.4, y + 0.4, w - 0.8, h - 0.8, bar.usesAi() ? PdfStyle.CRITICAL
                    : PdfStyle.CRITICAL_DARK, bar.usesAi() ? 1.2 : 0.6);
        }
        if (bar.usesAi()) {
            String tag = words.get("pdf.aiTag");
            float tagSize = 5.5f;
            double tw = fonts.width(tag, true, tagSize);
            // Inside the bar when it fits; a narrower bar has its tag in the label column (see paintTile), since
            // beside the bar it would sit on the arrows that leave and enter it.
            if (w >= tw + 6) {
                if (hybrid) {
                    c.fillRect(x + 1.5, y + 1.2, tw + 3, h - 2.4, PdfStyle.AI);
                }
                c.text(tag, x + 3, y + h / 2 + tagSize * 0.35, tagSize, true, PdfStyle.WHITE);
            }
        }
        if (!bar.caption().isEmpty()) {
            c.text(bar.caption(), x(bar.captionX(), tile, sx, chartLeft), y + h / 2 + SIZE * 0.35, SIZE, false,
                    PdfStyle.MUTED);
        }
    }

    /** Swatches that say what the colours mean; words and shapes, so a grey printout still reads. */
    private void legend() throws IOException {
        record Entry(Color colour, boolean hatched, String key) {
        }
        List<Entry> entries = List.of(new Entry(PdfStyle.CRITICAL, false, "pdf.legend.critical"),
                new Entry(PdfStyle.AI, false, "pdf.legend.ai"), new Entry(PdfStyle.AI_MUTED, true,
                        "pdf.legend.hybrid"), new Entry(PdfStyle.BAR, false, "pdf.legend.other"),
                new Entry(PdfStyle.DAY_OFF, false, "pdf.legend.daysOff"),
                new Entry(PdfStyle.HOLIDAY, false, "pdf.legend.holiday"));
        double height = PdfStyle.leading(SIZE) + 2;
        flow.ensureRoom(height);
        PdfCanvas c = flow.canvas();
        double x = flow.left();
        double y = flow.y();
        for (Entry e : entries) {
            String text = words.get(e.key());
            double w = fonts.width(text, false, SIZE);
            if (x + 14 + w > flow.left() + flow.width()) {
                flow.advance(height);
                flow.ensureRoom(height);
                c = flow.canvas();
                x = flow.left();
                y = flow.y();
            }
            c.fillRect(x, y + 2, 10, SIZE, e.colour());
            if (e.hatched()) {
                c.clip(x, y + 2, 10, SIZE);
                for (double hx = x - SIZE; hx < x + 10; hx += 3.6) {
                    c.line(hx, y + 2 + SIZE, hx + SIZE, y + 2, PdfStyle.AI, 1.0);
                }
                c.restore();
            }
            c.strokeRect(x, y + 2, 10, SIZE, PdfStyle.RULE_STRONG, 0.3);
            c.text(text, x + 13, y + 2 + SIZE * 0.8, SIZE, false, PdfStyle.TEXT);
            x += 13 + w + 12;
        }
        flow.advance(height + 2);
    }

    private static double x(double layoutX, Tile tile, double s, double chartLeft) {
        return chartLeft + (layoutX - tile.from()) * s;
    }
}
