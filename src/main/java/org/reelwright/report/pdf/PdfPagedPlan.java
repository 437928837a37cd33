package org.reelwright.report.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PrintOutcome;
import org.reelwright.report.PrintRequest;

/**
 * The written PDF, read back and drawn page by page with PDFBox's renderer: the preview and the printer show the
 * very pages the PDF has, and the printer gets them as vector pages ({@link VectorPrinting}). Drawing and printing
 * use Java2D, so they belong on a background thread, never on the FX thread.
 */
final class PdfPagedPlan implements PagedPlan {
    private final PDDocument document;
    private final PDFRenderer renderer;
    private final PageSetup setup;
    private final List<String> warnings;
    private final VectorPrinting printing;

    PdfPagedPlan(PDDocument document, PageSetup setup, List<String> warnings, PrintServices printers) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.setup = setup;
        this.warnings = List.copyOf(warnings);
        this.printing = new VectorPrinting(printers);
    }

    @Override
    public int pageCount() {
        return document.getNumberOfPages();
    }

    @Override
    public PageSetup setup() {
        return setup;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public PageImage draw(int index, double dotsPerInch) {
        if (index < 0 || index >= pageCount()) {
            throw new IndexOutOfBoundsException("page " + index + " of " + pageCount());
        }
        try {
            BufferedImage image = renderer.renderImageWithDPI(index, (float) dotsPerInch, ImageType.RGB);
            int w = image.getWidth();
            int h = image.getHeight();
            return new PageImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PrintOutcome print(PrintRequest request) {
        return printing.print(document, setup, request);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // Nothing was written; an in-memory document that fails to close leaks nothing worth reporting.
        }
    }
}
