package org.reelwright.benchmark;

import org.reelwright.domain.InvalidInputException;

/**
 * Where in an article a rule's statement is made, so a reader can check it: the source cited, who says it there
 * ({@link #NARRATION} when it is the article's own voice, or the studio or publisher when no person is quoted), the
 * paragraph of the article (counted from 1 by blank-line-separated paragraphs of the stored text), a short word or
 * phrase of the article that locates the statement in that paragraph, and what was said, in our own words.
 */
public record Citation(String sourceId, String speaker, int paragraph, String anchor, String paraphrase) {
    /** The speaker of a statement the article makes in its own voice (the journalist, the report, the essayist). */
    public static final String NARRATION = "narration";

    public Citation {
        require(sourceId, sourceId, "source");
        require(sourceId, speaker, "speaker");
        require(sourceId, anchor, "anchor");
        require(sourceId, paraphrase, "paraphrase");
        if (paragraph < 1) {
            throw new InvalidInputException("paragraph", ValidationWords.about("citation", sourceId,
                    "citation.paragraph", paragraph));
        }
    }

    /** True when the article says it in its own voice rather than quoting someone. */
    public boolean isNarration() {
        return NARRATION.equals(speaker);
    }

    private static void require(String sourceId, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, ValidationWords.about("citation", sourceId, "check.empty",
                    ValidationWords.field(field)));
        }
    }
}
