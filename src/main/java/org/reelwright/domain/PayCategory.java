package org.reelwright.domain;

/**
 * The kinds of cost whose pay terms a director can choose: people working on the film (crew labour, including the
 * artists and freelancers priced per frame, shot or minute), performers, places and gear. Everything else — tools,
 * subscriptions, generation, licences, permits, food, festival fees — is out-of-pocket and always cash.
 */
public enum PayCategory implements CodedEnum {
    CREW, CAST, LOCATION, EQUIPMENT;

    @Override
    public String id() {
        return CodedEnum.idOf(this);
    }

    public static PayCategory fromId(String id) {
        return CodedEnum.parse(PayCategory.class, id, "payCategory");
    }
}
