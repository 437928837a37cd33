package org.reelwright.report.pdf;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.reelwright.report.PageSetup;

/**
 * The pages as they fill: where the next block goes ({@link #y()}), how much room is left, and a fresh page when a
 * block does not fit. The running header and the "Page n of N" footer are drawn last, when N is known.
 *
 * <p>Page furniture sits inside the margins: the header line at the top of the printable area, the footer at its
 * bottom, and the body between them.
 */
final class PageFlow {
    private static final float FURNITURE = 20;

    private final PDDocument document;
    private final PageSetup setup;
    private final FontChain fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Boolean> withHeader = new ArrayList<>();
    private PdfCanvas canvas;
    private double y;
    private boolean blank = true;
    private boolean headerOnNewPages;
    private int sectionStart;

    PageFlow(PDDocument document, PageSetup setup, FontChain fonts) {
        this.document = document;
        this.setup = setup;
        this.fonts = fonts;
    }

    double left() {
        return setup.leftPoints();
    }

    double width() {
        return setup.widthPoints() - setup.leftPoints() - setup.rightPoints();
    }

    double top() {
        return setup.topPoints() + FURNITURE;
    }

    double bottom() {
        return setup.heightPoints() - setup.bottomPoints() - FURNITURE;
    }

    /** Height of the body of an empty page. */
    double bodyHeight() {
        return bottom() - top();
    }

    double y() {
        return y;
    }

    void advance(double by) {
        y += by;
        blank = false;
    }

    double room() {
        return bottom() - y;
    }

    /** Whether nothing has been drawn on the current page yet (a section need not start yet another page). */
    boolean blank() {
        return blank;
    }

    int pageIndex() {
        return pages.size() - 1;
    }

    /** The canvas of the current page, starting the first page if there is none. */
    PdfCanvas canvas() throws IOException {
        if (canvas == null) {
            newPage();
        }
        return canvas;
    }

    /** From now on, pages carry the running header (everything after the cover does). */
    void headerFromNowOn(boolean header) {
        this.headerOnNewPages = header;
    }

    void newPage() throws IOException {
        if (canvas != null) {
            canvas.close();
        }
        PDPage page = new PDPage(new PDRectangle((float) setup.widthPoints(), (float) setup.heightPoints()));
        document.addPage(page);
        pages.add(page);
        withHeader.add(headerOnNewPages);
        canvas = new PdfCanvas(new PDPageContentStream(document, page), page.getMediaBox().getHeight(), fonts);
        y = top();
        blank = true;
    }

    /** Starts a new page unless {@code needed} points still fit on this one. */
    void ensureRoom(double needed) throws IOException {
        canvas();
        if (!blank && needed > room()) {
            newPage();
        }
    }

    /** Remembers the current page as where the section being painted begins (for its bookmark). */
    void markSectionStart() {
        sectionStart = Math.max(0, pageIndex());
    }

    int sectionStart() {
        return sectionStart;
    }

    List<PDPage> pages() {
        return List.copyOf(pages);
    }

    /** Closes the last page and draws the running header and page numbers on every page. */
    void finish(String runningHeader, String pageLabel, Locale locale) throws IOException {
        if (canvas == null) {
            newPage();
        }
        canvas.close();
        canvas = null;
        int count = pages.size();
        MessageFormat label = new MessageFormat(pageLabel, locale);
        LineBreaker lines = new LineBreaker(fonts);
        for (int i = 0; i < count; i++) {
            PDPage page = pages.get(i);
            try (PdfCanvas furniture = new PdfCanvas(new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true), page.getMediaBox().getHeight(), fonts)) {
                float size = PdfStyle.HEADER_FOOTER;
                if (withHeader.get(i)) {
                    double baseline = setup.topPoints() + size;
                    furniture.text(lines.fit(runningHeader, width(), false, size), left(), baseline, size, false,
                            PdfStyle.MUTED);
                    furniture.line(left(), baseline + 4, left() + width(), baseline + 4, PdfStyle.RULE, 0.5);
                }
                double baseline = setup.heightPoints() - setup.bottomPoints();
                String number = label.format(new Object[] {i + 1, count});
                float numberWidth = fonts.width(number, false, size);
                furniture.line(left(), baseline - size - 4, left() + width(), baseline - size - 4, PdfStyle.RULE,
                        0.5);
                furniture.text(number, left() + width() - numberWidth, baseline, size, false, PdfStyle.MUTED);
            }
        }
    }
}
