package org.reelwright.ui.disclosure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Edit;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.FlagCode;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Scenario;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;

/**
 * The disclosure panel's state for the open production, without controls: what the disclosure still lacks (read
 * from the estimate's flags of the user's plan, so the panel and Risks never disagree). Recomputed in the background
 * whenever the production changes; the newest request wins.
 */
public final class DisclosureViewModel {
    /** The flags that say the disclosure lacks something: a consent, or the rights to use what AI made. */
    static final Set<FlagCode> MISSING_CODES = EnumSet.of(FlagCode.AI_LIKENESS_CONSENT, FlagCode.AI_IP_OWNERSHIP);

    private final Supplier<Planning> planning;
    private final Messages messages;
    private final ReadOnlyObjectProperty<Production> production;
    private final Consumer<Edit> edits;
    private final LatestOnly latest;
    private final ObservableList<MissingRow> missing = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper missingSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param production the open production; every change is shown
     * @param edits where the panel's changes go (the window's edit history, so each can be undone)
     */
    public DisclosureViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages,
            ReadOnlyObjectProperty<Production> production, Consumer<Edit> edits) {
        this.planning = planning;
        this.messages = messages;
        this.production = production;
        this.edits = edits;
        this.latest = new LatestOnly(work);
        production.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** What the disclosure still lacks, most severe first. */
    public ObservableList<MissingRow> missing() {
        return missing;
    }

    /** "2 things missing", or that nothing is. */
    public ReadOnlyStringProperty missingSummaryProperty() {
        return missingSummary.getReadOnlyProperty();
    }

    /** Why the panel could not check the plan, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The short name of what a flag says is missing, e.g. "No consent". */
    public String missingTitle(FlagCode code) {
        return messages.get("disclosure.missing.code." + code.id());
    }

    /** True when the gap is a consent not (or not in time) recorded: recording one closes it. */
    public boolean needsConsent(MissingRow row) {
        return row.code() == FlagCode.AI_LIKENESS_CONSENT;
    }

    private void refresh() {
        Production p = production.get();
        if (p == null) {
            latest.cancel();
            return;
        }
        latest.run(messages.get("disclosure.working"), () -> planning.get().quickEstimate(p, Scenario.CURRENT),
                this::show, e -> error.set(messages.messageOf(e)));
    }

    private void show(Estimate estimate) {
        List<MissingRow> rows = new ArrayList<>();
        int order = 0;
        for (RiskFlag flag : estimate.flags()) {
            if (MISSING_CODES.contains(flag.code())) {
                rows.add(new MissingRow(flag, missingTitle(flag.code()), order));
            }
            order++;
        }
        rows.sort(MissingRow.MOST_SEVERE_FIRST);
        error.set("");
        missing.setAll(rows);
        missingSummary.set(messages.get("disclosure.tab.missing", rows.size()));
    }
}
