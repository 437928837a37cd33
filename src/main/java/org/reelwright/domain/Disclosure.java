package org.reelwright.domain;

/**
 * The production's AI disclosure and rights record (issue 16): what AI made, under which terms, and the consents of
 * the people it touches. Grown by the disclosure work; {@link #EMPTY} is a production that has recorded nothing.
 */
public record Disclosure() {
    public static final Disclosure EMPTY = new Disclosure();
}
