package org.reelwright.ui.shell;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.ScriptImports;
import org.reelwright.app.Workspace;
import org.reelwright.ui.common.FxBackgroundWork;
import org.reelwright.ui.common.FxDialogs;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;

/**
 * Starts the JavaFX toolkit, shows the main window, then opens the workspace in the background and the production
 * it was showing (the sample on first start). Started with
 * {@link Platform#startup} from a plain main class, so services can be handed in by constructor (no static
 * injector) and the jar runs with JavaFX on the class path.
 */
public final class ReelwrightUi {
    private static void closeQuietly(Workspace workspace) {
        try {
            workspace.close();
        } catch (Exception e) {
            // closing releases the lock; the data was written with each edit already
        }
    }

    private final ProductionDocuments documents;
    private final Supplier<Planning> planning;
    private final ScriptImports imports;

    private final Workspace.Opener workspace;
    private final PlanExport planExport;

    /** @param workspace opens the user's workspace (it is opened in the background once the window shows) */
    public ReelwrightUi(ProductionDocuments documents, Supplier<Planning> planning, ScriptImports imports,
            Workspace.Opener workspace, PlanExport planExport) {
        this.planExport = planExport;
        this.documents = documents;
        this.planning = planning;
        this.imports = imports;
        this.workspace = workspace;
    }

    public void launch() {
        Platform.startup(() -> {
            Theme.LIGHT.applyBase();
            Messages messages = new Messages(Locale.getDefault());
            FxBackgroundWork work = new FxBackgroundWork();
            MainWindowViewModel model = new MainWindowViewModel(documents, imports, work, messages);
            Stage stage = new Stage();
            MainWindow window = MainWindow.assemble(model, planning, planExport, messages, work, Locale.getDefault());
            window.setOnTheme(theme -> {
                theme.applyBase();
                model.workspace().ifPresent(w -> work.run("", () -> {
                    w.putSetting("ui.theme", theme.name());
                    return null;
                }, ok -> { }, e -> { }));
            });
            FxDialogs dialogs = new FxDialogs(stage);
            window.show(stage, dialogs);
            work.run(messages.get("work.openingWorkspace"), workspace::open, opened -> {
                model.useWorkspace(opened.workspace());
                work.run("", () -> opened.workspace().setting("ui.theme"), theme -> theme.ifPresent(name -> {
                    try {
                        Theme.valueOf(name).applyBase();
                    } catch (IllegalArgumentException e) {
                        // a theme from another version: keep the light one
                    }
                }), e -> { });
                window.rememberLayout(stage);
                stage.setOnHidden(e -> closeQuietly(opened.workspace()));
                if (!opened.notices().isEmpty()) {
                    dialogs.showError(messages.get("workspace.noticeTitle"), String.join("\n\n", opened.notices()));
                }
                model.startFromWorkspace();
            }, e -> {
                // No workspace (e.g. another Reelwright already uses it): say so, then stop rather than risk work.
                dialogs.showError(messages.get("workspace.failedTitle"), e.getMessage());
                Platform.exit();
            });
        });
    }
}
