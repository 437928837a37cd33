package org.reelwright.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.app.EditHistory;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the shot table's reused cells show their rows. The table marks AI shots as a state of the row, not a style class: a row reused for another shot (scrolling,
 * an edit) then changes no style class, which would make JavaFX match the row and its cells against the stylesheets
 * anew (issue 14). And the look is kept: an AI shot's text is drawn in the AI colour, a live-action shot's is not.
 */
@ExtendWith(ApplicationExtension.class)
class ShotTableCellsTest {
    private static final PseudoClass AI_SHOT = PseudoClass.getPseudoClass("ai-shot");
    private ShotTable table;
    private SimpleObjectProperty<Production> production;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.applyBase();
        production = new SimpleObjectProperty<>(sample());
        EditHistory history = new EditHistory();
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        ScenesViewModel model = new ScenesViewModel(() -> planning, BackgroundWork.sameThread(),
                new Messages(Locale.ENGLISH), production,
                edit -> history.apply(production.get(), edit).ifPresent(e -> production.set(e.after())));
        table = new ShotTable(model, new Messages(Locale.ENGLISH), message -> { });
        javafx.scene.Scene scene = new javafx.scene.Scene(table, 1000, 400);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aiRowsAreAStateAndReusingARowChangesNoStyleClass(FxRobot robot) throws Exception {
        List<TableRow<?>> rows = WaitForAsyncUtils.asyncFx(this::filledRows).get();
        TableRow<?> ai = rows.stream().filter(r -> ((ShotRow) r.getItem()).shot().isAiGenerated()).findFirst()
                .orElseThrow();
        TableRow<?> live = rows.stream().filter(r -> !((ShotRow) r.getItem()).shot().isAiGenerated()).findFirst()
                .orElseThrow();
        assertTrue(ai.getPseudoClassStates().contains(AI_SHOT));
        assertFalse(live.getPseudoClassStates().contains(AI_SHOT));
        assertFalse(ai.getStyleClass().contains("ai-shot"), "a state, not a style class");
        assertNotEquals(fill(live), fill(ai), "an AI shot is drawn in the AI colour");

        List<String> changes = new ArrayList<>();
        robot.interact(() -> filledRows().forEach(row -> row.getStyleClass().addListener(
                (ListChangeListener<String>) c -> changes.add(row.getIndex() + ": " + row.getStyleClass()))));
        robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), changes, "rows reused for other shots keep their style classes");
    }

    private List<TableRow<?>> filledRows() {
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && !row.isEmpty() && row.getItem() != null && row.isVisible()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The fill of the first text drawn in the row's shot-number cell. */
    private static Object fill(TableRow<?> row) {
        return row.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getFill())
                .findFirst().orElseThrow();
    }

    private static Production sample() throws Exception {
        try (InputStream in = ShotTableCellsTest.class.getResourceAsStream(
                "/seeds/samples/sample-scifi-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    /**
     * The faces column's check boxes stay in their cells while rows are reused (ui.common.CheckCell): each shows the
     * value of the shot its row holds now, and a click changes that shot, once.
     */
    @Test
    void aFacesCheckBoxShowsItsRowsShotAndAClickChangesThatShot(FxRobot robot) throws Exception {
        robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.CheckBox> boxes = WaitForAsyncUtils.asyncFx(() -> filledRows().stream()
                .map(row -> (javafx.scene.control.CheckBox) row.lookup(".check-box")).toList()).get();
        List<Boolean> shown = WaitForAsyncUtils.asyncFx(() -> boxes.stream()
                .map(javafx.scene.control.CheckBox::isSelected).toList()).get();
        List<Boolean> faces = WaitForAsyncUtils.asyncFx(() -> filledRows().stream()
                .map(row -> ((ShotRow) row.getItem()).shot().realisticFaces()).toList()).get();
        assertEquals(faces, shown, "each box shows its row's shot");

        TableRow<?> third = WaitForAsyncUtils.asyncFx(() -> filledRows().get(2)).get();
        org.reelwright.domain.ShotId id = ((ShotRow) third.getItem()).shot().id();
        boolean before = faces.get(2);
        robot.clickOn(third.lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!before, shot(id).realisticFaces(), "the click changed that shot");
        long changed = production.get().scenes().stream().flatMap(s -> s.shots().stream())
                .filter(s -> !s.id().equals(id)).filter(s -> s.realisticFaces() != originalFaces(s.id())).count();
        assertEquals(0, changed, "and no other");
    }

    private org.reelwright.domain.Shot shot(org.reelwright.domain.ShotId id) {
        return production.get().scenes().stream().flatMap(s -> s.shots().stream()).filter(s -> s.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static boolean originalFaces(org.reelwright.domain.ShotId id) {
        try {
            return sample().scenes().stream().flatMap(s -> s.shots().stream()).filter(s -> s.id().equals(id))
                    .findFirst().orElseThrow().realisticFaces();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
