package org.reelwright.ui.stages;

import org.reelwright.ui.testing.Sample;
import org.reelwright.ui.testing.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.app.Edit;
import org.reelwright.app.EditHistory;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stages board for the sample, headless: switch a stage to AI, type an AI share, open a stage's details. */
@ExtendWith(ApplicationExtension.class)
class StagesBoardViewTest {
    private final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(Sample.PRODUCTION);
    private final EditHistory history = new EditHistory();
    private Scene scene;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        StagesBoardViewModel model = new StagesBoardViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(),
                messages, new Formats(Locale.ENGLISH), production, this::apply);
        scene = new Scene((Parent) new StagesBoardView(model, messages).root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void apply(Edit edit) {
        history.apply(production.get(), edit).ifPresent(e -> production.set(e.after()));
    }

    @Test
    void togglingAStageToAiChangesItsCost(FxRobot robot) {
        Label likely = robot.lookup("#likely-storyboard").queryAs(Label.class);
        String before = likely.getText();
        robot.clickOn("#workflow-storyboard-ai");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Workflow.AI, production.get().stage(StageId.STORYBOARD).workflow());
        assertNotEquals(before, likely.getText());
        assertEquals("AI n/a", robot.lookup("#workflow-casting-na").queryAs(Label.class).getText());
    }

    @Test
    void aTypedAiShareMovesTheCostAtOnceAndEnterKeepsIt(FxRobot robot) {
        Label likely = robot.lookup("#likely-previs").queryAs(Label.class);
        String before = likely.getText();
        robot.clickOn("#aiShare-previs");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("90");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, likely.getText(), "updated as you type");
        assertEquals(0.5, production.get().stage(StageId.PREVIS).aiShare());
        robot.type(KeyCode.ENTER);
        assertEquals(0.9, production.get().stage(StageId.PREVIS).aiShare(), 1e-9);
        robot.write("0"); // 900 %
        assertEquals("Stage previs: AI share must be between 0 and 100 %, got 900",
                robot.lookup("#stage-error-previs").queryAs(Label.class).getText());
    }

    @Test
    void aStageOpensToItsExplanationSourcesAndRates(FxRobot robot) {
        Node details = robot.lookup("#details-color").query();
        assertFalse(details.isVisible());
        scrollTo(robot, "#details-toggle-color");
        robot.clickOn("#details-toggle-color");
        assertTrue(details.isVisible());
        String explanation = robot.lookup("#explanation-color").queryAs(Label.class).getText();
        assertTrue(explanation.contains("h/min"), explanation);
        assertTrue(robot.lookup("#rates-color").query().isVisible());
        assertTrue(robot.lookup("#sources-color .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Tools for Film")), "the line's sources are listed");
    }

    @Test
    void yourOwnRateIsTypedAppliedAndTakenBack(FxRobot robot) {
        scrollTo(robot, "#details-toggle-subtitles");
        robot.clickOn("#details-toggle-subtitles");
        String id = "subtitles.ai.transcription-per-minute";
        String key = "subtitles-subtitles-ai-transcription-per-minute";
        scrollTo(robot, "#rate-apply-" + key);
        for (String point : new String[] {"low", "likely", "high"}) {
            robot.clickOn("#rate-" + point + "-" + key);
            robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            robot.write("5");
        }
        robot.clickOn("#rate-apply-" + key);
        assertTrue(production.get().stage(StageId.SUBTITLES).override(id).isPresent());
        assertTrue(robot.lookup("#origin-" + key).queryAs(Label.class).isVisible());
        robot.interact(() -> Screenshots.save(scene.getRoot(), "stages-override-light"));
        robot.clickOn("#rate-restore-" + key);
        assertFalse(production.get().stage(StageId.SUBTITLES).override(id).isPresent());
    }

    @Test
    void everyWordComesFromTheBundle(FxRobot robot) {
        java.util.List<String> missing = robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().startsWith("!")).queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText).toList();
        assertEquals(java.util.List.of(), missing);
    }

    @Test
    void lightAndDark(FxRobot robot) {
        Assumptions.assumeTrue(Screenshots.folder().isPresent(), "only when pictures are asked for");
        robot.interact(() -> Screenshots.save(scene.getRoot(), "stages-light"));
        robot.clickOn("#details-toggle-voice");
        scrollTo(robot, "#details-voice");
        robot.interact(() -> Screenshots.save(scene.getRoot(), "stages-details-light"));
        robot.interact(Theme.DARK::applyBase);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene.getRoot(), "stages-details-dark"));
        robot.clickOn("#details-toggle-voice");
        robot.interact(() -> robot.lookup(".stages-scroll").queryAs(ScrollPane.class).setVvalue(0));
        robot.interact(() -> Screenshots.save(scene.getRoot(), "stages-dark"));
        robot.interact(Theme.LIGHT::applyBase);
        robot.interact(() -> {
            scene.getWindow().setWidth(1000);
            ScrollPane scroller = robot.lookup(".stages-scroll").queryAs(ScrollPane.class);
            scroller.layout();
            scroller.setHvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene.getRoot(), "stages-narrow-scrolled"));
        robot.interact(() -> scene.getWindow().setWidth(1280));
        robot.interact(() -> {
            Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
            StagesBoardViewModel model = new StagesBoardViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(),
                    chinese, new Formats(Locale.SIMPLIFIED_CHINESE), production, this::apply);
            Scene zh = new Scene((Parent) new StagesBoardView(model, chinese).root(), 1280, 800);
            Theme.style(zh);
            Stage window = new Stage();
            window.setScene(zh);
            window.show();
            Screenshots.save(zh.getRoot(), "stages-zh-light");
            window.close();
        });
    }

    /** Scrolls the board so that the node is in view, as a user would before clicking it. */
    private static void scrollTo(FxRobot robot, String query) {
        robot.interact(() -> {
            ScrollPane scroller = robot.lookup(".stages-scroll").queryAs(ScrollPane.class);
            Node target = robot.lookup(query).query();
            Node content = scroller.getContent();
            double y = content.sceneToLocal(target.localToScene(0, 0)).getY();
            double room = content.getBoundsInLocal().getHeight() - scroller.getViewportBounds().getHeight();
            scroller.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
