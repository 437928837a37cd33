package org.reelwright.ui.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.DisclosureRegister;
import org.reelwright.app.Edit;
import org.reelwright.app.Planning;
import org.reelwright.report.DisclosureProfile;
import org.reelwright.domain.AiUseKey;
import org.reelwright.domain.ConsentId;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.FlagCode;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Scenario;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.DisclosureFlags;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;

/**
 * The disclosure panel's state for the open production, without controls: the register of AI uses as the plan
 * makes it (pre-filled from the stages and shots that use AI, the director's text kept, unused entries marked), the
 * consents, what the disclosure still lacks (the estimate's disclosure flags of the user's plan, so the panel and
 * Risks never disagree), and the statement for a chosen profile. Every change goes through the register's edits, so
 * Edit → Undo takes it back. The register and the statement are read on the FX thread (one pass over the shots);
 * the flags come from the estimate, in the background, newest request first.
 */
public final class DisclosureViewModel {
    /** The flags that say the disclosure lacks something: a consent, one signed too late, or the rights to use it. */
    static final Set<FlagCode> MISSING_CODES = DisclosureFlags.CODES;
    /** The subject id of a flag about the AI voice work rather than a shot. */
    static final String VOICE = StageId.VOICE.id();

    private final Supplier<Planning> planning;
    private final Messages messages;
    private final ReadOnlyObjectProperty<Production> production;
    private final Consumer<Edit> edits;
    private final LatestOnly latest;
    private final LatestOnly latestStatement;
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final ObservableList<ConsentRecord> consents = FXCollections.observableArrayList();
    private final ObservableList<MissingRow> missing = FXCollections.observableArrayList();
    private final ObservableList<ShotChoice> faceShots = FXCollections.observableArrayList();
    private final ObjectProperty<DisclosureProfile> profile = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper statement = new ReadOnlyStringWrapper("");
    /** The profiles of the library, read once (they are files, not part of the production). */
    private List<DisclosureProfile> profiles;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missingSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** Shot names of the production shown, by id ("5A (scene 5)"). */
    private Map<ShotId, String> shotNames = Map.of();

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
        this.latestStatement = new LatestOnly(work);
        production.addListener((obs, old, now) -> refresh());
        profile.addListener((obs, old, now) -> showStatement());
        refresh();
    }

    /** The register: every AI use, in the plan's order; entries the plan no longer uses are kept and marked. */
    public ObservableList<EntryRow> entries() {
        return entries;
    }

    /** The consents recorded, in the order they were added. */
    public ObservableList<ConsentRecord> consents() {
        return consents;
    }

    /** What the disclosure still lacks, most severe first. */
    public ObservableList<MissingRow> missing() {
        return missing;
    }

    /** The shots a consent may cover: those whose picture AI makes or changes with a realistic face. */
    public ObservableList<ShotChoice> faceShots() {
        return faceShots;
    }

    /** "7 AI uses (1 no longer in the plan) · 2 consents". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The missing tab's title with its count. */
    public ReadOnlyStringProperty missingSummaryProperty() {
        return missingSummary.getReadOnlyProperty();
    }

    /** Why the panel could not check the plan, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The festival or law the statement is shaped for; the first profile (the general festival one) at first. */
    public ObjectProperty<DisclosureProfile> profileProperty() {
        return profile;
    }

    public List<DisclosureProfile> profiles() {
        if (profiles == null) {
            profiles = List.copyOf(register().profiles());
        }
        return profiles;
    }

    public String profileName(DisclosureProfile value) {
        return value == null ? "" : value.name(messages.locale());
    }

    /** The statement for the chosen profile, in the user's language, as it is copied. */
    public ReadOnlyStringProperty statementProperty() {
        return statement.getReadOnlyProperty();
    }

    /** The short name of what a flag says is missing, e.g. "No consent". */
    public String missingTitle(FlagCode code) {
        return messages.get("disclosure.missing.code." + code.id());
    }

    /** True when the gap is a consent not recorded, or signed too late: recording one closes it. */
    public boolean needsConsent(MissingRow row) {
        return row.code() == FlagCode.AI_CONSENT_MISSING || row.code() == FlagCode.AI_CONSENT_LATE
                || row.code() == FlagCode.AI_LIKENESS_CONSENT;
    }

    /**
     * The register entry of the shot a missing consent names, when AI generates that shot on its own entry: the
     * people it shows can then be marked as invented (nobody real, so no consent is needed).
     */
    public Optional<EntryRow> shotEntryOf(MissingRow row) {
        if (row.code() != FlagCode.AI_CONSENT_MISSING) {
            return Optional.empty();
        }
        return entries.stream().filter(r -> r.entry().inPlan() && r.entry().key().isShot()
                && r.entry().key().shot().toString().equals(row.subjectId())).findFirst();
    }

    /** Says, as one undoable edit, that the people the gap's shot shows are invented: the gap closes. */
    public void markInvented(MissingRow row) {
        shotEntryOf(row).ifPresent(entry -> changeEntry(entry, "likeness",
                e -> e.withLikeness(org.reelwright.domain.Likeness.INVENTED)));
    }

    /** True when the gap is the rights to a stage's AI output: the register's commercial-use cell closes it. */
    public boolean isRightsGap(MissingRow row) {
        return row.code() == FlagCode.AI_RIGHTS_UNCLEAR;
    }

    /**
     * The register row a rights gap is about: the first entry of its stage whose commercial use is not allowed yet,
     * or the stage's first entry; -1 when the register has none.
     */
    public int registerRowFor(MissingRow row) {
        int first = -1;
        for (int i = 0; i < entries.size(); i++) {
            DisclosureEntry entry = entries.get(i).entry();
            if (entry.inPlan() && entry.stage().id().equals(row.subjectId())) {
                if (entry.commercialUse() != org.reelwright.domain.CommercialUse.ALLOWED && !entry.tool().isBlank()) {
                    return i;
                }
                first = first < 0 ? i : first;
            }
        }
        return first;
    }

    /** A shot as the panel names it: "5A (scene 5)"; an id no longer in the plan as "removed shot". */
    public String shotName(ShotId shot) {
        return shotNames.getOrDefault(shot, messages.get("disclosure.shot.removed"));
    }

    /** What a consent covers: "5A (scene 5), 7B (scene 7) · AI voice", or that it covers nothing yet. */
    public String covers(ConsentRecord consent) {
        List<String> parts = new ArrayList<>();
        consent.shots().forEach(shot -> parts.add(shotName(shot)));
        String shots = String.join(messages.get("disclosure.list.separator"), parts);
        if (consent.voice()) {
            shots = shots.isEmpty() ? messages.get("disclosure.consent.voice")
                    : messages.get("disclosure.consent.shotsAndVoice", shots);
        }
        return shots.isEmpty() ? messages.get("disclosure.consent.coversNothing") : shots;
    }

    /** Changes one of the director's fields of an entry, as one undoable edit. */
    public void changeEntry(EntryRow row, String field, UnaryOperator<DisclosureEntry> change) {
        Production p = production.get();
        if (p != null) {
            edits.accept(register().changeEntry(p, row.entry().key(), messages.get("disclosure.field." + field),
                    change));
        }
    }

    /** Drops an entry the plan no longer uses (with its text), as one undoable edit. */
    public void removeEntry(EntryRow row) {
        if (production.get() != null && !row.entry().inPlan()) {
            edits.accept(register().removeEntry(row.entry().key()));
        }
    }

    /** Adds a consent, as one undoable edit. */
    public void addConsent(ConsentRecord consent) {
        Production p = production.get();
        if (p != null) {
            edits.accept(register().addConsent(p, consent));
        }
    }

    /** Puts {@code edited} in the place of the consent with its id, as one undoable edit. */
    public void saveConsent(ConsentRecord edited) {
        Production p = production.get();
        if (p != null) {
            edits.accept(register().changeConsent(p, edited.id(), messages.get("disclosure.field.consent"),
                    c -> edited));
        }
    }

    public void removeConsent(ConsentId id) {
        if (production.get() != null) {
            edits.accept(register().removeConsent(production.get(), id));
        }
    }

    /** The consent with this id as the production holds it now. */
    public Optional<ConsentRecord> consent(ConsentId id) {
        return consents.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * What a consent recorded from a gap starts with: the shot the gap names, or the AI voice work; the person and
     * the date are the user's to fill in.
     */
    public ConsentDraft draftFor(MissingRow row) {
        boolean voice = VOICE.equals(row.subjectId());
        List<ShotId> shots = new ArrayList<>();
        if (!voice) {
            faceShots.stream().filter(s -> s.id().toString().equals(row.subjectId())).findFirst()
                    .ifPresent(s -> shots.add(s.id()));
        }
        return new ConsentDraft(null, shots, voice);
    }

    private DisclosureRegister register() {
        return planning.get().disclosureRegister();
    }

    /** True when the open production holds this consent (an edit that was refused leaves it out). */
    public boolean holds(ConsentId id) {
        Production p = production.get();
        return p != null && p.disclosure().consent(id).isPresent();
    }

    /**
     * Reads the register and the flags again, in the background: the register's planned dates come from the
     * schedule, and the flags from the estimate, both too much work for the FX thread at 10,000 shots.
     */
    private void refresh() {
        Production p = production.get();
        if (p == null) {
            latest.cancel();
            return;
        }
        latest.run(messages.get("disclosure.working"), () -> new Checked(register().register(p),
                planning.get().quickEstimate(p, Scenario.CURRENT)), checked -> {
                    error.set("");
                    showRegister(p, checked.register());
                    showMissing(checked.estimate());
                }, e -> error.set(messages.messageOf(e)));
        showStatement();
    }

    /** Writes the statement for the chosen profile again, in the background (it reads the whole register). */
    private void showStatement() {
        Production p = production.get();
        if (p == null) {
            latestStatement.cancel();
            return;
        }
        if (profile.get() == null) {
            if (!profiles().isEmpty()) {
                profile.set(profiles().get(0)); // its listener writes the statement
            }
            return;
        }
        String id = profile.get().id();
        latestStatement.run(messages.get("disclosure.writingStatement"), () -> register().statement(p, id,
                messages.locale()).text(), statement::set, e -> error.set(messages.messageOf(e)));
    }

    /** What one background pass found: the register as the plan makes it, and the plan's flags. */
    private record Checked(Disclosure register, Estimate estimate) {
    }

    private void showRegister(Production p, Disclosure disclosure) {
        Map<ShotId, String> names = new HashMap<>();
        Map<ShotId, Shot> shots = new HashMap<>();
        for (Scene scene : p.scenes()) {
            for (Shot shot : scene.shots()) {
                names.put(shot.id(), messages.get("disclosure.shot", shot.number(), scene.number()));
                shots.put(shot.id(), shot);
            }
        }
        shotNames = names;
        List<EntryRow> rows = new ArrayList<>();
        List<ShotChoice> faces = new ArrayList<>();
        java.util.Set<ShotId> seen = new java.util.HashSet<>();
        for (DisclosureEntry entry : disclosure.entries()) {
            rows.add(new EntryRow(entry, what(entry), messages.name(entry.stage())));
            if (entry.inPlan()) {
                for (ShotId id : entry.shots()) {
                    Shot shot = shots.get(id);
                    if (shot != null && shot.realisticFaces() && seen.add(id)) {
                        faces.add(new ShotChoice(id, names.get(id)));
                    }
                }
            }
        }
        entries.setAll(rows);
        consents.setAll(disclosure.consents());
        faceShots.setAll(faces);
        long unused = rows.stream().filter(r -> !r.entry().inPlan()).count();
        summary.set(messages.get("disclosure.summary", rows.size(), unused == 0 ? ""
                : messages.get("disclosure.summary.unused", unused), disclosure.consents().size()));
    }

    /** "Shot 5A (scene 5)" for a shot entry; the number of shots it touches for a stage entry. */
    private String what(DisclosureEntry entry) {
        if (entry.key().isShot()) {
            return shotName(entry.key().shot());
        }
        return entry.shots().isEmpty() ? messages.get("disclosure.what.wholeStage")
                : messages.get("disclosure.what.shots", entry.shots().size());
    }

    private void showMissing(Estimate estimate) {
        List<MissingRow> rows = new ArrayList<>();
        int order = 0;
        for (RiskFlag flag : estimate.flags()) {
            if (MISSING_CODES.contains(flag.code())) {
                rows.add(new MissingRow(flag, missingTitle(flag.code()), order));
            }
            order++;
        }
        rows.sort(MissingRow.MOST_SEVERE_FIRST);
        missing.setAll(rows);
        missingSummary.set(messages.get("disclosure.tab.missing", rows.size()));
    }

    /** Locale of the words shown (for the statement's clipboard copy and tests). */
    Locale locale() {
        return messages.locale();
    }
}
