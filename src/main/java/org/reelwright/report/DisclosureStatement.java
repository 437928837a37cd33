package org.reelwright.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A disclosure statement for one profile, in one language: an introduction and one part per requirement (its
 * question and the answer from the register), with the sources each rests on.
 */
public record DisclosureStatement(String profileId, String title, String intro, List<Part> parts) {
    public DisclosureStatement {
        parts = List.copyOf(parts);
    }

    /** One requirement answered: the question as the profile words it, the answer, and "title — address (date)". */
    public record Part(String question, String answer, List<String> sources) {
        public Part {
            sources = List.copyOf(sources);
        }
    }

    /** The statement as plain text, to paste into a submission form. */
    public String text() {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        if (!intro.isBlank()) {
            out.append(intro).append("\n\n");
        }
        out.append(parts.stream().map(p -> p.question() + "\n" + p.answer()).collect(Collectors.joining("\n\n")));
        return out.append('\n').toString();
    }
}
