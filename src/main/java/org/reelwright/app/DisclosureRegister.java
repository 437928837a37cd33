package org.reelwright.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.reelwright.domain.AiUseKey;
import org.reelwright.domain.AiUses;
import org.reelwright.domain.ConsentId;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.ShotDisclosureMap;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.DisclosureProfile;
import org.reelwright.report.DisclosureStatement;
import org.reelwright.report.DisclosureStatements;
import org.reelwright.schedule.Schedule;
import org.reelwright.schedule.ScheduledStage;

/**
 * The AI usage register as the plan makes it and the director completes it (issue 16): every stage and shot the
 * plan has AI in gets its entry, pre-filled; a plan change updates the entries' plan side and never what the
 * director wrote; an entry the plan no longer uses is kept and marked unused.
 *
 * <p>The register is reconciled when it is read ({@link #register}) or edited (the edits below), never on a shot
 * edit: the production's edit path stays incremental at 10,000 shots, and a register nobody looks at costs nothing
 * (ADR 0012). Planned dates come from the schedule of the current plan: the start of the stage that does the work.
 */
public final class DisclosureRegister {
    private final Planning planning;
    /** The planned starts of the last production asked (the panel, its statement and an export ask in a row). */
    private final java.util.concurrent.atomic.AtomicReference<Starts> lastStarts =
            new java.util.concurrent.atomic.AtomicReference<>();

    private record Starts(Production production, Map<StageId, LocalDate> starts) {
    }

    DisclosureRegister(Planning planning) {
        this.planning = planning;
    }

    /** The register reconciled with the plan: what the panel shows and the pack prints. O(shots) plus a schedule. */
    public Disclosure register(Production production) {
        return reconcile(production, plannedStarts(production));
    }

    /** The production with its register reconciled (for the pack, the exports and the statements). */
    public Production reconciled(Production production) {
        return production.withDisclosure(register(production));
    }

    /**
     * The register reconciled with the plan, planned dates from {@code starts} (a stage's first day); pure.
     * Entries come in the plan's order; entries the plan no longer uses follow, in the order they were kept.
     */
    public static Disclosure reconcile(Production production, Map<StageId, LocalDate> starts) {
        Disclosure stored = production.disclosure();
        List<DisclosureEntry> entries = new ArrayList<>();
        Set<AiUseKey> used = new HashSet<>();
        for (DisclosureEntry use : AiUses.planned(production)) {
            used.add(use.key());
            DisclosureEntry kept = stored.entry(use.key()).orElse(null);
            LocalDate start = starts.get(use.stage());
            if (kept == null) {
                entries.add(use.withPlannedOn(start));
            } else {
                entries.add(kept.withPlan(use.shots(), kept.contribution(), kept.frameShare(),
                        kept.plannedOn() == null ? start : kept.plannedOn(), true));
            }
        }
        for (DisclosureEntry kept : stored.entries()) {
            if (!used.contains(kept.key())) {
                entries.add(kept.unused());
            }
        }
        return new Disclosure(entries, stored.consents());
    }

    /** Each stage's first working day in the current plan's schedule. */
    public Map<StageId, LocalDate> plannedStarts(Production production) {
        Starts last = lastStarts.get();
        if (last != null && last.production() == production) {
            return last.starts();
        }
        Schedule schedule = planning.schedule(production, Scenario.CURRENT);
        Map<StageId, LocalDate> starts = new EnumMap<>(StageId.class);
        for (ScheduledStage stage : schedule.stages()) {
            starts.put(stage.stage(), stage.start());
        }
        Map<StageId, LocalDate> made = java.util.Collections.unmodifiableMap(starts);
        lastStarts.set(new Starts(production, made));
        return made;
    }

    /** The festivals and laws a statement can be shaped for (bundled profiles). */
    public List<DisclosureProfile> profiles() {
        return DisclosureProfiles.bundled();
    }

    /**
     * The statement of a profile for the production as planned now, in a language.
     *
     * @throws IllegalArgumentException naming the profile when there is no such profile
     */
    public DisclosureStatement statement(Production production, String profileId, Locale locale) {
        DisclosureProfile profile = DisclosureProfiles.find(profileId).orElseThrow(() -> new IllegalArgumentException(
                "no disclosure profile " + profileId));
        return new DisclosureStatements(locale).statement(reconciled(production), profile,
                planning.deterministicEstimate(production, Scenario.CURRENT));
    }

    /** Every shot with its planned timecodes and what AI does to it. */
    public ShotDisclosureMap shotMap(Production production) {
        return ShotDisclosureMap.of(reconciled(production));
    }

    /** Fills the register from the plan: every AI use gets its entry, kept from now on (Undo removes them). */
    public Edit prefill(Production current) {
        Map<StageId, LocalDate> starts = plannedStarts(current);
        return Edit.of("edit.prefillDisclosure", p -> p.withDisclosure(reconcile(p, starts)));
    }

    /** Changes one entry of the register ({@code field} names what changed, for the Undo label). */
    public Edit changeEntry(Production current, AiUseKey key, String field, UnaryOperator<DisclosureEntry> change) {
        Map<StageId, LocalDate> starts = plannedStarts(current);
        return Edit.of("edit.disclosureEntry", p -> {
            Disclosure register = reconcile(p, starts);
            DisclosureEntry entry = register.entry(key).orElseThrow(
                    () -> new IllegalArgumentException("the register has no entry " + key));
            return p.withDisclosure(register.withEntry(change.apply(entry)));
        }, key.stage(), field);
    }

    /** Removes an entry the plan no longer uses (one it uses would come back at once, so it is refused). */
    public Edit removeEntry(AiUseKey key) {
        return Edit.of("edit.removeDisclosureEntry", p -> {
            DisclosureEntry entry = p.disclosure().entry(key).orElse(null);
            if (entry == null) {
                return p;
            }
            if (AiUses.planned(p).stream().anyMatch(u -> u.key().equals(key))) {
                throw new IllegalArgumentException("the plan still uses " + key);
            }
            return p.withDisclosure(p.disclosure().withoutEntry(key));
        }, key.stage());
    }

    /** Records a consent; the register is filled from the plan at the same time, so its dates can be checked. */
    public Edit addConsent(Production current, ConsentRecord consent) {
        Map<StageId, LocalDate> starts = plannedStarts(current);
        return Edit.of("edit.addConsent", p -> p.withDisclosure(reconcile(p, starts).withConsent(consent)),
                consent.person());
    }

    /** Changes one consent ({@code field} names what changed, for the Undo label). */
    public Edit changeConsent(Production current, ConsentId id, String field, UnaryOperator<ConsentRecord> change) {
        Map<StageId, LocalDate> starts = plannedStarts(current);
        String person = current.disclosure().consent(id).map(ConsentRecord::person).orElse("");
        return Edit.of("edit.consent", p -> {
            Disclosure register = reconcile(p, starts);
            ConsentRecord consent = register.consent(id).orElseThrow(
                    () -> new IllegalArgumentException("no consent " + id));
            return p.withDisclosure(register.withConsent(change.apply(consent)));
        }, person, field);
    }

    public Edit removeConsent(Production current, ConsentId id) {
        String person = current.disclosure().consent(id).map(ConsentRecord::person).orElse("");
        return Edit.of("edit.removeConsent", p -> p.withDisclosure(p.disclosure().withoutConsent(id)), person);
    }
}
