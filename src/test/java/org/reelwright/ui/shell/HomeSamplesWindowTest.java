package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.csv.CsvShotListFiles;
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
 * A Chinese-speaking user on Home: the Chinese sample comes first and one click opens it, the no-budget sample comes
 * last; the File menu has every sample too.
 */
@ExtendWith(ApplicationExtension.class)
class HomeSamplesWindowTest {
    private MainWindowViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.applyBase();
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        Messages messages = new Messages(locale);
        BackgroundWork work = BackgroundWork.sameThread();
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), locale);
        model = new MainWindowViewModel(new ProductionDocuments(new JsonProductionFiles(), Clock.systemUTC()),
                new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(), Clock.systemUTC()), work,
                messages);
        MainWindow.assemble(model, () -> planning, messages, work, locale).show(stage,
                new MainWindowTest.ScriptedDialogs());
    }

    @Test
    void clickingTheChineseSampleOnHomeShowsItsTitle(FxRobot robot) {
        robot.clickOn("#nav-home");
        WaitForAsyncUtils.waitForFxEvents();
        Button chinese = robot.lookup("#home-sampleZh").queryButton();
        assertEquals("打开中文示例", chinese.getText());
        List<String> order = chinese.getParent().getChildrenUnmodifiable().stream().map(Node::getId).toList();
        assertTrue(order.indexOf("home-sampleZh") < order.indexOf("home-sample"), "Chinese first: " + order);

        robot.clickOn(chinese);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("末班渡", model.productionProperty().get().title());
        assertEquals("Reelwright — 末班渡", stage.getTitle());
    }

    @Test
    void theFileMenuOpensEitherSample(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-file-openSampleZh".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("打开中文示例作品", item.getText());
        robot.interact(item::fire);
        assertEquals("末班渡", model.productionProperty().get().title());
        MenuItem english = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-file-openSample".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(english::fire);
        assertEquals("The Salt Archive", model.productionProperty().get().title());
    }

    @Test
    void theNoBudgetSampleIsLastOnHomeAndOneClickOpensIt(FxRobot robot) {
        robot.clickOn("#nav-home");
        WaitForAsyncUtils.waitForFxEvents();
        Button noBudget = robot.lookup("#home-sampleNoBudget").queryButton();
        assertEquals("打开零预算示例", noBudget.getText());
        List<String> order = noBudget.getParent().getChildrenUnmodifiable().stream().map(Node::getId).toList();
        assertTrue(order.indexOf("home-sample") < order.indexOf("home-sampleNoBudget"), "last sample: " + order);
        assertEquals(order.indexOf("home-sample") + 1, order.indexOf("home-sampleNoBudget"), "next to the others: "
                + order);

        robot.clickOn(noBudget);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Channel Nine Point Three", model.productionProperty().get().title());
        assertEquals("Reelwright — Channel Nine Point Three", stage.getTitle());
    }

    @Test
    void theFileMenuOpensTheNoBudgetSample(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> ids = bar.getMenus().get(0).getItems().stream().map(MenuItem::getId).toList();
        assertEquals(ids.indexOf("menu-file-openSampleZh") + 1, ids.indexOf("menu-file-openSampleNoBudget"),
                "next to the other samples: " + ids);
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-file-openSampleNoBudget".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("打开零预算示例作品", item.getText());
        robot.interact(item::fire);
        assertEquals("Channel Nine Point Three", model.productionProperty().get().title());
    }
}
