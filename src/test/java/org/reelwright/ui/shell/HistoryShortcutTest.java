package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** History is in the View menu like every other panel, on Shortcut+0 after the nine on Shortcut+1…9. */
class HistoryShortcutTest extends SampleWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void theViewMenuShowsHistoryOnShortcutZero(FxRobot robot) {
        MenuBar bar = (MenuBar) ((BorderPane) window.window().root()).getTop();
        Menu view = bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
        MenuItem history = view.getItems().stream().filter(i -> "menu-view-history".equals(i.getId())).findFirst()
                .orElseThrow();
        assertEquals(KeyCombination.keyCombination("Shortcut+0"), history.getAccelerator());
        MenuItem scenes = view.getItems().stream().filter(i -> "menu-view-scenes".equals(i.getId())).findFirst()
                .orElseThrow();
        assertEquals(KeyCombination.keyCombination("Shortcut+3"), scenes.getAccelerator());
        robot.interact(history::fire);
        assertEquals("history", window.window().shownPanel());
    }
}
