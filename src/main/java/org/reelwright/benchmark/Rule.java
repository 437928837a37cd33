package org.reelwright.benchmark;

import java.util.List;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.StageId;

/**
 * A rule drawn from the articles (A1–A12 of ESTIMATION.md), summarised in our words, with its sources and, for each
 * statement it rests on, a {@link Citation} (who says it, in which paragraph, paraphrased) so a reader can check it.
 * Invariants: at least one source and one citation; every citation cites one of the rule's sources.
 */
public record Rule(String id, String summary, List<StageId> stages, List<String> sourceIds,
        List<Citation> citations) {

    public Rule {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", ValidationWords.about("rule", null, "check.empty",
                    ValidationWords.field("id")));
        }
        if (summary == null || summary.isBlank()) {
            throw new InvalidInputException("summary", ValidationWords.about("rule", id, "check.empty",
                    ValidationWords.field("summary")));
        }
        stages = stages == null ? List.of() : List.copyOf(stages);
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
        if (sourceIds.isEmpty()) {
            throw new InvalidInputException("sources", ValidationWords.about("rule", id, "rule.needsSource"));
        }
        citations = citations == null ? List.of() : List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new InvalidInputException("citations", ValidationWords.about("rule", id, "rule.needsCitation"));
        }
        for (Citation c : citations) {
            if (!sourceIds.contains(c.sourceId())) {
                throw new InvalidInputException("citations", ValidationWords.about("rule", id,
                        "rule.citationSource", c.sourceId()));
            }
        }
    }
}
