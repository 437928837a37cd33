package org.reelwright.domain;

import java.util.Objects;
import java.util.UUID;

/** Stable identity of a consent record, kept across edits and saves. */
public record ConsentId(UUID value) {
    public ConsentId {
        Objects.requireNonNull(value, "value");
    }

    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }

    public static ConsentId parse(String text) {
        try {
            return new ConsentId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id", Checks.phrase("id.notUuid", Checks.subject("consentId"), text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
