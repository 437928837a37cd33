package org.reelwright.screenplay;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a file states about a scene's place in the printed script, as Final Draft keeps it in
 * {@code SceneProperties}: the length in eighths of a page and the page the scene starts on. Fountain files state
 * neither. Invariants: a length is 0 or more; a page is 1 or more.
 */
public record StoredSceneProperties(OptionalInt lengthEighths, OptionalInt page) {

    public static final StoredSceneProperties NONE = new StoredSceneProperties(OptionalInt.empty(), OptionalInt.empty());

    public StoredSceneProperties {
        Objects.requireNonNull(lengthEighths, "lengthEighths");
        Objects.requireNonNull(page, "page");
        if (lengthEighths.isPresent() && lengthEighths.getAsInt() < 0) {
            throw new IllegalArgumentException("length must not be negative: " + lengthEighths);
        }
        if (page.isPresent() && page.getAsInt() < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
    }

    public boolean isEmpty() {
        return lengthEighths.isEmpty() && page.isEmpty();
    }
}
