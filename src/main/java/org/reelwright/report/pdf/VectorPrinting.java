package org.reelwright.report.pdf;

import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.Destination;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PageRanges;
import javax.print.attribute.standard.SheetCollate;
import javax.print.attribute.standard.Sides;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PrintOutcome;
import org.reelwright.report.PrintRequest;

/**
 * Prints the plan's PDF with Java 2D printing: PDFBox draws each page's text, lines and fills as vector graphics on
 * the printer's {@code Graphics2D} (no picture of the page is made), on the sheet of the plan's {@link PageSetup}.
 * Why this route and what it was verified on: docs/decisions/0009-printing-vector-pages.md.
 */
final class VectorPrinting {
    private final PrintServices services;

    VectorPrinting(PrintServices services) {
        this.services = services;
    }

    /** Blocks until the print service has queued the job (or written it, for a stream or a file). */
    PrintOutcome print(PDDocument document, PageSetup setup, PrintRequest request) {
        Optional<PrintService> service = services.named(request.printerName());
        if (service.isEmpty()) {
            return new PrintOutcome.NoSuchPrinter(request.printerName());
        }
        PrinterJob job = PrinterJob.getPrinterJob();
        try {
            job.setPrintService(service.get());
            job.setPageable(pages(document, setup));
            job.print(attributes(setup, request));
        } catch (PrinterException e) {
            return new PrintOutcome.Refused(reason(e));
        }
        return new PrintOutcome.Printed(request.pagesOf(document.getNumberOfPages()));
    }

    /**
     * The first words along the causes: a failed spool comes as a PrinterIOException without a message of its own,
     * whose cause says what the spooler said.
     */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    /**
     * Every page on the plan's sheet. The PDF page already holds the plan's margins, so the whole sheet is the
     * imageable area; a platform that insists on its own hardware margins gets the page shrunk and centred, as the
     * picture route fits the page to the printable area, and it is never enlarged.
     */
    private static Book pages(PDDocument document, PageSetup setup) {
        Paper paper = new Paper();
        double portraitWidth = Math.min(setup.widthPoints(), setup.heightPoints());
        double portraitHeight = Math.max(setup.widthPoints(), setup.heightPoints());
        paper.setSize(portraitWidth, portraitHeight);
        paper.setImageableArea(0, 0, portraitWidth, portraitHeight);
        PageFormat format = new PageFormat();
        format.setPaper(paper);
        format.setOrientation(setup.orientation() == PageSetup.Orientation.LANDSCAPE ? PageFormat.LANDSCAPE
                : PageFormat.PORTRAIT);
        Book book = new Book();
        book.append(new PDFPrintable(document, Scaling.SHRINK_TO_FIT, false, PDFPrintable.RASTERIZE_OFF, true),
                format, document.getNumberOfPages());
        return book;
    }

    private static PrintRequestAttributeSet attributes(PageSetup setup, PrintRequest request) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(request.jobName(), null));
        attributes.add(new Copies(request.copies()));
        attributes.add(request.collated() ? SheetCollate.COLLATED : SheetCollate.UNCOLLATED);
        attributes.add(switch (request.sides()) {
            case ONE_SIDED -> Sides.ONE_SIDED;
            case TWO_SIDED_LONG_EDGE -> Sides.TWO_SIDED_LONG_EDGE;
            case TWO_SIDED_SHORT_EDGE -> Sides.TWO_SIDED_SHORT_EDGE;
        });
        attributes.add(setup.paper() == PageSetup.Paper.A4 ? MediaSizeName.ISO_A4 : MediaSizeName.NA_LETTER);
        if (!request.pageRanges().isEmpty()) {
            attributes.add(new PageRanges(request.pageRanges().stream()
                    .map(range -> new int[] {range.first(), range.last()}).toArray(int[][]::new)));
        }
        request.outputFile().ifPresent(file -> attributes.add(new Destination(file.toUri())));
        return attributes;
    }
}
