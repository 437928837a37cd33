package org.reelwright.ui.benchmarks;

import java.util.List;
import org.reelwright.benchmark.Confidence;

/**
 * Everything the details pane says about one rate, already in words: its figures (the library's and, when set, the
 * user's), where an override applies, which stages of the plan use it, the library's note, its sources and rules.
 *
 * @param yourFigure the user's figure as text, or empty when the library's is used
 * @param yourNote the note the user gave with their figure, or empty
 * @param appliesTo where an override of this rate holds (its home stage, or every stage for a shared rate)
 * @param usedBy which stages of the current plan use the rate, as a sentence
 */
public record BenchmarkDetails(String title, String id, String stageName, String basisName, Confidence confidence,
        String confidenceName, String libraryFigure, String yourFigure, String yourNote, String appliesTo,
        String usedBy, String note, List<SourceLine> sources, List<RuleLine> rules) {

    public BenchmarkDetails {
        sources = List.copyOf(sources);
        rules = List.copyOf(rules);
    }

    public boolean yours() {
        return !yourFigure.isEmpty();
    }

    /**
     * A source as the pane lists it.
     *
     * @param byline speaker and publisher, as far as the source names them, or empty
     * @param date the date as the source gives it, or empty
     * @param address a web address or the saved file's name, or empty
     */
    public record SourceLine(String title, String byline, String date, String address) {
    }

    /** A rule from the articles the rate rests on, e.g. "A3" and its summary. */
    public record RuleLine(String id, String summary) {
    }
}
