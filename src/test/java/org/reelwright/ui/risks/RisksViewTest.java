package org.reelwright.ui.risks;

import org.reelwright.ui.testing.Sample;
import org.reelwright.ui.testing.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.estimate.FlagCode;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Severity;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The risks panel for the sample, headless: find the uncanny-valley flag, read what to do, filter by severity. */
@ExtendWith(ApplicationExtension.class)
class RisksViewTest {
    private RisksViewModel model;
    private Scene scene;
    private final List<RiskFlag> shown = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        model = new RisksViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), messages,
                new Sample.Open().production);
        RisksView view = new RisksView(model, messages);
        view.setOnShowSubject(shown::add);
        scene = new Scene((Parent) view.root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theTableListsTheUncannyValleyFlagAndItsMitigation(FxRobot robot) {
        TableView<FlagRow> table = robot.lookup("#risks-table").queryAs(TableView.class);
        assertEquals(model.allFlags().size(), table.getItems().size());
        FlagRow first = table.getItems().get(0);
        assertEquals(FlagCode.UNCANNY_VALLEY, first.flag().code());
        robot.clickOn("Uncanny valley");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(first, model.selectedProperty().get());
        assertEquals("Uncanny valley", robot.lookup("#risk-details-title").queryAs(Label.class).getText());
        assertEquals(model.mitigation(FlagCode.UNCANNY_VALLEY), robot.lookup("#risk-details-mitigation")
                .queryAs(Label.class).getText());
        assertTrue(robot.lookup("#risk-details-subject-id").queryAs(Label.class).getText()
                .contains(first.subjectId()));
        robot.clickOn("#risk-show-subject");
        assertEquals(List.of(first.flag()), shown, "the window is asked to show the shot");
        shots(robot, "risks");
    }

    @Test
    void theSeverityChipsFilterTheTable(FxRobot robot) {
        TableView<FlagRow> table = robot.lookup("#risks-table").queryAs(TableView.class);
        int all = model.allFlags().size();
        robot.clickOn("#risks-filter-medium");
        assertFalse(model.showingProperty(Severity.MEDIUM).get());
        assertEquals(all - 1, table.getItems().size());
        assertTrue(table.getItems().stream().noneMatch(r -> r.severity() == Severity.MEDIUM));
        robot.interact(() -> Screenshots.save(scene.getRoot(), "risks-filtered-light"));
        robot.clickOn("#risks-filter-medium");
        assertEquals(all, table.getItems().size());
        robot.clickOn("#risks-scenario-ai");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().size() > all, "the AI plan raises more flags");
        robot.interact(() -> Screenshots.save(scene.getRoot(), "risks-ai-light"));
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
