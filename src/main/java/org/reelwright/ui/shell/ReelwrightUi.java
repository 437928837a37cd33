package org.reelwright.ui.shell;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.ui.common.FxBackgroundWork;
import org.reelwright.ui.common.FxDialogs;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;

/**
 * Starts the JavaFX toolkit and shows the main window with the sample production. Started with
 * {@link Platform#startup} from a plain main class, so services can be handed in by constructor (no static
 * injector) and the jar runs with JavaFX on the class path.
 */
public final class ReelwrightUi {
    private final ProductionDocuments documents;
    private final Supplier<Planning> planning;
    private final ScriptImports imports;

    public ReelwrightUi(ProductionDocuments documents, Supplier<Planning> planning, ScriptImports imports) {
        this.documents = documents;
        this.planning = planning;
        this.imports = imports;
    }

    public void launch() {
        Platform.startup(() -> {
            Theme.LIGHT.applyBase();
            Messages messages = new Messages(Locale.getDefault());
            FxBackgroundWork work = new FxBackgroundWork();
            MainWindowViewModel model = new MainWindowViewModel(documents, imports, work, messages);
            Stage stage = new Stage();
            MainWindow window = MainWindow.assemble(model, planning, messages, work, Locale.getDefault());
            window.setOnTheme(theme -> theme.applyBase());
            window.show(stage, new FxDialogs(stage));
            model.openSample();
        });
    }
}
