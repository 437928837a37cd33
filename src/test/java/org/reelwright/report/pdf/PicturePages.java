package org.reelwright.report.pdf;

import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import org.reelwright.report.PagedPlan;

/**
 * The printing route vector pages replace, for comparing against it (PdfPrintingTest, perf/PrintRouteHarness): each
 * page drawn as a 200-dpi picture over the whole sheet, as JavaFX's printer job is sent when it falls back.
 */
public final class PicturePages {
    private PicturePages() {
    }

    /** Prints every page of {@code pages} as a picture through {@code job}, whose print service is already set. */
    public static void print(PagedPlan pages, PrinterJob job) throws PrinterException {
        PageFormat format = job.defaultPage();
        Paper sheet = new Paper();
        sheet.setSize(pages.setup().widthPoints(), pages.setup().heightPoints());
        sheet.setImageableArea(0, 0, sheet.getWidth(), sheet.getHeight());
        format.setPaper(sheet);
        job.setPrintable((graphics, pageFormat, index) -> {
            if (index >= pages.pageCount()) {
                return Printable.NO_SUCH_PAGE;
            }
            PagedPlan.PageImage page = pages.draw(index, 200);
            BufferedImage picture = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_INT_RGB);
            picture.setRGB(0, 0, page.width(), page.height(), page.argb(), 0, page.width());
            graphics.drawImage(picture, 0, 0, (int) sheet.getWidth(), (int) sheet.getHeight(), null);
            return Printable.PAGE_EXISTS;
        }, format);
        job.print();
    }
}
