package org.reelwright.domain;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The production's AI disclosure and rights record (issue 16): the register of AI uses, one entry per stage or shot
 * the plan has AI in (kept, marked unused, when the plan stops using it), and the consents of the people AI
 * touches. {@link #EMPTY} is a production that has recorded nothing.
 *
 * <p>Invariants: one entry per key, one consent per id; at most {@link InputLimits#SHOTS} plus one per stage
 * entries and {@link InputLimits#LIST_ENTRIES} consents. Entries are found by key in O(1).
 */
public record Disclosure(List<DisclosureEntry> entries, List<ConsentRecord> consents) {
    public static final Disclosure EMPTY = new Disclosure(List.of(), List.of());

    public Disclosure {
        Phrase subject = Checks.subject("disclosure");
        entries = entries instanceof EntryList checked ? checked
                : EntryList.of(Checks.list(entries, subject, "entries"), subject);
        consents = Checks.list(consents, subject, "consents");
        if (entries.size() > InputLimits.SHOTS + StageId.values().length) {
            throw Checks.fail(subject, "entries", "disclosure.tooMany", InputLimits.SHOTS + StageId.values().length,
                    entries.size());
        }
        if (consents.size() > InputLimits.LIST_ENTRIES) {
            throw Checks.fail(subject, "consents", "disclosure.tooMany", InputLimits.LIST_ENTRIES, consents.size());
        }
        Set<ConsentId> ids = new HashSet<>();
        for (ConsentRecord consent : consents) {
            if (!ids.add(consent.id())) {
                throw Checks.fail(subject, "consents", "disclosure.consentTwice", consent.person());
            }
        }
    }

    public Optional<DisclosureEntry> entry(AiUseKey key) {
        return Optional.ofNullable(((EntryList) entries).byKey.get(key));
    }

    public Optional<ConsentRecord> consent(ConsentId id) {
        return consents.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The consents that name this shot, signed or not. */
    public List<ConsentRecord> consentsFor(ShotId shot) {
        return consents.stream().filter(c -> c.covers(shot)).toList();
    }

    /** The consents that cover AI voice work, signed or not. */
    public List<ConsentRecord> voiceConsents() {
        return consents.stream().filter(ConsentRecord::voice).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty() && consents.isEmpty();
    }

    /** The register with these entries (in this order); consents kept. */
    public Disclosure withEntries(List<DisclosureEntry> value) {
        return new Disclosure(value, consents);
    }

    /** Replaces the entry with the same key, or adds it at the end. */
    public Disclosure withEntry(DisclosureEntry entry) {
        List<DisclosureEntry> copy = new java.util.ArrayList<>(entries);
        int at = indexOf(entry.key());
        if (at < 0) {
            copy.add(entry);
        } else {
            copy.set(at, entry);
        }
        return new Disclosure(copy, consents);
    }

    public Disclosure withoutEntry(AiUseKey key) {
        return new Disclosure(entries.stream().filter(e -> !e.key().equals(key)).toList(), consents);
    }

    /** Replaces the consent with the same id, or adds it at the end. */
    public Disclosure withConsent(ConsentRecord consent) {
        List<ConsentRecord> copy = new java.util.ArrayList<>(consents);
        boolean replaced = false;
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(consent.id())) {
                copy.set(i, consent);
                replaced = true;
            }
        }
        if (!replaced) {
            copy.add(consent);
        }
        return new Disclosure(entries, copy);
    }

    public Disclosure withoutConsent(ConsentId id) {
        return new Disclosure(entries, consents.stream().filter(c -> !c.id().equals(id)).toList());
    }

    private int indexOf(AiUseKey key) {
        DisclosureEntry found = ((EntryList) entries).byKey.get(key);
        return found == null ? -1 : entries.indexOf(found);
    }

    /** The entries, immutable, with an index by key (checked unique when made). */
    private static final class EntryList extends AbstractList<DisclosureEntry> implements RandomAccess {
        private final DisclosureEntry[] entries;
        private final Map<AiUseKey, DisclosureEntry> byKey;

        private EntryList(DisclosureEntry[] entries, Map<AiUseKey, DisclosureEntry> byKey) {
            this.entries = entries;
            this.byKey = byKey;
        }

        static EntryList of(List<DisclosureEntry> entries, Phrase subject) {
            Map<AiUseKey, DisclosureEntry> byKey = new HashMap<>(entries.size() * 2);
            for (DisclosureEntry entry : entries) {
                if (byKey.putIfAbsent(entry.key(), entry) != null) {
                    throw Checks.fail(subject, "entries", "disclosure.entryTwice", entry.stage().id(),
                            entry.key().isShot() ? entry.key().shot().toString() : "");
                }
            }
            return new EntryList(entries.toArray(new DisclosureEntry[0]), Map.copyOf(byKey));
        }

        @Override
        public DisclosureEntry get(int i) {
            return entries[i];
        }

        @Override
        public int size() {
            return entries.length;
        }
    }
}
