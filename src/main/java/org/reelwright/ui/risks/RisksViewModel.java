package org.reelwright.ui.risks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.FlagCode;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.Severity;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;

/**
 * The risk and suitability flags of the open production under the chosen scenario (the user's plan by default),
 * each with a suggested mitigation, filtered by severity and sorted most severe first. Recomputed in the background
 * whenever the production or the scenario changes; the newest request wins. The selected flag names its subject's
 * id, so the window can take the user to the shot or stage. The most severe flag shown is selected unless the user
 * picked another (selection is for reading: going to the subject is a separate, explicit step).
 */
public final class RisksViewModel {
    private final Supplier<Planning> planning;
    private final Messages messages;
    private final ReadOnlyObjectProperty<Production> production;
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.CURRENT);
    private final ObservableList<FlagRow> all = FXCollections.observableArrayList();
    private final FilteredList<FlagRow> shown = new FilteredList<>(all, r -> true);
    private final Map<Severity, BooleanProperty> showing = new EnumMap<>(Severity.class);
    private final Map<Severity, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Severity.class);
    private final ObjectProperty<FlagRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RiskFlag> selectedFlag = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final LatestOnly latest;

    /** @param production the open production; every change is checked again */
    public RisksViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages,
            ReadOnlyObjectProperty<Production> production) {
        this.planning = planning;
        this.latest = new LatestOnly(work);
        this.messages = messages;
        this.production = production;
        for (Severity s : Severity.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((obs, old, now) -> filter());
            showing.put(s, on);
            counts.put(s, new ReadOnlyIntegerWrapper(0));
        }
        selected.addListener((obs, old, now) -> selectedFlag.set(now == null ? null : now.flag()));
        production.addListener((obs, old, now) -> refresh());
        scenario.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The flags that pass the severity filter, most severe first. */
    public ObservableList<FlagRow> flags() {
        return shown;
    }

    /** Every flag of the plan, whatever the filter. */
    public List<FlagRow> allFlags() {
        return List.copyOf(all);
    }

    /** Whether flags of a severity are listed; all are at first. */
    public BooleanProperty showingProperty(Severity severity) {
        return showing.get(severity);
    }

    /** How many flags of a severity the plan has (whatever the filter). */
    public ReadOnlyIntegerProperty countProperty(Severity severity) {
        return counts.get(severity).getReadOnlyProperty();
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public List<Scenario> scenarios() {
        return List.of(Scenario.values());
    }

    public String scenarioName(Scenario value) {
        return messages.get("risks.scenario." + value.id());
    }

    public String severityName(Severity severity) {
        return messages.get("risks.severity." + severity.id());
    }

    /** The flag the user is looking at (set by the table), or null. */
    public ObjectProperty<FlagRow> selectedProperty() {
        return selected;
    }

    /** The selected flag itself; its {@code subjectId} is the shot, stage or production to go to. */
    public ReadOnlyObjectProperty<RiskFlag> selectedFlagProperty() {
        return selectedFlag.getReadOnlyProperty();
    }

    /** "7 flags: 1 high · 4 medium · 1 low · 1 info", or that there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The suggested mitigation for a flag code, in the user's language. */
    public String mitigation(FlagCode code) {
        return messages.get("risks.mitigation." + code.id());
    }

    /** The short name of a flag code, e.g. "Uncanny valley". */
    public String title(FlagCode code) {
        return messages.get("risks.code." + code.id());
    }

    private void refresh() {
        Production p = production.get();
        Scenario s = scenario.get();
        if (p == null) {
            latest.cancel();
            return;
        }
        latest.run(messages.get("risks.working"), () -> planning.get().quickEstimate(p, s), this::show, e -> error.set(messages.messageOf(e)));
    }

    private void show(Estimate estimate) {
        FlagRow before = selected.get();
        List<FlagRow> rows = new ArrayList<>();
        int order = 0;
        for (RiskFlag flag : estimate.flags()) {
            rows.add(new FlagRow(flag, order++, severityName(flag.severity()), title(flag.code()), subject(flag),
                    mitigation(flag.code())));
        }
        rows.sort(FlagRow.MOST_SEVERE_FIRST);
        error.set("");
        all.setAll(rows);
        for (Severity s : Severity.values()) {
            counts.get(s).set((int) estimate.flagCount(s));
        }
        summary.set(rows.isEmpty() ? messages.get("risks.summary.none")
                : messages.get("risks.summary", rows.size(), estimate.flagCount(Severity.HIGH),
                        estimate.flagCount(Severity.MEDIUM), estimate.flagCount(Severity.LOW),
                        estimate.flagCount(Severity.INFO)));
        // Keep the user's place: the same flag (same code on the same subject) stays selected after an edit;
        // otherwise the most severe flag is, so the details pane opens on what matters most.
        selected.set(shown.stream().filter(r -> before != null && sameFlag(r, before)).findFirst()
                .orElse(first()));
    }

    /**
     * The flag's subject in the user's words. The core names a stage by its id ("Stage color"); a stage flag's
     * subject id is that id, so the panel can use the stage's display name instead.
     */
    private String subject(RiskFlag flag) {
        for (StageId stage : StageId.values()) {
            if (stage.id().equals(flag.subjectId())) {
                return messages.get("risks.subject.stage", messages.name(stage));
            }
        }
        return flag.subject();
    }

    private void filter() {
        shown.setPredicate(r -> showing.get(r.severity()).get());
        FlagRow current = selected.get();
        if (current == null || !shown.contains(current)) {
            selected.set(first());
        }
    }

    private FlagRow first() {
        return shown.stream().min(FlagRow.MOST_SEVERE_FIRST).orElse(null);
    }

    private static boolean sameFlag(FlagRow a, FlagRow b) {
        return a.flag().code() == b.flag().code() && Objects.equals(a.subjectId(), b.subjectId())
                && Objects.equals(a.message(), b.message());
    }
}
