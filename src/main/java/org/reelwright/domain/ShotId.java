package org.reelwright.domain;

import java.util.Objects;
import java.util.UUID;

/** Stable identity of a shot, kept across edits, renumbering and saves. */
public record ShotId(UUID value) {
    public ShotId {
        Objects.requireNonNull(value, "value");
    }

    public static ShotId random() {
        return new ShotId(UUID.randomUUID());
    }

    public static ShotId parse(String text) {
        try {
            return new ShotId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id", Checks.phrase("id.notUuid", Checks.subject("shotId"), text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
