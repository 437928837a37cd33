package org.reelwright.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box or a choice cell shows one of a fixed list of values, and finds the value again from its name. */
public final class ChoiceNames {
    private ChoiceNames() {
    }

    /**
     * Names each of {@code values} by {@code name}; no value shows as an empty box. A name that is none of the
     * values' gives no value.
     */
    public static <T> StringConverter<T> of(List<T> values, Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return values.stream().filter(v -> name.apply(v).equals(text)).findFirst().orElse(null);
            }
        };
    }
}
