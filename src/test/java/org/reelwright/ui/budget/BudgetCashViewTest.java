package org.reelwright.ui.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.domain.Production;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;
import org.reelwright.ui.testing.Screenshots;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The no-budget sample's top sheet at 1280×800: the cash card leads the side and a cash column is shown. */
@ExtendWith(ApplicationExtension.class)
class BudgetCashViewTest {
    private final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(noBudget());
    private BudgetViewModel model;
    private Scene scene;

    private static Production noBudget() {
        try (InputStream in = BudgetCashViewTest.class.getResourceAsStream(
                "/seeds/samples/sample-nobudget-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample-nobudget-short.json");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        Messages messages = new Messages(Locale.ENGLISH);
        model = new BudgetViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), messages,
                new Formats(Locale.ENGLISH), Locale.ENGLISH, production);
        scene = new Scene((Parent) new BudgetView(model, messages).root(), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theCashCardLeadsAndTheCashColumnShowsThenBothGoForAnAllPaidPlan(FxRobot robot) {
        Node card = robot.lookup("#budget-cash-card").query();
        assertTrue(card.isVisible());
        assertEquals(model.cashNeededProperty().get(), robot.lookup("#budget-cash").queryAs(Label.class).getText());
        TreeTableView<?> table = robot.lookup("#budget-table").queryAs(TreeTableView.class);
        assertTrue(table.getColumns().stream().anyMatch(c -> "budget-column-cash".equals(c.getId())
                && c.isVisible()));
        robot.interact(() -> Screenshots.save(scene.getRoot(), "budget-cash-nobudget"));

        robot.interact(() -> production.set(Sample.PRODUCTION));
        assertTrue(!card.isVisible() && !card.isManaged(), "no cash card when all of it is cash");
        assertTrue(table.getColumns().stream().noneMatch(c -> "budget-column-cash".equals(c.getId())
                && c.isVisible()));
        Label allCash = robot.lookup("#budget-all-cash").queryAs(Label.class);
        assertEquals("All cash (Everyone paid): nothing deferred or in kind", allCash.getText());
        assertTrue(allCash.isVisible());
        robot.interact(() -> Screenshots.save(scene.getRoot(), "budget-cash-allpaid"));
    }
}
