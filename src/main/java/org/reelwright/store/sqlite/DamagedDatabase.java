package org.reelwright.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reelwright.domain.ProductionId;
import org.reelwright.store.ProductionCodec;
import org.reelwright.store.WorkspaceException;
import org.reelwright.store.sqlite.VersionHistory.StoredSnapshot;
import org.sqlite.SQLiteConfig;

/**
 * Finds out on open whether the workspace file is damaged, keeps a damaged one aside, and reads what it still can
 * from it. Only SQLite's own verdict counts as damage — {@code PRAGMA quick_check} not answering "ok", or
 * SQLITE_CORRUPT / SQLITE_NOTADB — never a disk, permission or locking error, because setting aside a healthy file
 * would hide the user's latest edits behind an older snapshot. {@code quick_check} rather than
 * {@code integrity_check}: it finds damaged pages and b-trees in O(n), skipping only the index-content cross-check,
 * and stays in milliseconds for a 10,000-shot workspace on every start.
 */
final class DamagedDatabase {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    /** Files SQLite keeps next to the database and pairs with it by name. */
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");
    private static final int PROBLEM_LINES = 3;

    /** What could still be read from a damaged file. */
    record Salvage(Map<ProductionId, String> titles, List<StoredSnapshot> snapshots, Map<String, String> settings,
            Map<String, Long> recentFiles) {
    }

    private DamagedDatabase() {
    }

    /**
     * @return SQLite's description of the damage, or empty when the file is healthy or does not exist yet
     * @throws WorkspaceException when the file cannot be checked for another reason (permissions, disk)
     */
    static Optional<String> problem(Path database, Path folder) throws WorkspaceException {
        if (!Files.exists(database)) {
            return Optional.empty();
        }
        try (Connection connection = new SQLiteConfig().createConnection(url(database));
                PreparedStatement s = connection.prepareStatement("PRAGMA quick_check(" + PROBLEM_LINES + ")");
                ResultSet r = s.executeQuery()) {
            List<String> lines = new ArrayList<>();
            while (r.next()) {
                lines.add(r.getString(1));
            }
            if (lines.size() == 1 && "ok".equalsIgnoreCase(lines.get(0))) {
                return Optional.empty();
            }
            return Optional.of(lines.isEmpty() ? "the integrity check gave no answer" : String.join("; ", lines));
        } catch (SQLException e) {
            if (WorkspaceFailures.isDamage(e)) {
                return Optional.of(WorkspaceFailures.sqliteWords(e));
            }
            throw WorkspaceFailures.of(e, folder, "open the workspace", WorkspaceFailures.NOTHING_CHANGED);
        }
    }

    /**
     * Renames the database and its companion files to {@code workspace.db.damaged-<UTC time>[-n]} (companions keep
     * their suffix after it, so SQLite still pairs them). Companions go first and come back if the database itself
     * cannot be moved: a fresh database must never meet the old one's write-ahead log.
     */
    static Path setAside(Path database, Instant now, Path folder) throws WorkspaceException {
        String base = database.getFileName() + ".damaged-" + STAMP.format(now);
        Path target = database.resolveSibling(base);
        for (int n = 2; exists(target); n++) {
            target = database.resolveSibling(base + "-" + n);
        }
        List<Path[]> moved = new ArrayList<>();
        try {
            for (String suffix : COMPANIONS) {
                Path companion = database.resolveSibling(database.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Path to = target.resolveSibling(target.getFileName() + suffix);
                    Files.move(companion, to);
                    moved.add(new Path[] {to, companion});
                }
            }
            Files.move(database, target);
            return target;
        } catch (IOException e) {
            for (Path[] back : moved) {
                try {
                    Files.move(back[0], back[1]);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
            }
            throw WorkspaceFailures.of(e, folder, "set the damaged workspace database aside",
                    WorkspaceFailures.NOTHING_CHANGED);
        }
    }

    /**
     * Reads, row by row so that one bad page costs only its own rows, the titles, snapshots, settings and recent
     * files of a damaged file opened read-only. Anything unreadable is skipped; a file that is not a database at
     * all yields an empty salvage.
     */
    static Salvage salvage(Path damaged, ProductionCodec codec) {
        Map<ProductionId, String> titles = new LinkedHashMap<>();
        List<StoredSnapshot> snapshots = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, Long> recentFiles = new LinkedHashMap<>();
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection connection = readOnly.createConnection(url(damaged))) {
            try (PreparedStatement s = connection.prepareStatement("SELECT id, title FROM production");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    titles.put(ProductionId.parse(r.getString(1)), r.getString(2));
                }
            } catch (SQLException | RuntimeException e) {
                // Titles only make the notice friendlier; go on without the rest of them.
            }
            VersionHistory history = new VersionHistory(connection, codec);
            List<Long> ids = List.of();
            try {
                ids = history.ids();
            } catch (SQLException | RuntimeException e) {
                // A workspace from before version 2 has no history; a damaged index may hide it.
            }
            for (long id : ids) {
                try {
                    history.find(id).ifPresent(snapshots::add);
                } catch (SQLException | RuntimeException e) {
                    // That row sits on a damaged page; the others may not.
                }
            }
            readPairs(connection, "SELECT key, value FROM setting", r -> settings.put(r.getString(1),
                    r.getString(2)));
            readPairs(connection, "SELECT path, used_at FROM recent_file", r -> recentFiles.put(r.getString(1),
                    r.getLong(2)));
        } catch (SQLException e) {
            // Not a database at all, or not even readable: nothing to salvage.
        }
        return new Salvage(titles, snapshots, settings, recentFiles);
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void readPairs(Connection connection, String sql, RowReader reader) {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                reader.read(r);
            }
        } catch (SQLException | RuntimeException e) {
            // Settings and recent files are conveniences; whatever was read before the damage is kept.
        }
    }

    private static boolean exists(Path target) {
        if (Files.exists(target)) {
            return true;
        }
        for (String suffix : COMPANIONS) {
            if (Files.exists(target.resolveSibling(target.getFileName() + suffix))) {
                return true;
            }
        }
        return false;
    }

    static String url(Path database) {
        return "jdbc:sqlite:" + database.toAbsolutePath();
    }
}
