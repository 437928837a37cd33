package org.reelwright.ui.schedule;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.StageId;

/**
 * The stage links of the open production (finish-to-start, with lag), and the commands that add and remove them.
 * A link that would close a cycle is refused before it reaches the production, with the cycle named.
 */
public final class DependenciesViewModel {
    private final ReadOnlyObjectProperty<Production> production;
    private final Consumer<Edit> edits;
    private final ObservableList<StageDependency> links = FXCollections.observableArrayList();

    private final Locale locale;

    /** Refusals in English; the window passes the user's locale. */
    public DependenciesViewModel(ReadOnlyObjectProperty<Production> production, Consumer<Edit> edits) {
        this(production, edits, Locale.ROOT);
    }

    /** @param locale the language refusals (a cycle, a stage on itself) are told in */
    public DependenciesViewModel(ReadOnlyObjectProperty<Production> production, Consumer<Edit> edits, Locale locale) {
        this.production = production;
        this.edits = edits;
        this.locale = locale;
        production.addListener((obs, old, now) -> refresh(now));
        refresh(production.get());
    }

    public ObservableList<StageDependency> links() {
        return links;
    }

    /** Adds a link; returns why it was refused, or empty when it was added. */
    public Optional<String> add(StageId before, StageId after, int lagDays) {
        Production current = production.get();
        if (current == null || before == null || after == null) {
            return Optional.empty();
        }
        Edit edit;
        try {
            StageDependency link = new StageDependency(before, after, lagDays);
            edit = Edits.addDependency(link);
            edit.applyTo(current); // refuses a cycle here, so the dialog can say so in place
        } catch (InvalidInputException e) {
            return Optional.of(e.message(locale));
        }
        edits.accept(edit);
        return Optional.empty();
    }

    public void remove(StageDependency link) {
        if (link != null) {
            edits.accept(Edits.removeDependency(link));
        }
    }

    private void refresh(Production now) {
        links.setAll(now == null ? java.util.List.of() : now.dependencies());
    }
}
