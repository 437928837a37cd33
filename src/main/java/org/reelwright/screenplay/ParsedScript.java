package org.reelwright.screenplay;

import java.util.List;
import java.util.Objects;

/**
 * What a reader found in a script file: the title, author and draft date of its title page (each empty when the
 * file has none) and the printing elements in reading order, plus warnings about things it read but could not use
 * as written. The breakdown works from this alone, so Fountain and Final Draft files are broken down the same way.
 */
public record ParsedScript(String title, List<ScriptElement> elements, List<String> warnings, String author,
        String draftDate) {

    public ParsedScript {
        title = Objects.requireNonNull(title, "title").strip();
        elements = List.copyOf(elements);
        warnings = List.copyOf(warnings);
        author = Objects.requireNonNull(author, "author").strip();
        draftDate = Objects.requireNonNull(draftDate, "draftDate").strip();
    }

    /** A script whose title page names no author or draft date. */
    public ParsedScript(String title, List<ScriptElement> elements, List<String> warnings) {
        this(title, elements, warnings, "", "");
    }
}
