package org.reelwright.domain;

/** The production's genre; sci-fi and fantasy are where AI generation pays off most (rule A5). */
public enum Genre implements CodedEnum {
    DRAMA, COMEDY, THRILLER, HORROR, SCI_FI, FANTASY, DOCUMENTARY, ANIMATION, EXPERIMENTAL;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static Genre fromId(String id) {
        return CodedEnum.parse(Genre.class, id, "genre");
    }
}
