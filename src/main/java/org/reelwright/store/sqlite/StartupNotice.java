package org.reelwright.store.sqlite;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Something the user should be told once the workspace is open: it opened, but not as they left it. The fields
 * let the UI word the notice from its own resource bundle ({@link Kind} is the key); {@link #message()} is the
 * English text for logs and the command line.
 *
 * @param kind what happened
 * @param setAside where the damaged database file was kept (with its {@code -wal} and {@code -shm} files, if any)
 * @param problem what the integrity check or SQLite reported, in SQLite's words
 * @param restored titles of the productions restored from their last readable saved version
 * @param notRestored titles (or ids) of productions found in the damaged file with no readable saved version
 */
public record StartupNotice(Kind kind, Path setAside, String problem, List<String> restored,
        List<String> notRestored) {

    public enum Kind {
        /**
         * The workspace database failed its integrity check or was not a database at all: it was moved aside and
         * a fresh workspace was started with the productions of the last readable snapshots.
         */
        DAMAGED_DATABASE_SET_ASIDE
    }

    public StartupNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(setAside, "setAside");
        problem = problem == null ? "" : problem;
        restored = List.copyOf(restored);
        notRestored = List.copyOf(notRestored);
    }

    public String message() {
        StringBuilder text = new StringBuilder("The workspace database was damaged (").append(problem)
                .append("). It was kept as ").append(setAside)
                .append(" and Reelwright started a fresh workspace. ");
        if (restored.isEmpty()) {
            text.append("No saved version could be read from the damaged file, so the workspace starts empty. ");
        } else {
            text.append("Restored from their last saved versions: ").append(String.join(", ", restored))
                    .append(". Edits made after those versions were saved are only in the damaged file. ");
        }
        if (!notRestored.isEmpty()) {
            text.append("Not restored (no readable saved version): ").append(String.join(", ", notRestored))
                    .append(". ");
        }
        text.append("Keep the damaged file if you want to try to recover more from it.");
        return text.toString();
    }
}
