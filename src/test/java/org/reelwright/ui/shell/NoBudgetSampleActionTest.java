package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.domain.PayModel;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.home.HomeActions;
import org.reelwright.ui.home.HomeViewModel;

/**
 * Without a stage: Home's last sample action, wired as the window wires it, opens the no-budget sample on its pay
 * model, and says so in the window's language.
 */
class NoBudgetSampleActionTest {

    @ParameterizedTest
    @CsvSource({"en, Opened the no-budget sample production", "zh-CN, 已打开零预算示例作品"})
    void homesLastSampleActionOpensTheNoBudgetSample(String tag, String status) {
        Locale locale = Locale.forLanguageTag(tag);
        Messages messages = new Messages(locale);
        MainWindowViewModel model = new MainWindowViewModel(new ProductionDocuments(new JsonProductionFiles(),
                Clock.systemUTC()), new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(),
                Clock.systemUTC()), BackgroundWork.sameThread(), messages);
        HomeViewModel home = new HomeViewModel(Optional::empty, BackgroundWork.sameThread(), messages,
                model.productionProperty(), new HomeActions(model::newProduction, model::openSample,
                        () -> model.openBundledSample(ProductionDocuments.Sample.ZH_SHORT),
                        () -> model.openBundledSample(ProductionDocuments.Sample.NO_BUDGET_SHORT), () -> { },
                        () -> { }, id -> { }, file -> { }));
        List<HomeViewModel.SampleAction> samples = home.samples(locale);

        samples.get(samples.size() - 1).open().run();

        assertEquals("Channel Nine Point Three", model.productionProperty().get().title());
        assertEquals(PayModel.NO_BUDGET, model.productionProperty().get().payModel());
        assertEquals("Reelwright — Channel Nine Point Three", model.titleProperty().get());
        assertEquals(status, model.statusProperty().get());
        assertEquals(null, model.fileProperty().get(), "a sample is not a file the user saved");
    }
}
