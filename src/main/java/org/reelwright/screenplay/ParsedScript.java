package org.reelwright.screenplay;

import java.util.List;
import java.util.Objects;

/**
 * What a reader found in a script file: the title (empty when the file has none) and the printing elements in
 * reading order, plus warnings about things it read but could not use as written. The breakdown works from this
 * alone, so Fountain and Final Draft files are broken down the same way.
 */
public record ParsedScript(String title, List<ScriptElement> elements, List<String> warnings) {

    public ParsedScript {
        title = Objects.requireNonNull(title, "title").strip();
        elements = List.copyOf(elements);
        warnings = List.copyOf(warnings);
    }
}
