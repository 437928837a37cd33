package org.reelwright.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class WhileShownTest {
    private final SimpleObjectProperty<String> production = new SimpleObjectProperty<>("v1");
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectProperty<String> followed = WhileShown.follow(production, shown);
    private final List<String> seen = new ArrayList<>();

    WhileShownTest() {
        followed.addListener((obs, old, now) -> seen.add(now));
    }

    @Test
    void followsEveryChangeWhileShown() {
        production.set("v2");
        production.set("v3");
        assertEquals(List.of("v2", "v3"), seen);
    }

    @Test
    void holdsStillWhileHiddenAndCatchesUpOnceWhenShownAgain() {
        shown.set(false);
        production.set("v2");
        production.set("v3");
        production.set("v4");
        assertEquals("v1", followed.get());
        assertEquals(List.of(), seen, "a hidden panel computes nothing");
        shown.set(true);
        assertEquals("v4", followed.get());
        assertEquals(List.of("v4"), seen, "one catch-up, with the newest value");
    }

    @Test
    void showingAgainWithoutAChangeRecomputesNothing() {
        shown.set(false);
        shown.set(true);
        assertEquals(List.of(), seen);
    }

    @Test
    void aBindingPassedAsShownIsNotCollectedWhileTheSourceLives() {
        SimpleObjectProperty<String> onScreen = new SimpleObjectProperty<>("budget");
        ReadOnlyObjectProperty<String> budget = WhileShown.follow(production,
                javafx.beans.binding.Bindings.equal(onScreen, "budget"));
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        onScreen.set("scenes");
        production.set("v2");
        assertEquals("v1", budget.get());
        onScreen.set("budget");
        assertEquals("v2", budget.get());
    }
}
