package org.reelwright.benchmark;

import org.reelwright.domain.InvalidInputException;

/**
 * Where a figure or rule comes from. Invariants: id and title are non-blank; the rest may be absent (null) when the
 * source does not give it.
 */
public record Source(String id, String title, String publisher, String speaker, String date, String address) {

    public Source {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", ValidationWords.about("source", null, "check.empty",
                    ValidationWords.field("id")));
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", ValidationWords.about("source", id, "check.empty",
                    ValidationWords.field("title")));
        }
    }

    /** A short citation for explanations: "Cyber Film School (Glen Berry), 2022". */
    public String citation() {
        StringBuilder b = new StringBuilder();
        if (speaker != null && !speaker.isBlank()) {
            b.append(speaker).append(", ");
        }
        b.append(publisher != null && !publisher.isBlank() ? publisher : title);
        if (date != null && date.length() >= 4) {
            b.append(", ").append(date, 0, 4);
        }
        return b.toString();
    }
}
