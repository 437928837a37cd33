package org.reelwright.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Puts a {@link PlanDocument} on pages. The PDF painter ({@code report.pdf}) is the one implementation; the print
 * preview and the printer show its pages through {@link #paginate}, so what the window shows is what prints.
 * Implementations never drop text silently: whatever they could not set (a character no font has, a table row
 * taller than a page) comes back as a warning the user is shown.
 */
public interface PlanRenderer {

    /**
     * Starts the renderer's one-time setup (finding and reading fonts, loading its library) in the background, so
     * that a plan written soon after is written sooner; a command line calls it before it reads the project.
     * Does nothing by default; never fails (a failure shows when the plan is written).
     */
    default void prepare() {
    }

    /** Writes the plan as a finished document to {@code out} (which it does not close). */
    Rendering write(PlanDocument plan, PageSetup setup, OutputStream out) throws IOException;

    /**
     * Lays the plan out on pages that can be drawn as pictures, for a preview or a printer. The caller closes the
     * result; it is used from one thread at a time.
     */
    PagedPlan paginate(PlanDocument plan, PageSetup setup) throws IOException;

    /**
     * What came of writing a plan.
     *
     * @param warnings sentences for the user (localised), e.g. which character had no font and what to install
     */
    record Rendering(int pageCount, List<String> warnings) {
        public Rendering {
            warnings = List.copyOf(warnings);
        }
    }
}
