package org.reelwright.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A print job as the user asked for it in the system's print dialog, in words no toolkit owns, so that the plan's
 * own pages can be sent to that printer ({@link PagedPlan#print}). Invariants: printer and job name not blank; at
 * least one copy; page ranges in ascending order without overlap (empty means every page).
 *
 * @param printerName the printer's name as the operating system's print services spell it
 * @param jobName what the printer's queue shows for the job
 * @param collated whether copies are printed as whole sets (1, 2, 3, 1, 2, 3) rather than page by page
 * @param pageRanges the pages to print, numbered from 1; empty for all of them
 * @param outputFile where the job is written instead of printed ("Print to file" in the dialog)
 */
public record PrintRequest(String printerName, String jobName, int copies, boolean collated,
        List<PageRange> pageRanges, Sides sides, Optional<Path> outputFile) {

    public PrintRequest {
        requireText(printerName, "printer name");
        requireText(jobName, "job name");
        if (copies < 1) {
            throw new IllegalArgumentException("at least one copy is printed, asked for " + copies);
        }
        pageRanges = List.copyOf(pageRanges);
        for (int i = 1; i < pageRanges.size(); i++) {
            if (pageRanges.get(i).first() <= pageRanges.get(i - 1).last()) {
                throw new IllegalArgumentException("page ranges must ascend without overlap: " + pageRanges);
            }
        }
        Objects.requireNonNull(sides, "sides");
        Objects.requireNonNull(outputFile, "output file");
    }

    /** One copy of every page, one-sided, to the printer. */
    public static PrintRequest of(String printerName, String jobName) {
        return new PrintRequest(printerName, jobName, 1, true, List.of(), Sides.ONE_SIDED, Optional.empty());
    }

    /** How many of a document's {@code pageCount} pages this job prints (each copy counted once). */
    public int pagesOf(int pageCount) {
        if (pageRanges.isEmpty()) {
            return pageCount;
        }
        return pageRanges.stream().mapToInt(range -> range.pagesWithin(pageCount)).sum();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a print job needs a " + what);
        }
    }

    /** Pages {@code first} to {@code last}, both included, numbered from 1. */
    public record PageRange(int first, int last) {
        public PageRange {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("no pages from " + first + " to " + last);
            }
        }

        int pagesWithin(int pageCount) {
            return Math.max(0, Math.min(last, pageCount) - first + 1);
        }
    }

    /** Which sides of the sheet are printed; two-sided turns over the long or the short edge. */
    public enum Sides { ONE_SIDED, TWO_SIDED_LONG_EDGE, TWO_SIDED_SHORT_EDGE }
}
