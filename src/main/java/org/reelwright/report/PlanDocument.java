package org.reelwright.report;

import java.util.List;

/**
 * The production plan, laid out once and painted by each medium (PDF, print preview, printer).
 *
 * @param title the production's title, also the document's metadata title
 * @param subject what the document is, for PDF metadata ("Production plan — scenario: current")
 * @param runningHeader the line at the top of every page after the cover
 * @param pageLabel a pattern with {0} = page and {1} = page count ("Page {0} of {1}")
 */
public record PlanDocument(String title, String author, String subject, String runningHeader, String pageLabel,
        List<Section> sections) {
    public PlanDocument {
        sections = List.copyOf(sections);
    }
}
