package org.reelwright.ui.shell;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.reelwright.app.Language;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Dialogs;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;

/**
 * The main window in the language the user chose, switched in place (View → Language). A switch builds the
 * views again in the new language around the same {@link MainWindowViewModel} and puts them on the same stage: the
 * open production, its undo history, the workspace, the divider positions, the panel shown and the selected scene
 * stay as they were. Rebuilding beats relabelling every control: the panels read their words when they are built
 * (headers, prompts, formats), so one rule — words are read at construction — keeps every panel right without
 * each one having to listen for a language change.
 */
public final class LocalizedWindow {
    private final MainWindowViewModel model;
    private final BackgroundWork work;
    private final Function<Locale, Supplier<Planning>> planning;
    private final Function<Locale, PlanExport> planExport;
    private final Locale system;
    /** Where a choice the user made goes to be remembered (setting key, value); the workspace in the app. */
    private final BiConsumer<String, String> remember;
    private Stage stage;
    private MainWindow window;

    /**
     * @param system the computer's locale: English keeps its conventions when the user speaks English there
     * @param planning estimates in a language (explanations, flags and rates are worded in it)
     * @param planExport the printed plan in a language; may give null (no printing)
     */
    public LocalizedWindow(MainWindowViewModel model, BackgroundWork work, Function<Locale, Supplier<Planning>> planning,
            Function<Locale, PlanExport> planExport, Locale system, BiConsumer<String, String> remember) {
        this.model = model;
        this.work = work;
        this.planning = planning;
        this.planExport = planExport;
        this.system = system;
        this.remember = remember;
        this.window = build(new Messages(model.localeProperty().get()));
    }

    /** Puts the window on {@code stage}. */
    public void show(Stage on, Dialogs dialogs) {
        this.stage = on;
        window.show(on, dialogs);
    }

    /** The window as it is now (a switch replaces it). */
    public MainWindow window() {
        return window;
    }

    public Language language() {
        return Language.of(model.localeProperty().get());
    }

    /**
     * Speaks {@code language} from now on. JavaFX's own words (dialog buttons) and any format that reads the
     * default locale follow it too, since the whole application speaks one language at a time.
     *
     * @param rememberChoice whether the choice is the user's (written to the workspace) or was read from it
     */
    public void switchTo(Language language, boolean rememberChoice) {
        if (language == language()) {
            return;
        }
        Locale locale = language.locale(system);
        Locale.setDefault(locale);
        Messages messages = new Messages(locale);
        model.useMessages(messages);
        MainWindow next = build(messages);
        if (stage != null) {
            next.replace(window, stage);
        }
        window = next;
        if (rememberChoice) {
            remember.accept(ReelwrightUi.LANGUAGE_SETTING, language.tag());
        }
    }

    private MainWindow build(Messages messages) {
        Locale locale = messages.locale();
        MainWindow built = MainWindow.assemble(model, planning.apply(locale), planExport.apply(locale), messages,
                work, locale);
        built.setOnTheme(theme -> {
            theme.applyBase();
            remember.accept(ReelwrightUi.THEME_SETTING, theme.name());
        });
        built.setOnLanguage(language -> switchTo(language, true));
        return built;
    }

    /** Applies the theme the workspace remembers, if it names one of this version's. */
    static void applyTheme(String name) {
        for (Theme theme : Theme.values()) {
            if (theme.name().equals(name)) {
                theme.applyBase();
            }
        }
    }
}
