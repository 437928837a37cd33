package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Edits;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first window makes only the panel it shows (and Home, the navigation's first entry); every other panel is
 * made on its first visit, and then shows the production as it is by then, edits made meanwhile included.
 */
class PanelsMadeOnFirstVisitTest extends SampleWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aPanelIsMadeOnItsFirstVisitAndShowsTheEditsMadeBefore(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("home", "scenes"), window.window().madePanels());
        robot.interact(() -> model.apply(Edits.setWorkflow(StageId.SUBTITLES, Workflow.TRADITIONAL)));
        assertFalse(window.window().madePanels().contains("stages"));
        robot.interact(() -> window.window().showPanel("stages"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.window().madePanels().contains("stages"));
        javafx.scene.control.ToggleButton traditional = robot.lookup("#workflow-subtitles-traditional")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertTrue(traditional.isSelected(), "the board shows the edit made before it was first visited");
        Label total = robot.lookup("#stages-total").queryAs(Label.class);
        assertFalse(total.getText().isBlank(), "its total is estimated");
    }
}
