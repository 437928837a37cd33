package org.reelwright.report;

import java.util.List;

/**
 * A plan laid out on pages, drawn one page at a time on demand (a 1,000-shot plan has dozens of pages; holding
 * all of them as pictures would take hundreds of megabytes). Not thread-safe: use it from one thread and close it.
 */
public interface PagedPlan extends AutoCloseable {

    int pageCount();

    /** The sheet the pages were laid out for. */
    PageSetup setup();

    /** Sentences for the user about what could not be set as asked, as in {@link PlanRenderer.Rendering}. */
    List<String> warnings();

    /**
     * Draws one page at {@code dotsPerInch}.
     *
     * @param index from 0
     */
    PageImage draw(int index, double dotsPerInch);

    /**
     * Sends the pages themselves (vector text and lines, not pictures) to the printer the request names, on the
     * sheet of {@link #setup()}. Blocks until the job is queued, so call it off the FX thread.
     * docs/decisions/0009-printing-vector-pages.md tells what is verified and where it falls back.
     *
     * @return {@link PrintOutcome.Printed} once the printer's queue has the job; otherwise why the print service
     *     did not take it, so that the caller can print another way
     */
    PrintOutcome print(PrintRequest request);

    @Override
    void close();

    /**
     * A page as pixels, independent of any toolkit: {@code argb} holds {@code width * height} pixels row by row,
     * each as 0xAARRGGBB. Invariant: {@code argb.length == width * height}.
     */
    record PageImage(int width, int height, int[] argb) {
        public PageImage {
            if (width <= 0 || height <= 0 || argb.length != width * height) {
                throw new IllegalArgumentException("a " + width + " x " + height + " page needs " + width * height
                        + " pixels, got " + argb.length);
            }
        }
    }
}
