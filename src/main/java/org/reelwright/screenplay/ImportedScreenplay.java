package org.reelwright.screenplay;

import java.util.List;
import java.util.Objects;
import org.reelwright.domain.Production;

/**
 * The outcome of importing a screenplay: the new production, the breakdown it was made from (page count, each
 * scene's source line and whether its length was stated or estimated), the format read, and warnings about things
 * that were read but could not be used as written (an unusable scene number, a name cut to length). Warnings are
 * for showing, not for failing: the production is complete without them.
 */
public record ImportedScreenplay(Production production, ScriptFormat format, ScriptBreakdown breakdown,
        List<String> warnings) {

    public ImportedScreenplay {
        Objects.requireNonNull(production, "production");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(breakdown, "breakdown");
        warnings = List.copyOf(warnings);
    }
}
