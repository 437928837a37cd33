package org.reelwright.ui.print;

import java.io.IOException;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.ui.common.Messages;

/**
 * Prints through JavaFX's {@link PrinterJob}: the pages the preview shows, as pictures drawn at printer
 * resolution, each scaled to the printable area of the sheet the user picked. Printing pictures rather than
 * re-setting the text keeps the printout identical to the PDF and the preview (docs/decisions/0005-pdf-plan.md).
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
        return Optional.of(new FxJob(job));
    }

    private static final class FxJob implements Job {
        private final PrinterJob job;

        FxJob(PrinterJob job) {
            this.job = job;
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

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
