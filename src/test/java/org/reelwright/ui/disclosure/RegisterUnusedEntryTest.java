package org.reelwright.ui.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.app.Edits;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Shot;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;
import org.reelwright.ui.testing.Screenshots;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An entry the plan no longer uses stays in the register with the director's text, says so and is greyed; only
 * then can it be removed, and removing it is one edit.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterUnusedEntryTest {
    private final Sample.Open open = new Sample.Open();
    private DisclosureViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        model = new DisclosureViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), messages,
                open.production, open.apply);
        List<String> errors = new ArrayList<>();
        scene = new Scene((Parent) new DisclosureView(model, messages, errors::add).root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anUnusedEntryKeepsItsTextIsGreyedAndCanThenBeRemoved(FxRobot robot) {
        TabPane tabs = robot.lookup("#disclosure-tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        Shot shot5a = open.production.get().scenes().stream().flatMap(s -> s.shots().stream())
                .filter(s -> s.number().equals("5A")).findFirst().orElseThrow();
        EntryRow entry = model.entries().stream().filter(r -> shot5a.id().equals(r.entry().key().shot()))
                .findFirst().orElseThrow();
        robot.interact(() -> model.changeEntry(entry, "tool", e -> e.withTool("Runway Gen-4")));
        robot.interact(() -> open.apply.accept(Edits.changeShot(shot5a.withMethod(ProductionMethod.LIVE_ACTION),
                "method")));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<EntryRow> table = robot.lookup("#disclosure-register").query();
        int index = indexOf(table, shot5a);
        EntryRow unused = table.getItems().get(index);
        assertFalse(unused.entry().inPlan());
        assertEquals("Runway Gen-4", unused.entry().tool());
        assertEquals("No longer used", table.getColumns().get(0).getCellData(index));
        TableRow<?> row = robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getIndex() == index
                && r.getItem() == unused).query();
        assertTrue(row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("unused")), "greyed");
        Button remove = robot.lookup("#disclosure-register-remove").query();
        robot.interact(() -> table.getSelectionModel().select(0));
        assertTrue(remove.isDisabled(), "an entry the plan uses cannot be removed");
        robot.interact(() -> table.getSelectionModel().select(index));
        robot.interact(() -> Screenshots.save(scene.getRoot(), "disclosure-register-unused"));
        assertFalse(remove.isDisabled());
        int edits = open.edits;
        robot.clickOn(remove);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edits + 1, open.edits);
        assertTrue(table.getItems().stream().noneMatch(r -> shot5a.id().equals(r.entry().key().shot())));
    }

    private static int indexOf(TableView<EntryRow> table, Shot shot) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (shot.id().equals(table.getItems().get(i).entry().key().shot())) {
                return i;
            }
        }
        throw new AssertionError("no entry for shot " + shot.number());
    }
}
