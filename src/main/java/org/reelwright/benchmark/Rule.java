package org.reelwright.benchmark;

import java.util.List;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.StageId;

/** A rule drawn from the articles (A1–A12 of ESTIMATION.md), summarised in our words, with its source. */
public record Rule(String id, String summary, List<StageId> stages, List<String> sourceIds) {

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
    }
}
