package org.reelwright.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum with a stable lower-case id, used in project files, the command line and tests. Ids never change once
 * released; display names come from the UI's resource bundle, keyed by the id.
 */
public interface CodedEnum {
    String id();

    /**
     * Looks an id up in {@code type}, case-insensitively.
     *
     * @throws InvalidInputException naming the field, the bad value and every accepted id
     */
    static <E extends Enum<E> & CodedEnum> E parse(Class<E> type, String id, String field) {
        if (id != null) {
            String wanted = id.strip();
            for (E e : type.getEnumConstants()) {
                if (e.id().equalsIgnoreCase(wanted)) {
                    return e;
                }
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants()).map(CodedEnum::id).collect(Collectors.joining(", "));
        throw new InvalidInputException(field, Checks.phrase("enum.unknown", Checks.field(field), String.valueOf(id),
                accepted));
    }

    /** Turns {@code AI_IMAGE_TO_VIDEO} into {@code ai-image-to-video}. */
    static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
