package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.home.HomeActions;
import org.reelwright.ui.home.HomeViewModel;

/** Without a stage: Home's Chinese sample action, wired as the window wires it, opens 末班渡. */
class ChineseSampleActionTest {

    @Test
    void homesFirstActionForAChineseUserOpensTheChineseSample() {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        MainWindowViewModel model = new MainWindowViewModel(new ProductionDocuments(new JsonProductionFiles(),
                Clock.systemUTC()), new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(),
                Clock.systemUTC()), BackgroundWork.sameThread(), messages);
        HomeViewModel home = new HomeViewModel(Optional::empty, BackgroundWork.sameThread(), messages,
                model.productionProperty(), new HomeActions(model::newProduction, model::openSample,
                        () -> model.openBundledSample(ProductionDocuments.Sample.ZH_SHORT),
                        () -> model.openBundledSample(ProductionDocuments.Sample.NO_BUDGET_SHORT), () -> { },
                        () -> { }, id -> { }, file -> { }));

        home.samples(Locale.SIMPLIFIED_CHINESE).get(0).open().run();

        assertEquals("末班渡", model.productionProperty().get().title());
        assertEquals("Reelwright — 末班渡", model.titleProperty().get());
        assertEquals("已打开中文示例作品", model.statusProperty().get());
        assertEquals(null, model.fileProperty().get(), "a sample is not a file the user saved");

        home.samples(Locale.SIMPLIFIED_CHINESE).get(1).open().run();
        assertEquals("The Salt Archive", model.productionProperty().get().title());
    }
}
