package org.reelwright.benchmark;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Phrase;
import org.reelwright.domain.StageId;

/**
 * One rate of the library: a three-point figure (low ≤ likely ≤ high, none negative) in a unit, with the year it
 * was true, its confidence and sources. Money rates have a currency; quantities (hours per minute, setups per day,
 * factors) have none. Invariants: a figure other than an {@code assumption} cites at least one source; an
 * assumption says in its note why no source is given. {@code stage} is null for rates used by any stage.
 */
public record Benchmark(String id, String label, StageId stage, Basis basis, String unit, BigDecimal low,
        BigDecimal likely, BigDecimal high, Currency currency, int year, Confidence confidence,
        List<String> sourceIds, List<String> ruleIds, String note) {

    public Benchmark {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", ValidationWords.about("benchmark", null, "check.empty",
                    ValidationWords.field("id")));
        }
        Phrase subject = ValidationWords.phrase("subject.benchmark", id);
        require(label, subject, "label");
        require(basis, subject, "workflow");
        require(unit, subject, "unit");
        require(low, subject, "low");
        require(likely, subject, "likely");
        require(high, subject, "high");
        require(confidence, subject, "confidence");
        if (low.signum() < 0 || low.compareTo(likely) > 0 || likely.compareTo(high) > 0) {
            throw new InvalidInputException("likely", ValidationWords.about("benchmark", id, "benchmark.order", low,
                    likely, high));
        }
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", ValidationWords.about("benchmark", id, "benchmark.year",
                    String.valueOf(year)));
        }
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
        note = note == null ? "" : note.strip();
        if (confidence != Confidence.ASSUMPTION && sourceIds.isEmpty()) {
            throw new InvalidInputException("sources", ValidationWords.about("benchmark", id, "benchmark.needsSource",
                    confidence.id()));
        }
        if (confidence == Confidence.ASSUMPTION && sourceIds.isEmpty() && note.isEmpty()) {
            throw new InvalidInputException("note", ValidationWords.about("benchmark", id, "benchmark.assumptionNote"));
        }
    }

    public boolean isMoney() {
        return currency != null;
    }

    private static void require(Object value, Phrase subject, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new InvalidInputException(field, ValidationWords.phrase("subject.about", subject,
                    ValidationWords.phrase("check.required", ValidationWords.field(field))));
        }
    }
}
