package org.reelwright.ui.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The consent form as a user fills it: a consent without a person is refused under the form in the user's words
 * and nothing is recorded; a saved one is listed, loads back into the form when picked, is changed and removed, each
 * as one edit.
 */
@ExtendWith(ApplicationExtension.class)
class ConsentFormTest {
    private final Sample.Open open = new Sample.Open();
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        DisclosureViewModel model = new DisclosureViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(),
                messages, open.production, open.apply);
        DisclosureView view = new DisclosureView(model, messages, errors::add);
        Scene scene = new Scene((Parent) view.root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private List<ConsentRecord> consents() {
        return open.production.get().disclosure().consents();
    }

    @Test
    void aConsentIsRefusedWithoutAPersonThenSavedChangedAndRemovedOneEditEach(FxRobot robot) {
        TabPane tabs = robot.lookup("#disclosure-tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#consent-save");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getStyleClass()
                .contains("error-text") && l.isVisible() && !l.getText().isBlank()).query();
        assertTrue(error.getText().toLowerCase(Locale.ROOT).contains("person"), error.getText());
        assertEquals(List.of(), consents());
        assertEquals(0, open.edits);

        robot.clickOn("#consent-person").write("Mara Quinn");
        robot.clickOn("#consent-media").write("film, trailer");
        robot.interact(() -> robot.lookup("#consent-signedOn").queryAs(DatePicker.class).getEditor()
                .setText("2026-11-20"));
        robot.clickOn("#consent-voice");
        robot.clickOn("#consent-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, consents().size());
        ConsentRecord saved = consents().get(0);
        assertEquals("Mara Quinn", saved.person());
        assertEquals(LocalDate.of(2026, 11, 20), saved.signedOn());
        assertTrue(saved.voice());
        assertEquals(1, open.edits);
        assertFalse(error.isVisible(), "the refusal is gone once the consent is saved");

        TableView<ConsentRecord> table = robot.lookup("#consents-table").query();
        assertEquals("AI voice work", table.getColumns().get(2).getCellData(0));
        TextField person = robot.lookup("#consent-person").query();
        robot.interact(() -> person.setText("Mara Quinn-Ito"));
        robot.clickOn("#consent-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, consents().size(), "the same consent, changed");
        assertEquals("Mara Quinn-Ito", consents().get(0).person());
        assertEquals(saved.id(), consents().get(0).id());
        assertEquals(2, open.edits);

        robot.clickOn("#consent-new");
        assertEquals("", person.getText());
        assertFalse(robot.lookup("#consent-voice").queryAs(CheckBox.class).isSelected());
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Mara Quinn-Ito", person.getText(), "picking a consent loads it into the form");
        robot.clickOn("#consent-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), consents());
        assertEquals(3, open.edits);
        assertEquals(List.of(), errors);
    }
}
