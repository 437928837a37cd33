package org.reelwright.domain;

import java.util.Objects;
import java.util.UUID;

/** Stable identity of a production, kept across edits, renumbering and saves. */
public record ProductionId(UUID value) {
    public ProductionId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductionId random() {
        return new ProductionId(UUID.randomUUID());
    }

    public static ProductionId parse(String text) {
        try {
            return new ProductionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id", Checks.phrase("id.notUuid", Checks.subject("productionId"), text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
