package org.reelwright.ui.production;

import org.reelwright.ui.testing.Sample;
import org.reelwright.ui.testing.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.app.Edit;
import org.reelwright.app.EditHistory;
import org.reelwright.domain.Production;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview for the sample, headless, as a user corrects a value: a refusal in red, then a value that holds. */
@ExtendWith(ApplicationExtension.class)
class ProductionOverviewViewTest {
    private final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(Sample.PRODUCTION);
    private final EditHistory history = new EditHistory();
    private Scene scene;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        ProductionOverviewViewModel model = new ProductionOverviewViewModel(() -> Sample.PLANNING,
                BackgroundWork.sameThread(), messages, new Formats(Locale.ENGLISH), production, this::apply);
        scene = new Scene((Parent) new ProductionOverviewView(model, messages).root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void apply(Edit edit) {
        history.apply(production.get(), edit).ifPresent(e -> production.set(e.after()));
    }

    @Test
    void anInvalidContingencyIsShownInRedAndAValidOneIsKept(FxRobot robot) {
        TextField field = robot.lookup("#overview-contingency").queryAs(TextField.class);
        Label error = robot.lookup("#overview-contingency-error").queryAs(Label.class);
        assertFalse(error.isVisible());
        replaceText(robot, "#overview-contingency", "150");
        robot.type(KeyCode.ENTER);
        assertTrue(error.isVisible());
        assertEquals("Production: contingencyPercent must be between 0 and 100 %, got 150", error.getText());
        assertTrue(field.getPseudoClassStates().contains(Styles.STATE_DANGER), "the field turns red");
        assertEquals(10, production.get().contingencyPercent(), "the last valid value is kept");
        robot.interact(() -> Screenshots.save(scene.getRoot(), "overview-refused-light"));

        replaceText(robot, "#overview-contingency", "12");
        robot.type(KeyCode.ENTER);
        assertFalse(error.isVisible());
        assertFalse(field.getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertEquals(12, production.get().contingencyPercent());
        assertEquals("edit.production", history.nextUndo().orElseThrow().labelKey());
        assertEquals(java.util.List.of("contingency"), history.nextUndo().orElseThrow().labelArgs());
    }

    @Test
    void leavingAFieldCommitsItAndEscapePutsTheSavedValueBack(FxRobot robot) {
        replaceText(robot, "#overview-runtime", "14");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(14, production.get().targetRuntimeMinutes());
        replaceText(robot, "#overview-festivals", "abc");
        robot.type(KeyCode.ESCAPE);
        assertEquals("40", robot.lookup("#overview-festivals").queryAs(TextField.class).getText());
    }

    @Test
    void theWorkingWeekTogglesAndTheLastDayStays(FxRobot robot) {
        robot.clickOn("#overview-day-saturday");
        assertTrue(production.get().workingDays().contains(DayOfWeek.SATURDAY));
        assertEquals("6 working days a week", robot.lookup("#overview-workingWeek-hint").queryAs(Label.class)
                .getText());
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
        robot.interact(() -> Screenshots.save(scene.getRoot(), "overview-light"));
        robot.interact(Theme.DARK::applyBase);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene.getRoot(), "overview-dark"));
        replaceText(robot, "#overview-subtitles", "en, zh, 12");
        robot.type(KeyCode.ENTER);
        robot.interact(() -> Screenshots.save(scene.getRoot(), "overview-refused-dark"));
        robot.interact(Theme.LIGHT::applyBase);
        robot.interact(() -> {
            Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
            ProductionOverviewViewModel model = new ProductionOverviewViewModel(() -> Sample.PLANNING,
                    BackgroundWork.sameThread(), chinese, new Formats(Locale.SIMPLIFIED_CHINESE), production,
                    this::apply);
            Scene zh = new Scene((Parent) new ProductionOverviewView(model, chinese).root(), 1280, 800);
            Theme.style(zh);
            Stage window = new Stage();
            window.setScene(zh);
            window.show();
            Screenshots.save(zh.getRoot(), "overview-zh-light");
            window.close();
        });
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }
}
