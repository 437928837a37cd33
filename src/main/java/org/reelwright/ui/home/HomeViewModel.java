package org.reelwright.ui.home;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Workspace;
import org.reelwright.domain.Production;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/**
 * The welcome screen's lists: the productions kept in the workspace (most recent first) and recently used files,
 * read again whenever the open production changes (a new one may have been stored).
 */
public final class HomeViewModel {
    private final Supplier<Optional<Workspace>> workspace;
    private final BackgroundWork work;
    private final Messages messages;
    private final HomeActions actions;
    private final ObservableList<Workspace.Kept> productions = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    public HomeViewModel(Supplier<Optional<Workspace>> workspace, BackgroundWork work, Messages messages,
            ReadOnlyObjectProperty<Production> production, HomeActions actions) {
        this.workspace = workspace;
        this.work = work;
        this.messages = messages;
        this.actions = actions;
        production.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                refresh();
            }
        });
    }

    public ObservableList<Workspace.Kept> productions() {
        return productions;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public HomeActions actions() {
        return actions;
    }

    /**
     * The bundled samples Home offers, the one in the user's language first: the Chinese sample leads when the UI
     * is Chinese, the English one otherwise. The no-budget sample (English, costed in USD) comes last in either
     * language: it shows the pay model rather than a language.
     */
    public List<SampleAction> samples(Locale locale) {
        SampleAction english = new SampleAction("home.sample", actions.openSample());
        SampleAction chinese = new SampleAction("home.sampleZh", actions.openChineseSample());
        SampleAction noBudget = new SampleAction("home.sampleNoBudget", actions.openNoBudgetSample());
        return "zh".equals(locale.getLanguage()) ? List.of(chinese, english, noBudget)
                : List.of(english, chinese, noBudget);
    }

    public void refresh() {
        Optional<Workspace> kept = workspace.get();
        if (kept.isEmpty()) {
            return;
        }
        Workspace w = kept.get();
        work.run(messages.get("work.openingWorkspace"), () -> new Lists(w.productions(),
                w.recentFiles().stream().map(Path::of).toList()), lists -> {
                    productions.setAll(lists.productions());
                    recentFiles.setAll(lists.files());
                }, e -> { });
    }

    /** A sample Home offers: the message key of its button's label and what the button does. */
    public record SampleAction(String labelKey, Runnable open) {
    }

    private record Lists(List<Workspace.Kept> productions, List<Path> files) {
    }
}
