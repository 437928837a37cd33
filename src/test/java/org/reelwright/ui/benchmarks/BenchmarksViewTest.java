package org.reelwright.ui.benchmarks;

import org.reelwright.ui.testing.Sample;
import org.reelwright.ui.testing.Screenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.domain.StageId;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The benchmarks browser, headless: search, pick a rate, set and drop the production's own figure. */
@ExtendWith(ApplicationExtension.class)
class BenchmarksViewTest {
    private static final String EDITOR = "crew.editor-day-rate";
    private final Sample.Open open = new Sample.Open();
    private BenchmarksViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        model = new BenchmarksViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), messages, Locale.ENGLISH,
                open.production, open.apply);
        scene = new Scene((Parent) new BenchmarksView(model, messages).root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void typingInTheSearchBoxNarrowsTheTable(FxRobot robot) {
        TableView<BenchmarkRow> table = robot.lookup("#benchmark-table").queryAs(TableView.class);
        int all = table.getItems().size();
        int library = Sample.PLANNING.library().benchmarks().size(); // grows as rates are added to the library
        assertEquals(library, all);
        robot.clickOn("#benchmark-search").write("editor");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().size() < all);
        assertTrue(table.getItems().stream().anyMatch(r -> r.id().equals(EDITOR)));
        assertEquals("Showing " + table.getItems().size() + " of " + library + " rates",
                robot.lookup("#benchmark-count").queryAs(Label.class).getText());
        robot.clickOn("Freelance editor day rate");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Freelance editor day rate", robot.lookup("#benchmark-details-title").queryAs(Label.class)
                .getText());
        robot.interact(() -> Screenshots.save(scene.getRoot(), "benchmarks-search-light"));
    }

    @Test
    void overridingARateMarksItAsMineAndTheLibraryFigureComesBack(FxRobot robot) {
        robot.interact(() -> model.select(EDITOR));
        type(robot, "#override-low", "abc");
        Label validation = robot.lookup("#override-validation").queryAs(Label.class);
        assertTrue(validation.isVisible());
        assertEquals("Low must be a number; \u201cabc\u201d is not one.", validation.getText());
        assertTrue(robot.lookup("#override-apply").queryAs(Button.class).isDisabled());
        robot.interact(() -> Screenshots.save(scene.getRoot(), "benchmarks-invalid-light"));

        type(robot, "#override-low", "400");
        type(robot, "#override-likely", "500");
        type(robot, "#override-high", "900");
        type(robot, "#override-note", "Quote from a local editor");
        assertFalse(validation.isVisible());
        robot.clickOn("#override-apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(open.production.get().stage(StageId.EDITING).override(EDITOR).isPresent());
        assertTrue(model.selectedProperty().get().yours());
        assertTrue(robot.lookup("#benchmark-details-yours").tryQuery().isPresent(), "marked as mine");
        assertEquals("500 USD/day likely, range 400 \u2013 900 (2026)", robot.lookup("#benchmark-your-figure")
                .queryAs(Label.class).getText());
        assertEquals("350 USD/day likely, range 150 \u2013 600 (2026)", robot.lookup("#benchmark-library-figure")
                .queryAs(Label.class).getText(), "the original is kept");
        shots(robot, "benchmarks");

        // The form sits below the details, at the foot of their scroll pane.
        robot.interact(() -> robot.lookup("#benchmark-details").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#override-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(open.production.get().stage(StageId.EDITING).override(EDITOR).isEmpty());
        assertFalse(robot.lookup("#benchmark-details-yours").tryQuery().isPresent());
        assertEquals("350", robot.lookup("#override-likely").queryAs(TextField.class).getText());
    }

    private static void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.interact(input::clear);
        robot.clickOn(input).write(text);
        WaitForAsyncUtils.waitForFxEvents();
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
