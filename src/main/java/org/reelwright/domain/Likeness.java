package org.reelwright.domain;

/**
 * Whose face or voice an AI use shows. Unknown until the director says: an AI shot with realistic faces is treated as
 * a real person's likeness (it needs a consent) unless the register says the people are invented.
 */
public enum Likeness implements CodedEnum {
    UNKNOWN, REAL_PERSON, INVENTED, NO_PERSON;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    /** True when no consent is needed: the register says nobody real is shown or heard. */
    public boolean needsNoConsent() {
        return this == INVENTED || this == NO_PERSON;
    }

    public static Likeness fromId(String id) {
        return CodedEnum.parse(Likeness.class, id, "likeness");
    }
}
