package org.reelwright.ui.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.print.Collation;
import javafx.print.JobSettings;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PrintRequest;
import org.reelwright.ui.common.Messages;

/**
 * Prints through JavaFX's {@link PrinterJob}. Its dialog is the one users know, so it chooses the printer and the
 * settings; the plan's own vector pages then go to that printer by name ({@link Job#request()}: JavaFX's printers
 * are Java 2D print services and carry their names). When they cannot, this job gets the pages the preview shows,
 * as pictures drawn at printer resolution, each scaled to the printable area of the sheet the user picked
 * (docs/decisions/0009-printing-vector-pages.md).
 */
public final class FxPlanPrinter implements PlanPrinter {
    private final Window owner;
    private final Messages messages;

    public FxPlanPrinter(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Job> begin(PageSetup setup, String jobName) throws IOException {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            throw new IOException(messages.get("print.noPrinter"));
        }
        job.getJobSettings().setJobName(jobName);
        job.getJobSettings().setPageLayout(printer.createPageLayout(
                setup.paper() == PageSetup.Paper.A4 ? Paper.A4 : Paper.NA_LETTER,
                setup.orientation() == PageSetup.Orientation.LANDSCAPE ? PageOrientation.LANDSCAPE
                        : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new FxJob(job, request(job, jobName)));
    }

    /** The dialog's choices in the report's words; read here, on the FX thread, where JobSettings live. */
    private static PrintRequest request(PrinterJob job, String jobName) {
        JobSettings settings = job.getJobSettings();
        String chosenName = settings.getJobName();
        return new PrintRequest(job.getPrinter().getName(),
                chosenName == null || chosenName.isBlank() ? jobName : chosenName,
                settings.getCopies(), settings.getCollation() == Collation.COLLATED,
                pageRanges(settings.getPageRanges()),
                switch (settings.getPrintSides()) {
                    case ONE_SIDED -> PrintRequest.Sides.ONE_SIDED;
                    case DUPLEX -> PrintRequest.Sides.TWO_SIDED_LONG_EDGE;
                    case TUMBLE -> PrintRequest.Sides.TWO_SIDED_SHORT_EDGE;
                },
                Optional.ofNullable(settings.getOutputFile()).filter(file -> !file.isBlank()).map(Path::of));
    }

    private static List<PrintRequest.PageRange> pageRanges(PageRange[] ranges) {
        return ranges == null ? List.of() : Arrays.stream(ranges)
                .map(range -> new PrintRequest.PageRange(range.getStartPage(), range.getEndPage())).toList();
    }

    private static final class FxJob implements Job {
        private final PrinterJob job;
        private final PrintRequest request;

        FxJob(PrinterJob job, PrintRequest request) {
            this.job = job;
            this.request = request;
        }

        @Override
        public PrintRequest request() {
            return request;
        }

        @Override
        public void print(PagedPlan.PageImage page) throws IOException {
            PageLayout layout = job.getJobSettings().getPageLayout();
            ImageView view = new ImageView(PageImages.toFx(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                throw new IOException(String.valueOf(job.getJobStatus()));
            }
        }

        @Override
        public void finish() throws IOException {
            if (!job.endJob()) {
                throw new IOException(String.valueOf(job.getJobStatus()));
            }
        }

        /** JavaFX starts the system job only with the first page, so cancelling before it queues nothing. */
        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
