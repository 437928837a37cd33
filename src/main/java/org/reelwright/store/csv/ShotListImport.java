package org.reelwright.store.csv;

import java.util.List;
import java.util.Objects;
import org.reelwright.domain.Production;

/**
 * The outcome of merging a shot list into a production: the updated production, how many shots were added and
 * updated, and warnings about parts of the file that were ignored (columns Reelwright does not know).
 * Invariants: counts are not negative.
 */
public record ShotListImport(Production production, int shotsAdded, int shotsUpdated, List<String> warnings) {

    public ShotListImport {
        Objects.requireNonNull(production, "production");
        warnings = List.copyOf(warnings);
        if (shotsAdded < 0 || shotsUpdated < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
