package org.reelwright.ui.budget;

import org.reelwright.ui.testing.Sample;
import org.reelwright.ui.testing.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.estimate.Scenario;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The top sheet for the sample, headless: read it, switch plan, look at it in both themes. */
@ExtendWith(ApplicationExtension.class)
class BudgetViewTest {
    private BudgetViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        model = new BudgetViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), messages,
                new Formats(Locale.ENGLISH), Locale.ENGLISH, new Sample.Open().production);
        scene = new Scene((Parent) new BudgetView(model, messages).root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsPhasesWithTheirStagesThenTheTotals(FxRobot robot) {
        TreeTableView<BudgetRow> table = robot.lookup("#budget-table").queryAs(TreeTableView.class);
        var top = table.getRoot().getChildren();
        assertEquals(8, top.size(), "five phases, subtotal, contingency, total");
        assertEquals("Development", top.get(0).getValue().label());
        assertEquals(4, top.get(1).getChildren().size(), "pre-production: storyboard, previs, casting, locations");
        TreeItem<BudgetRow> total = top.get(7);
        assertEquals(BudgetRow.Kind.TOTAL, total.getValue().kind());
        assertEquals(model.headlineProperty().get(), robot.lookup("#budget-total").queryAs(Label.class)
                .getText());
        assertTrue(robot.lookup("#budget-p80").queryAs(Label.class).getText().startsWith("$"));
        assertTrue(robot.lookup("#budget-row-generation").tryQuery().isPresent(), "stage rows are shown");
        shots(robot, "budget");
    }

    @Test
    void thePlanButtonsSwitchTheSheet(FxRobot robot) {
        String current = robot.lookup("#budget-total").queryAs(Label.class).getText();
        robot.clickOn("#budget-scenario-traditional");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Scenario.TRADITIONAL, model.topSheetProperty().get().scenario());
        assertNotEquals(current, robot.lookup("#budget-total").queryAs(Label.class).getText());
        assertEquals("No stage of this plan uses AI tools.", robot.lookup("#budget-ai-summary").queryAs(Label.class)
                .getText());
        robot.clickOn("#budget-scenario-traditional");
        assertEquals(Scenario.TRADITIONAL, model.scenarioProperty().get(), "clicking the chosen plan keeps it");
        robot.clickOn("#budget-scenario-ai");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Scenario.AI, model.topSheetProperty().get().scenario());
        robot.interact(() -> Screenshots.save(scene.getRoot(), "budget-ai-light"));
    }

    /** Pictures in the light and the dark theme (only with -Dreelwright.shots=DIR). */
    private void shots(FxRobot robot, String name) {
        robot.interact(() -> Screenshots.save(scene.getRoot(), name + "-light"));
        try {
            robot.interact(Theme.DARK::applyBase);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> Screenshots.save(scene.getRoot(), name + "-dark"));
        } finally {
            robot.interact(Theme.LIGHT::applyBase);
        }
    }
}
