package org.reelwright.benchmark;

import org.reelwright.domain.CodedEnum;

/**
 * How far a figure can be trusted: {@code high} is a primary source (vendor price page, union, government),
 * {@code medium} reputable secondary reporting, {@code low} a blog, vendor claim or single anecdote, and
 * {@code assumption} means no public figure was found — the user should set a local rate.
 */
public enum Confidence implements CodedEnum {
    HIGH, MEDIUM, LOW, ASSUMPTION;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static Confidence fromId(String id) {
        return CodedEnum.parse(Confidence.class, id, "confidence");
    }
}
