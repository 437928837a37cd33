package org.reelwright.ui.shell;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.stage.Stage;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.screenplay.ScreenplayImporter;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.csv.CsvShotListFiles;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;

/** The main window as the app builds it, started in 简体中文 on a test stage, with a planning per language. */
record ChineseWindow(MainWindowViewModel model, LocalizedWindow window) {
    private static BenchmarkLibrary library;

    static ChineseWindow show(Stage stage, BiConsumer<String, String> remember) throws ProjectFileException {
        Theme.LIGHT.applyBase();
        if (library == null) {
            library = Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
        }
        Map<Locale, Planning> plannings = new HashMap<>();
        BackgroundWork work = BackgroundWork.sameThread();
        MainWindowViewModel model = new MainWindowViewModel(new ProductionDocuments(new JsonProductionFiles(),
                Clock.systemUTC()), new ScriptImports(new ScreenplayImporter(), new CsvShotListFiles(),
                Clock.systemUTC()), work, new Messages(Locale.SIMPLIFIED_CHINESE));
        LocalizedWindow window = new LocalizedWindow(model, work,
                locale -> () -> plannings.computeIfAbsent(locale, l -> new Planning(library, l)), locale -> null,
                Locale.US, remember);
        window.show(stage, new MainWindowTest.ScriptedDialogs());
        return new ChineseWindow(model, window);
    }
}
