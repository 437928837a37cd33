package org.reelwright.ui.shell;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.reelwright.app.Language;
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
 *
 * <p>The window speaks the system's language on first start and the one chosen in View → Language after that
 * (a workspace setting). A switch rebuilds the window's views in the new language around the same view model:
 * the open production, its undo history, the workspace and the selected panel and scene stay as they are.
 */
public final class ReelwrightUi {
    static final String LANGUAGE_SETTING = "ui.language";
    static final String THEME_SETTING = "ui.theme";

    private static void closeQuietly(Workspace workspace) {
        try {
            workspace.close();
        } catch (Exception e) {
            // closing releases the lock; the data was written with each edit already
        }
    }

    private final ProductionDocuments documents;
    private final Function<Locale, Supplier<Planning>> planning;
    private final ScriptImports imports;
    private final Workspace.Opener workspace;
    private final Function<Locale, PlanExport> planExport;
    private final Locale system = Locale.getDefault();


    /**
     * @param planning estimates in a language (explanations, flags and rates are worded in it)
     * @param workspace opens the user's workspace (it is opened in the background once the window shows)
     * @param planExport the printed plan in a language
     */
    public ReelwrightUi(ProductionDocuments documents, Function<Locale, Supplier<Planning>> planning,
            ScriptImports imports, Workspace.Opener workspace, Function<Locale, PlanExport> planExport) {
        this.planExport = planExport;
        this.documents = documents;
        this.planning = planning;
        this.imports = imports;
        this.workspace = workspace;
    }

    public void launch() {
        Platform.startup(() -> {
            Theme.LIGHT.applyBase();
            Messages messages = new Messages(system);
            FxBackgroundWork work = new FxBackgroundWork();
            MainWindowViewModel model = new MainWindowViewModel(documents, imports, work, messages);
            Stage stage = new Stage();
            LocalizedWindow window = new LocalizedWindow(model, work, planning, planExport, system,
                    (key, value) -> model.workspace().ifPresent(w -> work.run("", () -> {
                        w.putSetting(key, value);
                        return null;
                    }, ok -> { }, e -> { })));
            FxDialogs dialogs = new FxDialogs(stage);
            window.show(stage, dialogs);
            work.run(messages.get("work.openingWorkspace"), workspace::open, opened -> {
                model.useWorkspace(opened.workspace());
                Workspace ws = opened.workspace();
                work.run("", () -> new String[] {ws.setting(THEME_SETTING).orElse(""),
                    ws.setting(LANGUAGE_SETTING).orElse("")}, settings -> {
                        LocalizedWindow.applyTheme(settings[0]);
                        Language.fromTag(settings[1]).ifPresent(l -> window.switchTo(l, false));
                    }, e -> { });
                window.window().rememberLayout(stage);
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
