package org.reelwright.report;

/**
 * What came of sending a plan's own pages to a printer ({@link PagedPlan#print}). Only {@link Printed} means the
 * job reached the printer; the other two say why it did not, so that the caller can print another way.
 */
public sealed interface PrintOutcome {

    /** The job was handed to the printer's queue. */
    record Printed(int pages) implements PrintOutcome {
        public Printed {
            if (pages < 0) {
                throw new IllegalArgumentException("pages: " + pages);
            }
        }
    }

    /** No print service of this computer has the printer's name. */
    record NoSuchPrinter(String printerName) implements PrintOutcome {
    }

    /**
     * The print service exists but would not take the pages: it cannot print this kind of job, or it failed while
     * taking it (on CUPS the job is handed to the queue only at the end, so such a failure queued nothing).
     *
     * @param reason the platform's own words, for a detail in parentheses
     */
    record Refused(String reason) implements PrintOutcome {
    }
}
