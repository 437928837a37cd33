package org.reelwright.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A scene of the screenplay with its shots. Length is kept in eighths of a page, the unit of a breakdown sheet.
 * Invariants: number non-blank; length between 0 and 4,000 eighths (500 pages); character names stripped and without
 * duplicates ignoring case, the first spelling kept; a name with no capital letter is upper-cased as a cue prints,
 * one with capitals is kept as written, so a name the script spells in mixed case ({@code McCLANE}, forced with
 * {@code @} in Fountain) keeps it; shot numbers unique within the scene.
 */
public record Scene(SceneId id, String number, SceneHeading heading, int lengthEighths, List<String> characters,
        String synopsis, List<Shot> shots) {

    public static final int MAX_EIGHTHS = 8 * 500;

    public Scene {
        Phrase subject = Checks.subject("scene", Checks.number(number));
        Checks.required(id, subject, "id");
        number = Checks.nonBlank(number, subject, "number", 16);
        Checks.required(heading, subject, "heading");
        Checks.between(lengthEighths, 0, MAX_EIGHTHS, subject, "lengthEighths");
        List<String> names = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String c : Checks.list(characters, subject, "characters")) {
            String name = Checks.nonBlank(c, subject, "character name", 120);
            String upper = name.toUpperCase(Locale.ROOT);
            if (name.codePoints().noneMatch(Character::isUpperCase)) {
                name = upper;
            }
            if (keys.add(upper)) {
                names.add(name);
            }
        }
        characters = List.copyOf(names);
        synopsis = Checks.text(synopsis, subject, "synopsis", 4000);
        shots = Checks.list(shots, subject, "shots");
        Set<String> seen = new HashSet<>();
        Set<ShotId> ids = new HashSet<>();
        for (Shot shot : shots) {
            if (!seen.add(shot.number().toUpperCase(Locale.ROOT))) {
                throw Checks.fail(subject, "shots", "scene.shotNumberTwice", shot.number());
            }
            if (!ids.add(shot.id())) {
                throw Checks.fail(subject, "shots", "scene.shotTwice", shot.number());
            }
        }
    }

    /** Pages as a decimal, e.g. 1 3/8 pages = 1.375. */
    public double pages() {
        return lengthEighths / 8.0;
    }

    public double shotSeconds() {
        double total = 0;
        for (Shot s : shots) {
            total += s.durationSeconds();
        }
        return total;
    }

    public Optional<Shot> shot(ShotId shotId) {
        return shots.stream().filter(s -> s.id().equals(shotId)).findFirst();
    }

    public Scene withNumber(String value) {
        return new Scene(id, value, heading, lengthEighths, characters, synopsis, shots);
    }

    public Scene withHeading(SceneHeading value) {
        return new Scene(id, number, value, lengthEighths, characters, synopsis, shots);
    }

    public Scene withLengthEighths(int value) {
        return new Scene(id, number, heading, value, characters, synopsis, shots);
    }

    public Scene withCharacters(List<String> value) {
        return new Scene(id, number, heading, lengthEighths, value, synopsis, shots);
    }

    public Scene withSynopsis(String value) {
        return new Scene(id, number, heading, lengthEighths, characters, value, shots);
    }

    public Scene withShots(List<Shot> value) {
        return new Scene(id, number, heading, lengthEighths, characters, synopsis, value);
    }

    /** Replaces the shot with the same id. */
    public Scene withShot(Shot replacement) {
        List<Shot> copy = new ArrayList<>(shots);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(replacement.id())) {
                copy.set(i, replacement);
                return withShots(copy);
            }
        }
        throw new IllegalArgumentException("Scene " + number + " has no shot " + replacement.id());
    }
}
