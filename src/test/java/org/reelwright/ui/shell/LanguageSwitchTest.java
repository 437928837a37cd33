package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Edits;
import org.reelwright.app.Language;
import org.reelwright.domain.Production;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Language: a window started in 简体中文 switches to English and back in place, and keeps the production,
 * its undo history, the panel shown and the selected scene; the choice is handed to the workspace to remember.
 */
class LanguageSwitchTest extends SampleWindowTest {
    private static final ResourceBundle EN = ResourceBundle.getBundle("org.reelwright.ui.messages", Locale.US);
    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.reelwright.ui.messages",
            Locale.SIMPLIFIED_CHINESE);

    private final Map<String, String> remembered = new HashMap<>();

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Override
    protected java.util.function.BiConsumer<String, String> remember() {
        return remembered::put;
    }


    @Test
    void theWindowSwitchesToEnglishAndBackKeepingEverythingOpen(FxRobot robot) {
        assertWords(robot, ZH);
        Workflow before = model.productionProperty().get().stage(StageId.MUSIC).workflow();
        Workflow after = before == Workflow.AI ? Workflow.TRADITIONAL : Workflow.AI;
        robot.interact(() -> model.apply(Edits.setWorkflow(StageId.MUSIC, after)));
        robot.interact(() -> window.window().showPanel("scenes"));
        Production edited = model.productionProperty().get();
        SceneId third = edited.scenes().get(2).id();
        robot.interact(() -> window.window().selectScene(third));

        choose(robot, Language.ENGLISH);
        assertWords(robot, EN);
        assertSame(edited, model.productionProperty().get(), "the production is the same object");
        assertTrue(model.canUndoProperty().get(), "the undo history survives");
        assertTrue(model.undoLabelProperty().get().startsWith("Undo "), model.undoLabelProperty().get());
        assertEquals("scenes", window.window().shownPanel());
        assertEquals(third, window.window().selectedScene().orElseThrow());
        assertEquals("en", remembered.get(ReelwrightUi.LANGUAGE_SETTING));
        assertEquals(Locale.US, Locale.getDefault());

        choose(robot, Language.SIMPLIFIED_CHINESE);
        assertWords(robot, ZH);
        assertEquals("zh", remembered.get(ReelwrightUi.LANGUAGE_SETTING));
        robot.interact(model::undo);
        assertEquals(before, model.productionProperty().get().stage(StageId.MUSIC).workflow());
        assertTrue(model.canRedoProperty().get(), "undo still works after two switches");
    }

    /** Clicks View → Language → the language, as the menu does. */
    private void choose(FxRobot robot, Language language) {
        robot.interact(() -> {
            Menu view = menuBar().getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst()
                    .orElseThrow();
            Menu languages = (Menu) view.getItems().stream().filter(i -> "menu-view-language".equals(i.getId()))
                    .findFirst().orElseThrow();
            MenuItem item = languages.getItems().stream()
                    .filter(i -> ("menu-view-language-" + language.tag()).equals(i.getId())).findFirst().orElseThrow();
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The navigation, the menus, a table header and the title read in the language of {@code words}. */
    private void assertWords(FxRobot robot, ResourceBundle words) {
        ListView<Panel> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        assertEquals(words.getString("nav.scenes"), navigation.getItems().get(2).title());
        assertEquals(words.getString("menu.file").replace("_", "").replace("(F)", ""),
                menuBar().getMenus().get(0).getText().replace("_", "").replace("(F)", ""));
        TableView<?> shots = robot.lookup("#shot-table").queryAs(TableView.class);
        assertTrue(shots.getColumns().stream().anyMatch(c -> c.getText().equals(words.getString("column.method"))),
                "the shot table's Method header");
        assertTrue(model.undoLabelProperty().get().startsWith(words.getString("menu.edit.undoThis")
                .substring(0, 2)), model.undoLabelProperty().get());
    }

    private MenuBar menuBar() {
        return (MenuBar) ((BorderPane) window.window().root()).getTop();
    }
}
