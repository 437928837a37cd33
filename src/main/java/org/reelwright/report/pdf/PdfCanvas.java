package org.reelwright.report.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A page's content stream with the origin at the top left and y growing down, as the layout thinks; PDF's own
 * origin is the bottom left. Only the few operations the plan needs.
 */
final class PdfCanvas implements Closeable {
    private final PDPageContentStream stream;
    private final float pageHeight;
    private final FontChain fonts;

    PdfCanvas(PDPageContentStream stream, float pageHeight, FontChain fonts) {
        this.stream = stream;
        this.pageHeight = pageHeight;
        this.fonts = fonts;
    }

    FontChain fonts() {
        return fonts;
    }

    void fillRect(double x, double y, double w, double h, Color colour) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.addRect((float) x, (float) (pageHeight - y - h), (float) w, (float) h);
        stream.fill();
    }

    void strokeRect(double x, double y, double w, double h, Color colour, double lineWidth) throws IOException {
        stream.setStrokingColor(colour);
        stream.setLineWidth((float) lineWidth);
        stream.addRect((float) x, (float) (pageHeight - y - h), (float) w, (float) h);
        stream.stroke();
    }

    void line(double x0, double y0, double x1, double y1, Color colour, double lineWidth) throws IOException {
        stream.setStrokingColor(colour);
        stream.setLineWidth((float) lineWidth);
        stream.moveTo((float) x0, (float) (pageHeight - y0));
        stream.lineTo((float) x1, (float) (pageHeight - y1));
        stream.stroke();
    }

    void dashedLine(double x0, double y0, double x1, double y1, Color colour, double lineWidth, float dash, float gap)
            throws IOException {
        stream.setLineDashPattern(new float[] {dash, gap}, 0);
        line(x0, y0, x1, y1, colour, lineWidth);
        stream.setLineDashPattern(new float[0], 0);
    }

    void polyline(List<double[]> points, Color colour, double lineWidth) throws IOException {
        stream.setStrokingColor(colour);
        stream.setLineWidth((float) lineWidth);
        for (int i = 0; i < points.size(); i++) {
            float x = (float) points.get(i)[0];
            float y = (float) (pageHeight - points.get(i)[1]);
            if (i == 0) {
                stream.moveTo(x, y);
            } else {
                stream.lineTo(x, y);
            }
        }
        stream.stroke();
    }

    void fillPolygon(double[] xs, double[] ys, Color colour) throws IOException {
        stream.setNonStrokingColor(colour);
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                stream.moveTo((float) xs[i], (float) (pageHeight - ys[i]));
            } else {
                stream.lineTo((float) xs[i], (float) (pageHeight - ys[i]));
            }
        }
        stream.closePath();
        stream.fill();
    }

    /** Everything drawn until {@link #restore()} is cut to this rectangle. */
    void clip(double x, double y, double w, double h) throws IOException {
        stream.saveGraphicsState();
        stream.addRect((float) x, (float) (pageHeight - y - h), (float) w, (float) h);
        stream.clip();
    }

    void restore() throws IOException {
        stream.restoreGraphicsState();
    }

    /** Draws {@code text} with its left end at {@code x} and its baseline at {@code baseline}. */
    void text(String text, double x, double baseline, float size, boolean bold, Color colour) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(colour);
        stream.setStrokingColor(colour);
        stream.newLineAtOffset((float) x, (float) (pageHeight - baseline));
        boolean stroking = false;
        for (FontChain.Run run : fonts.runs(text, bold)) {
            if (run.syntheticBold() != stroking) {
                stroking = run.syntheticBold();
                stream.setRenderingMode(stroking ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                if (stroking) {
                    stream.setLineWidth(size * 0.035f);
                }
            }
            stream.setFont(run.font().pdf(), size);
            stream.showText(run.text());
        }
        if (stroking) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.endText();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
