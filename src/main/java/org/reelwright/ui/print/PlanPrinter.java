package org.reelwright.ui.print;

import java.io.IOException;
import java.util.Optional;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;

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

    /** A print job: pages go to the printer in order, then the job is finished (or cancelled on failure). */
    interface Job {
        void print(PagedPlan.PageImage page) throws IOException;

        void finish() throws IOException;

        void cancel();
    }
}
