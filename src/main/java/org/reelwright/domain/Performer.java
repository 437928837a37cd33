package org.reelwright.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A member of the cast: the cast number strips and call sheets print instead of the name, the performer's name, the
 * screenplay characters they play (spelled as the scenes spell them; matched ignoring case), contact, the dates they
 * cannot work, how they are paid and how long hair, make-up and wardrobe take before they are on set.
 * Invariants: cast number 1–999; name non-blank (≤ 120); at least one character, each non-blank and listed once
 * ignoring case; contact ≤ 200; unavailable dates sorted without repeats; pay term null means the production's
 * pay model for cast; make-up 0–300 minutes.
 *
 * @param travels the performer is not a local hire: a travel day (T) before the first and after the last work day
 */
public record Performer(int castNumber, String name, List<String> characters, String contact,
        List<LocalDate> unavailableDates, PayTerm payTerm, int makeUpMinutes, boolean travels) {

    public Performer {
        Phrase subject = Checks.subject("performer", castNumber);
        Checks.between(castNumber, 1, 999, subject, "castNumber");
        name = Checks.nonBlank(name, subject, "name", 120);
        List<String> names = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String c : Checks.list(characters, subject, "characters")) {
            String character = Checks.nonBlank(c, subject, "character name", 120);
            if (!keys.add(character.toUpperCase(Locale.ROOT))) {
                throw Checks.fail(subject, "characters", "performer.characterTwice", character);
            }
            names.add(character);
        }
        if (names.isEmpty()) {
            throw Checks.fail(subject, "characters", "performer.noCharacter");
        }
        characters = List.copyOf(names);
        contact = Checks.text(contact, subject, "contact", 200);
        unavailableDates = List.copyOf(new TreeSet<>(Checks.list(unavailableDates, subject, "unavailableDates")));
        Checks.between(makeUpMinutes, 0, 300, subject, "makeUpMinutes");
    }

    /** A local performer paid as the production's pay model says, with an hour in make-up. */
    public static Performer of(int castNumber, String name, String... characters) {
        return new Performer(castNumber, name, List.of(characters), "", List.of(), null, 60, false);
    }

    /** True when the performer plays this character (names compared ignoring case, as scenes keep them). */
    public boolean plays(String character) {
        for (String c : characters) {
            if (c.equalsIgnoreCase(character)) {
                return true;
            }
        }
        return false;
    }

    public boolean availableOn(LocalDate date) {
        return java.util.Collections.binarySearch(unavailableDates, date) < 0;
    }

    public Performer withName(String value) {
        return new Performer(castNumber, value, characters, contact, unavailableDates, payTerm, makeUpMinutes, travels);
    }

    public Performer withCharacters(List<String> value) {
        return new Performer(castNumber, name, value, contact, unavailableDates, payTerm, makeUpMinutes, travels);
    }

    public Performer withContact(String value) {
        return new Performer(castNumber, name, characters, value, unavailableDates, payTerm, makeUpMinutes, travels);
    }

    public Performer withUnavailableDates(List<LocalDate> value) {
        return new Performer(castNumber, name, characters, contact, value, payTerm, makeUpMinutes, travels);
    }

    public Performer withPayTerm(PayTerm value) {
        return new Performer(castNumber, name, characters, contact, unavailableDates, value, makeUpMinutes, travels);
    }

    public Performer withMakeUpMinutes(int value) {
        return new Performer(castNumber, name, characters, contact, unavailableDates, payTerm, value, travels);
    }

    public Performer withTravels(boolean value) {
        return new Performer(castNumber, name, characters, contact, unavailableDates, payTerm, makeUpMinutes, value);
    }
}
