package org.reelwright.ui.schedule;

import org.reelwright.ui.testing.Sample;
import org.reelwright.ui.testing.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.gantt.GanttBar;
import org.reelwright.report.gantt.GanttLayout;
import org.reelwright.report.gantt.Zoom;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The schedule panel for the sample, headless, walked as a user would: read it, zoom, switch plan, click a bar. */
@ExtendWith(ApplicationExtension.class)
class ScheduleViewTest {
    private ScheduleViewModel model;
    private ScheduleView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        Formats formats = new Formats(Locale.ENGLISH);
        model = new ScheduleViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), messages, formats,
                new SimpleObjectProperty<Production>(Sample.PRODUCTION), Sample.CLOCK);
        view = new ScheduleView(model, messages, formats);
        scene = new Scene((javafx.scene.Parent) view.root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void criticalBarsAreTheCriticalPathAndTheSummaryGivesTheFinish(FxRobot robot) {
        GanttLayout layout = model.layoutProperty().get();
        List<StageId> critical = layout.bars().stream().filter(GanttBar::critical).map(GanttBar::stage).sorted()
                .toList();
        assertEquals(model.scheduleProperty().get().criticalPath().stream().sorted().toList(), critical);
        assertEquals(10, critical.size());
        String summary = robot.lookup("#schedule-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("Tuesday 8 June 2027"), summary);
        assertTrue(summary.contains("71 working days"), summary);
        assertTrue(robot.lookup("#schedule-explanation").queryAs(Label.class).getText().startsWith("Critical path"));
        TableView<?> strips = robot.lookup("#strip-table").queryAs(TableView.class);
        assertEquals(9, strips.getItems().size());
        robot.interact(() -> Screenshots.save(scene.getRoot(), "schedule-weeks"));
    }

    @Test
    void clickingABarShowsTheStagesLineDatesSlackAndSources(FxRobot robot) {
        clickBar(robot, StageId.PREVIS);
        assertEquals(StageId.PREVIS, model.selectedStageProperty().get());
        assertEquals("Previs", robot.lookup("#schedule-details-title").queryAs(Label.class).getText());
        assertEquals("None \u2014 on the critical path", robot.lookup("#details-slack").queryAs(Label.class)
                .getText());
        assertEquals("25 Mar 2027 \u2013 23 Apr 2027", robot.lookup("#details-dates").queryAs(Label.class)
                .getText());
        assertTrue(robot.lookup(".details-source").queryAll().size() >= 1, "the line's sources are listed");

        clickBar(robot, StageId.CASTING);
        assertEquals(StageId.CASTING, model.selectedStageProperty().get());
        assertTrue(robot.lookup("#details-slack").queryAs(Label.class).getText().startsWith("22 working days"));
        robot.interact(() -> Screenshots.save(scene.getRoot(), "schedule-selected"));
    }

    @Test
    void zoomAndScenarioButtonsRedrawTheChart(FxRobot robot) {
        robot.clickOn("#zoom-days");
        assertEquals(Zoom.DAYS, model.layoutProperty().get().zoom());
        robot.interact(() -> Screenshots.save(scene.getRoot(), "schedule-days"));
        robot.clickOn("#zoom-months");
        assertEquals(Zoom.MONTHS, model.layoutProperty().get().zoom());
        robot.interact(() -> Screenshots.save(scene.getRoot(), "schedule-months"));

        robot.clickOn("#scenario-ai");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Scenario.AI, model.scheduleProperty().get().scenario());
        String summary = robot.lookup("#schedule-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("AI where suitable finishes on Wednesday 26 May 2027"), summary);
        robot.clickOn("#scenario-ai");
        assertEquals(Scenario.AI, model.scenarioProperty().get(), "clicking the chosen plan again keeps it");
        robot.clickOn("#scenario-traditional");
        robot.clickOn("#zoom-weeks");
        assertEquals(Scenario.TRADITIONAL, model.scheduleProperty().get().scenario());
        robot.interact(() -> Screenshots.save(scene.getRoot(), "schedule-traditional"));
    }

    @Test
    void arrowKeysMoveTheSelectionBetweenRows(FxRobot robot) {
        clickBar(robot, StageId.SCRIPT);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertEquals(StageId.STORYBOARD, model.selectedStageProperty().get());
        robot.type(javafx.scene.input.KeyCode.UP, 3);
        assertEquals(StageId.SCRIPT, model.selectedStageProperty().get());
    }

    /** Clicks the middle of a stage's bar where the canvas shows it now. */
    private void clickBar(FxRobot robot, StageId stage) {
        GanttBar bar = model.layoutProperty().get().bar(stage).orElseThrow();
        Point2D local = view.chart().canvasPointOf(bar.x() + bar.width() / 2, bar.midY());
        Point2D screen = view.chart().canvas().localToScreen(local);
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
