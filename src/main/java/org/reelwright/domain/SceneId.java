package org.reelwright.domain;

import java.util.Objects;
import java.util.UUID;

/** Stable identity of a scene, kept across edits, renumbering and saves. */
public record SceneId(UUID value) {
    public SceneId {
        Objects.requireNonNull(value, "value");
    }

    public static SceneId random() {
        return new SceneId(UUID.randomUUID());
    }

    public static SceneId parse(String text) {
        try {
            return new SceneId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id", Checks.phrase("id.notUuid", Checks.subject("sceneId"), text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
