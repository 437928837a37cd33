package org.reelwright.domain;

/**
 * Thrown when a value cannot be built from the input given. The message is written for the user: it names the
 * subject (e.g. {@code Shot 12A}), the field, what is allowed and what was given, so it can be shown as is.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the message is about, e.g. {@code durationSeconds}, for forms that mark the offending input. */
    public String field() {
        return field;
    }
}
