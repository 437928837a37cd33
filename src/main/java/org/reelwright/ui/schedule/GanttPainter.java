package org.reelwright.ui.schedule;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.report.gantt.DayOff;
import org.reelwright.report.gantt.GanttArrow;
import org.reelwright.report.gantt.GanttBar;
import org.reelwright.report.gantt.GanttLayout;
import org.reelwright.report.gantt.GanttRow;
import org.reelwright.report.gantt.Point;
import org.reelwright.report.gantt.Tick;

/**
 * Paints a {@link GanttLayout} on a canvas the size of the visible window: it decides colours, fonts and strokes,
 * never positions. The time axis is frozen at the top and the stage labels at the left; the rows scroll under them
 * by the frame's offsets. Only what falls in the window is drawn, so a year-long schedule at day zoom costs no more
 * than a short one.
 */
final class GanttPainter {
    /** Padding inside the label column and before captions. */
    static final double PAD = 10;
    private static final double CAPTION_GAP = 6;
    private static final double HATCH_STEP = 6;
    private static final Text MEASURE = new Text();

    private final Font regular;
    private final Font bold;
    private final Font small;
    private final Font badge;
    private final Font axisFont;
    private GanttLayout measured;
    private int step = 1;

    GanttPainter() {
        String family = org.reelwright.ui.theme.UiFonts.family();
        regular = Font.font(family, 12.5);
        bold = Font.font(family, FontWeight.BOLD, 12.5);
        small = Font.font(family, 11.5);
        badge = Font.font(family, FontWeight.BOLD, 9.5);
        axisFont = Font.font(family, 11);
    }

    /**
     * The visible window: the canvas's size, how far the rows are scrolled, and the width of the label column.
     */
    record Frame(double width, double height, double scrollX, double scrollY, double labelWidth) {
    }

    /** Words the painter adds itself: the label column's headings and the AI badge. */
    record Texts(String stageHeading, String lengthHeading, String ai) {
    }

    /** The label column's width that fits every label and length, within bounds. */
    double labelWidth(GanttLayout layout, Texts texts, double min, double max) {
        double widest = textWidth(texts.stageHeading(), small) + textWidth(texts.lengthHeading(), small);
        for (GanttRow row : layout.rows()) {
            widest = Math.max(widest, textWidth(row.label(), bold) + textWidth(row.detail(), small));
        }
        return Math.ceil(Math.min(max, Math.max(min, widest + 3 * PAD + 8)));
    }

    void paint(GraphicsContext g, GanttLayout layout, Frame f, GanttPalette p, Texts t, StageId selected) {
        g.setFill(p.background());
        g.fillRect(0, 0, f.width(), f.height());
        if (layout == null) {
            return;
        }
        g.setTextBaseline(VPos.CENTER);
        g.setLineDashes();
        rows(g, layout, f, p, t, selected);
        header(g, layout, f, p);
        labels(g, layout, f, p, selected);
        corner(g, layout, f, p, t);
    }

    private void rows(GraphicsContext g, GanttLayout l, Frame f, GanttPalette p, Texts t, StageId selected) {
        double ax = l.axis().height();
        double x0 = f.scrollX();
        double x1 = x0 + f.width() - f.labelWidth();
        double y0 = f.scrollY();
        double y1 = y0 + f.height() - ax;
        g.save();
        clip(g, f.labelWidth(), ax, f.width() - f.labelWidth(), f.height() - ax);
        g.translate(f.labelWidth() - x0, ax - y0);
        double right = Math.min(x1, l.width());
        for (GanttRow row : l.rows()) {
            if (row.stage() == selected) {
                g.setFill(p.selection());
                g.fillRect(x0, row.y(), right - x0, row.height());
            }
        }
        for (DayOff d : l.daysOff()) {
            if (d.x() + d.width() >= x0 && d.x() <= x1) {
                g.setFill(d.holiday() ? p.holiday() : p.dayOff());
                g.fillRect(d.x(), y0, d.width(), y1 - y0);
            }
        }
        g.setLineWidth(1);
        g.setStroke(p.grid());
        for (Tick tick : l.axis().lower()) {
            if (tick.x() >= x0 && tick.x() <= x1) {
                vertical(g, tick.x(), y0, y1);
            }
        }
        g.setStroke(p.gridStrong());
        for (Tick tick : l.axis().upper()) {
            if (tick.x() > 0 && tick.x() >= x0 && tick.x() <= x1) {
                vertical(g, tick.x(), y0, y1);
            }
        }
        g.setStroke(p.grid());
        for (GanttRow row : l.rows()) {
            double y = row.y() + row.height();
            if (y >= y0 && y <= y1 + row.height()) {
                horizontal(g, x0, right, y);
            }
        }
        for (GanttBar bar : l.bars()) {
            if (visible(bar, x0, x1, y0, y1)) {
                slack(g, bar, p);
            }
        }
        for (GanttArrow arrow : l.arrows()) {
            arrow(g, arrow, p);
        }
        for (GanttBar bar : l.bars()) {
            if (visible(bar, x0, x1, y0, y1)) {
                bar(g, bar, p, t, bar.stage() == selected);
            }
        }
        if (l.today().isPresent()) {
            g.setStroke(p.today());
            g.setLineWidth(1.5);
            g.setLineDashes(5, 3);
            g.strokeLine(l.today().getAsDouble(), y0, l.today().getAsDouble(), y1);
            g.setLineDashes();
        }
        g.restore();
    }

    private static boolean visible(GanttBar bar, double x0, double x1, double y0, double y1) {
        return bar.y() + bar.height() + 4 >= y0 && bar.y() - 4 <= y1 && bar.x() - bar.height() <= x1
                && Math.max(bar.endX(), bar.slackEnd()) + 240 >= x0;
    }

    /** Slack as a faint strip under the bar, out to its late finish (a "float bar"). */
    private static void slack(GraphicsContext g, GanttBar bar, GanttPalette p) {
        double from = bar.milestone() ? bar.outX() : bar.endX();
        if (bar.critical() || bar.slackEnd() <= from + 0.5) {
            return;
        }
        g.setFill(p.muted().deriveColor(0, 1, 1, 0.35));
        double y = Math.floor(bar.y() + bar.height()) + 1;
        g.fillRect(from, y, bar.slackEnd() - from, 3);
        g.fillRect(bar.slackEnd() - 1.5, y - 4, 1.5, 7);
    }

    private static void arrow(GraphicsContext g, GanttArrow arrow, GanttPalette p) {
        int n = arrow.points().size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.floor(arrow.points().get(i).x()) + 0.5;
            ys[i] = Math.floor(arrow.points().get(i).y()) + 0.5;
        }
        Color colour = arrow.critical() ? p.critical() : p.arrow();
        g.setStroke(colour);
        g.setLineWidth(arrow.critical() ? 1.4 : 1);
        g.strokePolyline(xs, ys, n);
        Point tip = arrow.head();
        Point from = arrow.beforeHead();
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double size = 6;
        double half = 3.5;
        double bx = tip.x() - ux * size;
        double by = tip.y() - uy * size;
        g.setFill(colour);
        g.fillPolygon(new double[] {tip.x(), bx - uy * half, bx + uy * half},
                new double[] {tip.y(), by + ux * half, by - ux * half}, 3);
    }

    private void bar(GraphicsContext g, GanttBar bar, GanttPalette p, Texts t, boolean selected) {
        double captionX;
        if (bar.milestone()) {
            double half = bar.height() / 2;
            double cx = bar.x();
            double cy = bar.midY();
            g.setFill(p.muted());
            g.fillPolygon(new double[] {cx, cx + half, cx, cx - half}, new double[] {cy - half, cy, cy + half, cy},
                    4);
            if (selected) {
                g.setStroke(p.text());
                g.setLineWidth(2);
                g.strokePolygon(new double[] {cx, cx + half + 3, cx, cx - half - 3},
                        new double[] {cy - half - 3, cy, cy + half + 3, cy}, 4);
            }
            captionX = bar.captionX();
        } else {
            boolean hatched = bar.usesAi() && bar.workflow() == Workflow.HYBRID;
            boolean solidAi = bar.usesAi() && !hatched;
            double w = Math.max(bar.width(), 1);
            g.setFill(solidAi ? p.ai() : hatched ? p.aiMuted() : bar.critical() ? p.critical() : p.bar());
            g.fillRoundRect(bar.x(), bar.y(), w, bar.height(), 5, 5);
            if (hatched) {
                hatch(g, bar, p.ai());
            }
            if (bar.critical() && bar.usesAi()) {
                // An AI stage keeps its AI colour; the red frame says it is critical as well.
                g.setStroke(p.critical());
                g.setLineWidth(2);
                g.strokeRoundRect(bar.x() + 1, bar.y() + 1, w - 2, bar.height() - 2, 4, 4);
            }
            if (selected) {
                g.setStroke(p.text());
                g.setLineWidth(2);
                g.strokeRoundRect(bar.x() - 2.5, bar.y() - 2.5, w + 5, bar.height() + 5, 7, 7);
            }
            captionX = bar.captionX();
            if (bar.usesAi()) {
                double badgeWidth = textWidth(t.ai(), badge) + 8;
                boolean inside = bar.width() >= badgeWidth + 6;
                double bx = inside ? bar.x() + 3 : captionX;
                if (!inside || hatched) {
                    g.setFill(p.ai());
                    g.fillRoundRect(bx, bar.y() + 2, badgeWidth, bar.height() - 4, 4, 4);
                }
                g.setFill(p.barText());
                g.setFont(badge);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(t.ai(), bx + badgeWidth / 2, bar.midY());
                if (!inside) {
                    captionX = bx + badgeWidth + CAPTION_GAP;
                }
            }
        }
        if (!bar.caption().isEmpty()) {
            g.setFill(p.muted());
            g.setFont(small);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(bar.caption(), captionX, bar.midY());
        }
    }

    /** Diagonal stripes for work that is part AI, clipped to the bar. */
    private static void hatch(GraphicsContext g, GanttBar bar, Color colour) {
        g.save();
        g.beginPath();
        g.rect(bar.x(), bar.y(), bar.width(), bar.height());
        g.closePath();
        g.clip();
        g.setStroke(colour);
        g.setLineWidth(2);
        for (double x = bar.x() - bar.height(); x < bar.endX(); x += HATCH_STEP) {
            g.strokeLine(x, bar.y() + bar.height(), x + bar.height(), bar.y());
        }
        g.restore();
    }

    private void header(GraphicsContext g, GanttLayout l, Frame f, GanttPalette p) {
        double ax = l.axis().height();
        double band = l.axis().bandHeight();
        double x0 = f.scrollX();
        double x1 = x0 + f.width() - f.labelWidth();
        g.save();
        clip(g, f.labelWidth(), 0, f.width() - f.labelWidth(), ax);
        g.translate(f.labelWidth() - x0, 0);
        g.setFill(p.header());
        g.fillRect(x0, 0, x1 - x0, ax);
        g.setLineWidth(1);
        g.setFont(bold);
        g.setTextAlign(TextAlignment.LEFT);
        for (Tick tick : l.axis().upper()) {
            if (tick.x() + tick.width() < x0 || tick.x() > x1) {
                continue;
            }
            g.setStroke(p.gridStrong());
            vertical(g, tick.x(), 0, ax);
            double w = textWidth(tick.label(), bold);
            if (tick.width() < w + 2 * CAPTION_GAP) {
                continue;
            }
            // Keep the heading of the month in view while its days scroll by.
            double x = Math.min(Math.max(tick.x(), x0) + CAPTION_GAP, tick.x() + tick.width() - w - CAPTION_GAP);
            g.setFill(p.text());
            g.fillText(tick.label(), x, band / 2);
        }
        g.setStroke(p.grid());
        horizontal(g, x0, x1, band);
        g.setFont(axisFont);
        int step = labelStep(l);
        // One label per column sits in its middle; one label for several columns marks where the first begins.
        g.setTextAlign(step == 1 ? TextAlignment.CENTER : TextAlignment.LEFT);
        List<Tick> lower = l.axis().lower();
        for (int i = 0; i < lower.size(); i++) {
            Tick tick = lower.get(i);
            if (tick.x() + tick.width() < x0 || tick.x() > x1) {
                continue;
            }
            g.setStroke(p.grid());
            vertical(g, tick.x(), band, ax);
            if (i % step == 0) {
                g.setFill(p.muted());
                g.fillText(tick.label(), step == 1 ? tick.x() + tick.width() / 2 : tick.x() + 3, band + band / 2);
            }
        }
        if (l.today().isPresent()) {
            double x = l.today().getAsDouble();
            g.setFill(p.today());
            g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {ax - 6, ax - 6, ax}, 3);
        }
        g.setStroke(p.gridStrong());
        horizontal(g, x0, x1, ax - 1);
        g.restore();
    }

    /**
     * Every how many columns the lower band is labelled: every one when the widest label fits the narrowest column,
     * else every second, third… — the same for the whole axis, so labels never come and go with their width (which
     * depends on the font and the language). Measured once per layout.
     */
    private int labelStep(GanttLayout l) {
        if (l == measured) {
            return step;
        }
        double widest = 0;
        double narrowest = Double.MAX_VALUE;
        for (Tick tick : l.axis().lower()) {
            widest = Math.max(widest, textWidth(tick.label(), axisFont));
            narrowest = Math.min(narrowest, tick.width());
        }
        measured = l;
        step = narrowest <= 0 ? 1 : Math.max(1, (int) Math.ceil((widest + 6) / narrowest));
        return step;
    }

    private void labels(GraphicsContext g, GanttLayout l, Frame f, GanttPalette p, StageId selected) {
        double ax = l.axis().height();
        double lw = f.labelWidth();
        double y0 = f.scrollY();
        double y1 = y0 + f.height() - ax;
        g.save();
        clip(g, 0, ax, lw, f.height() - ax);
        g.translate(0, ax - y0);
        g.setFill(p.background());
        g.fillRect(0, y0, lw, y1 - y0);
        g.setLineWidth(1);
        for (GanttRow row : l.rows()) {
            if (row.y() + row.height() < y0 || row.y() > y1) {
                continue;
            }
            if (row.stage() == selected) {
                g.setFill(p.selection());
                g.fillRect(0, row.y(), lw, row.height());
            }
            if (row.critical()) {
                g.setFill(p.critical());
                g.fillRect(0, row.y() + 4, 3, row.height() - 8);
            }
            double detailWidth = textWidth(row.detail(), small);
            Font font = row.critical() ? bold : regular;
            g.setFont(font);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(p.text());
            g.fillText(fit(row.label(), font, lw - 3 * PAD - detailWidth), PAD + 2, row.midY());
            g.setFont(small);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(p.muted());
            g.fillText(row.detail(), lw - PAD, row.midY());
            g.setStroke(p.grid());
            horizontal(g, 0, lw, row.y() + row.height());
        }
        g.setStroke(p.gridStrong());
        vertical(g, lw - 1, y0, y1);
        g.restore();
    }

    private void corner(GraphicsContext g, GanttLayout l, Frame f, GanttPalette p, Texts t) {
        double ax = l.axis().height();
        double band = l.axis().bandHeight();
        double lw = f.labelWidth();
        g.setFill(p.header());
        g.fillRect(0, 0, lw, ax);
        g.setFont(small);
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(t.stageHeading(), PAD + 2, band + band / 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(t.lengthHeading(), lw - PAD, band + band / 2);
        g.setStroke(p.gridStrong());
        g.setLineWidth(1);
        horizontal(g, 0, lw, ax - 1);
        vertical(g, lw - 1, 0, ax);
    }

    /** {@code text}, cut with an ellipsis to fit {@code width}. */
    static String fit(String text, Font font, double width) {
        if (textWidth(text, font) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && textWidth(cut + "\u2026", font) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    static double textWidth(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    private static void clip(GraphicsContext g, double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, Math.max(0, w), Math.max(0, h));
        g.closePath();
        g.clip();
    }

    /** A crisp one-pixel vertical line: on the pixel's middle. */
    private static void vertical(GraphicsContext g, double x, double y0, double y1) {
        double px = Math.floor(x) + 0.5;
        g.strokeLine(px, y0, px, y1);
    }

    private static void horizontal(GraphicsContext g, double x0, double x1, double y) {
        double py = Math.floor(y) + 0.5;
        g.strokeLine(x0, py, x1, py);
    }
}
