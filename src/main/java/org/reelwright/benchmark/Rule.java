package org.reelwright.benchmark;

import java.util.List;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.StageId;

/** A rule drawn from the articles (A1–A12 of ESTIMATION.md), summarised in our words, with its source. */
public record Rule(String id, String summary, List<StageId> stages, List<String> sourceIds) {

    public Rule {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "Rule: id must not be empty");
        }
        if (summary == null || summary.isBlank()) {
            throw new InvalidInputException("summary", "Rule " + id + ": summary must not be empty");
        }
        stages = stages == null ? List.of() : List.copyOf(stages);
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
        if (sourceIds.isEmpty()) {
            throw new InvalidInputException("sources", "Rule " + id + ": a rule needs at least one source");
        }
    }
}
