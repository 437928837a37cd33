package org.reelwright.ui.print;

import java.io.IOException;
import java.util.Optional;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PrintRequest;

/**
 * The printer, behind an interface so that the print flow can be tested without one. {@link #begin} runs on the
 * FX thread (it shows the system's print dialog); the job's pages are then sent from a background thread.
 */
public interface PlanPrinter {

    /**
     * Asks the user where and how to print.
     *
     * @return the job to send pages to, or empty when the user cancelled
     * @throws IOException when there is no printer to print on, with a message for the user
     */
    Optional<Job> begin(PageSetup setup, String jobName) throws IOException;

    /**
     * A print job. The plan's own vector pages go to {@link #request()}'s printer when they can, and then this job
     * is cancelled unused; otherwise pictures of the pages go to this job in order, then it is finished (or cancelled
     * on failure). docs/decisions/0009-printing-vector-pages.md
     */
    interface Job {
        /** The printer and the settings the user chose in the dialog, read when the dialog closed. */
        PrintRequest request();

        void print(PagedPlan.PageImage page) throws IOException;

        void finish() throws IOException;

        /** Ends the job; when no picture was sent yet, nothing reaches the printer, not even a blank sheet. */
        void cancel();
    }
}
