package org.reelwright.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * A value that follows another only while its panel is on screen, and catches up the moment the panel is shown
 * again. Every panel follows the open production; without this, each edit made every panel (Compare's three plans,
 * the Gantt, the budget, the risks…) rebuild its estimate and its controls although only one panel is visible, and
 * at 10,000 shots that work, not the edit, was what the user waited for (issue 14).
 */
public final class WhileShown {
    private WhileShown() {
    }

    /**
     * @param source what to follow (the open production)
     * @param shown true while the panel is on screen
     * @return {@code source}'s value while shown; while hidden, the value it had when last shown
     */
    public static <T> ReadOnlyObjectProperty<T> follow(ObservableValue<T> source, ObservableValue<Boolean> shown) {
        ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(source.getValue());
        boolean[] stale = {false};
        // The listener on source also holds `shown` strongly: a binding passed as `shown` lives as long as the
        // source does, not until the next garbage collection.
        ChangeListener<T> onSource = (obs, old, now) -> {
            if (Boolean.TRUE.equals(shown.getValue())) {
                value.set(now);
            } else {
                stale[0] = true;
            }
        };
        source.addListener(onSource);
        shown.addListener((obs, was, is) -> {
            if (Boolean.TRUE.equals(is) && stale[0]) {
                stale[0] = false;
                value.set(source.getValue());
            }
        });
        return value.getReadOnlyProperty();
    }
}
