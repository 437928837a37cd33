package org.reelwright.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * One choice among a few values as joined pill buttons, kept in step with a property both ways. One is always
 * selected: clicking the selected one again keeps it (a plain toggle group would leave none).
 */
public final class PillChoice {
    private PillChoice() {
    }

    /** @param id each button's node id, for tests and accessibility tools */
    public static <T> HBox of(List<T> values, Function<T, String> name, Function<T, String> id,
            ObjectProperty<T> chosen) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            ToggleButton button = new ToggleButton(name.apply(value));
            button.setId(id.apply(value));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.size() - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            button.setSelected(value == chosen.get());
            Fit.whole(button); // a pill cut to "Curr…" cannot be chosen by its name
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                chosen.set(value);
            }
        });
        chosen.addListener((obs, old, now) -> group.getToggles().stream().filter(t -> t.getUserData() == now)
                .findFirst().ifPresent(group::selectToggle));
        return box;
    }
}
