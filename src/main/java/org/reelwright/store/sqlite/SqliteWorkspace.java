package org.reelwright.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.store.ProductionCodec;
import org.reelwright.store.ProductionStore;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.WorkspaceException;
import org.reelwright.store.sqlite.DamagedDatabase.Salvage;
import org.reelwright.store.sqlite.ProductionTables.OutOfStepException;
import org.reelwright.store.sqlite.VersionHistory.StoredSnapshot;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The workspace as one SQLite file, {@code workspace.db}, in a folder this process locks for itself
 * (docs/decisions/0004-workspace-store.md). Contract, beyond {@link ProductionStore}'s:
 * <ul>
 * <li>Every call is one SQLite transaction. A write that returns has been committed with {@code synchronous=FULL}
 * in WAL mode, so it survives a killed process and a power cut; a write that throws has been rolled back, so the
 * file holds exactly what it held before, and the message says what to do (disk full, read-only, …).</li>
 * <li>{@link #update} writes only the rows that differ (compared by identity first, then by value); it trusts that
 * {@code before} is what is stored, and rolls back with a "reopen the production" message when the rows say
 * otherwise.</li>
 * <li>{@link #open} refuses a folder another Reelwright has open, checks the file's integrity, sets a damaged file
 * aside and restores the last readable snapshots (reported as a {@link StartupNotice}), and brings the schema up to
 * date with Flyway.</li>
 * <li>Calls are serialized, so background tasks (an autosave, a load) may share one store; like any disk work
 * they belong off the FX thread (ARCHITECTURE.md, "Threads").</li>
 * </ul>
 */
public final class SqliteWorkspace implements ProductionStore {
    public static final String DATABASE_FILE = "workspace.db";
    /** The recent-files list keeps this many entries; older ones are dropped as new ones are added. */
    public static final int RECENT_FILES_KEPT = 20;
    /** How long a statement waits for a lock held by another connection (Flyway's, or an external tool's). */
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path folder;
    private final Connection connection;
    private final WorkspaceLock lock;
    private final Clock clock;
    private final ProductionTables tables;
    private final VersionHistory history;
    private boolean closed;

    private SqliteWorkspace(Path folder, Connection connection, WorkspaceLock lock, ProductionCodec codec,
            Clock clock) {
        this.folder = folder;
        this.connection = connection;
        this.lock = lock;
        this.clock = clock;
        this.tables = new ProductionTables(connection);
        this.history = new VersionHistory(connection, codec);
    }

    /**
     * Opens (creating it if needed) the workspace in {@code folder}.
     *
     * @param codec writes and reads snapshots; in the application, the project-file format
     * @throws WorkspaceException when another Reelwright has the folder open, the folder is read-only or the disk
     *         full, or the file comes from a newer Reelwright; nothing on disk was changed then
     */
    public static OpenedWorkspace open(Path folder, ProductionCodec codec) throws WorkspaceException {
        return open(folder, codec, Clock.systemUTC());
    }

    /** As {@link #open(Path, ProductionCodec)}, with the clock that stamps modifications, snapshots and files. */
    public static OpenedWorkspace open(Path folder, ProductionCodec codec, Clock clock) throws WorkspaceException {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(clock, "clock");
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw WorkspaceFailures.of(e, dir, "create the workspace folder", WorkspaceFailures.NOTHING_CHANGED);
        }
        if (!Files.isWritable(dir)) {
            throw WorkspaceFailures.readOnlyFolder(dir);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(dir);
        Connection connection = null;
        SqliteWorkspace workspace = null;
        try {
            Path database = dir.resolve(DATABASE_FILE);
            if (Files.exists(database) && !Files.isWritable(database)) {
                throw WorkspaceFailures.readOnlyFolder(dir);
            }
            Optional<String> problem = DamagedDatabase.problem(database, dir);
            Path setAside = null;
            Salvage salvage = null;
            if (problem.isPresent()) {
                setAside = DamagedDatabase.setAside(database, clock.instant(), dir);
                salvage = DamagedDatabase.salvage(setAside, codec);
            }
            SQLiteConfig config = connectionConfig();
            SQLiteDataSource dataSource = new SQLiteDataSource(config);
            dataSource.setUrl(DamagedDatabase.url(database));
            connection = config.createConnection(DamagedDatabase.url(database));
            SchemaMigrations.bringUpToDate(connection, dataSource, dir);
            workspace = new SqliteWorkspace(dir, connection, lock, codec, clock);
            List<StartupNotice> notices = new ArrayList<>();
            if (problem.isPresent()) {
                notices.add(workspace.restore(setAside, problem.get(), salvage));
            }
            return new OpenedWorkspace(workspace, notices);
        } catch (SQLException e) {
            abandon(workspace, connection, lock);
            throw WorkspaceFailures.of(e, dir, "open the workspace", WorkspaceFailures.NOTHING_CHANGED);
        } catch (WorkspaceException | RuntimeException e) {
            abandon(workspace, connection, lock);
            throw e;
        }
    }

    /**
     * WAL so that a commit appends to the log and readers never block the writer; {@code synchronous=FULL} so the
     * log is flushed to the disk before a commit returns (NORMAL would survive a killed process but could lose the
     * last edits to a power cut, and the issue promises "never loses an edit").
     */
    private static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    private static void abandon(SqliteWorkspace workspace, Connection connection, WorkspaceLock lock) {
        if (workspace != null) {
            try {
                workspace.close();
            } catch (WorkspaceException e) {
                // Opening already failed; that failure is the one to report.
            }
            return;
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // As above.
            }
        }
        lock.close();
    }

    /** The folder this workspace lives in, as shown in messages. */
    public Path folder() {
        return folder;
    }

    @Override
    public synchronized List<Summary> list() throws WorkspaceException {
        return read("list the productions", tables::list);
    }

    @Override
    public synchronized Optional<Production> load(ProductionId id) throws WorkspaceException {
        Objects.requireNonNull(id, "id");
        return read("open the production", () -> tables.load(id));
    }

    /** @throws WorkspaceException also when a production with the same id is already in the workspace */
    @Override
    public synchronized void create(Production production) throws WorkspaceException {
        Objects.requireNonNull(production, "production");
        write("save the new production " + production.title(), () -> {
            if (tables.exists(production.id())) {
                throw new WorkspaceException("The production " + production.title() + " is already in the"
                        + " workspace; open it from the list, or import the file again as a copy.");
            }
            tables.insert(production, clock.millis());
            return null;
        });
    }

    /** @throws IllegalArgumentException when {@code before} and {@code after} are different productions */
    @Override
    public synchronized void update(Production before, Production after) throws WorkspaceException {
        ProductionChanges changes = ProductionChanges.between(before, after);
        if (changes.isEmpty()) {
            return;
        }
        write("save the change to " + after.title(), () -> {
            tables.apply(changes, after, clock.millis());
            return null;
        });
    }

    /** Deletes the production and its version history; deleting one that is not there does nothing. */
    @Override
    public synchronized void delete(ProductionId id) throws WorkspaceException {
        Objects.requireNonNull(id, "id");
        write("delete the production", "the production was not deleted", () -> tables.delete(id));
    }

    /** @throws WorkspaceException also when the production is not in the workspace (create it first) */
    @Override
    public synchronized SnapshotInfo snapshot(Production production, String label, boolean automatic)
            throws WorkspaceException {
        Objects.requireNonNull(production, "production");
        String name = label == null ? "" : label.strip();
        return write("save a version of " + production.title(), "no version was kept; the production itself is"
                + " saved as it was", () -> {
            if (!tables.exists(production.id())) {
                throw new WorkspaceException("The production " + production.title() + " is not in the workspace,"
                        + " so no version of it can be kept; save it to the workspace first.");
            }
            return history.add(production, name, automatic, clock.instant());
        });
    }

    /** Newest first. */
    @Override
    public synchronized List<SnapshotInfo> snapshots(ProductionId id) throws WorkspaceException {
        Objects.requireNonNull(id, "id");
        return read("list the saved versions", () -> history.list(id));
    }

    @Override
    public synchronized Production loadSnapshot(long snapshotId) throws WorkspaceException {
        StoredSnapshot stored = read("open the saved version", () -> history.find(snapshotId)).orElseThrow(
                () -> new WorkspaceException("Saved version " + snapshotId + " is no longer in the workspace;"
                        + " it was deleted with its production. Choose another version."));
        try {
            return history.decode(stored);
        } catch (ProjectFileException e) {
            throw new WorkspaceException("The saved version cannot be read: " + e.getMessage()
                    + ". Choose another version.", e);
        }
    }

    @Override
    public synchronized Optional<String> setting(String key) throws WorkspaceException {
        Objects.requireNonNull(key, "key");
        return read("read the settings", () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Stores a setting; a {@code null} value removes it. */
    @Override
    public synchronized void putSetting(String key, String value) throws WorkspaceException {
        Objects.requireNonNull(key, "key");
        write("save the settings", "the setting was not changed", () -> {
            try (PreparedStatement s = connection.prepareStatement(value == null
                    ? "DELETE FROM setting WHERE key = ?" : "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
                s.setString(1, key);
                if (value != null) {
                    s.setString(2, value);
                }
                return s.executeUpdate();
            }
        });
    }

    @Override
    public synchronized List<String> recentFiles() throws WorkspaceException {
        return read("read the recent files", () -> {
            List<String> paths = new ArrayList<>();
            // rowid breaks ties within a millisecond: INSERT OR REPLACE gives the newest entry the highest one.
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT path FROM recent_file ORDER BY used_at DESC, rowid DESC");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    paths.add(r.getString(1));
                }
            }
            return paths;
        });
    }

    /** Puts the file first in the list (once), keeping the newest {@value #RECENT_FILES_KEPT}. */
    @Override
    public synchronized void addRecentFile(String path) throws WorkspaceException {
        Objects.requireNonNull(path, "path");
        write("remember the recent file", "the list of recent files was not changed", () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT OR REPLACE INTO recent_file (path, used_at) VALUES (?, ?)")) {
                s.setString(1, path);
                s.setLong(2, clock.millis());
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM recent_file WHERE rowid NOT IN"
                    + " (SELECT rowid FROM recent_file ORDER BY used_at DESC, rowid DESC LIMIT ?)")) {
                s.setInt(1, RECENT_FILES_KEPT);
                return s.executeUpdate();
            }
        });
    }

    /** Closes the database (SQLite checkpoints the log into the file) and releases the folder. Idempotent. */
    @Override
    public synchronized void close() throws WorkspaceException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkspaceException("The workspace in " + folder + " did not close cleanly ("
                    + WorkspaceFailures.sqliteWords(e) + "); every saved change is kept and the next start checks"
                    + " the file.", e);
        } finally {
            lock.close();
        }
    }

    /** Runs the full {@code PRAGMA integrity_check}; {@code ["ok"]} for a healthy file. For tests and diagnostics. */
    synchronized List<String> integrityCheck() throws WorkspaceException {
        return read("check the workspace", () -> {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("PRAGMA integrity_check");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lines.add(r.getString(1));
                }
            }
            return lines;
        });
    }

    /** The open connection, for tests in this package that count writes or inject faults. */
    Connection connection() {
        return connection;
    }

    /**
     * Fills a fresh workspace from what a damaged one still held: each production from its newest snapshot that
     * decodes (with all its readable snapshots, under their old ids), then settings and recent files.
     */
    private StartupNotice restore(Path setAside, String problem, Salvage salvage) throws WorkspaceException {
        return write("restore the productions from the damaged workspace", () -> {
            Map<ProductionId, List<StoredSnapshot>> byProduction = new LinkedHashMap<>();
            for (StoredSnapshot s : salvage.snapshots()) {
                byProduction.computeIfAbsent(s.info().production(), k -> new ArrayList<>()).add(s);
            }
            List<String> restored = new ArrayList<>();
            List<String> notRestored = new ArrayList<>();
            for (Map.Entry<ProductionId, List<StoredSnapshot>> entry : byProduction.entrySet()) {
                List<StoredSnapshot> newestFirst = new ArrayList<>(entry.getValue());
                newestFirst.sort(Comparator.comparing((StoredSnapshot s) -> s.info().taken())
                        .thenComparingLong(s -> s.info().id()).reversed());
                Production production = null;
                StoredSnapshot source = null;
                for (StoredSnapshot candidate : newestFirst) {
                    try {
                        production = history.decode(candidate);
                        source = candidate;
                        break;
                    } catch (ProjectFileException | RuntimeException e) {
                        // Try the version before it.
                    }
                }
                if (production == null || !production.id().equals(entry.getKey())) {
                    notRestored.add(salvage.titles().getOrDefault(entry.getKey(), entry.getKey().toString()));
                    continue;
                }
                tables.insert(production, source.info().taken().toEpochMilli());
                for (StoredSnapshot s : entry.getValue()) {
                    history.addStored(s);
                }
                restored.add(production.title());
            }
            salvage.titles().forEach((id, title) -> {
                if (!byProduction.containsKey(id)) {
                    notRestored.add(title);
                }
            });
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> setting : salvage.settings().entrySet()) {
                    s.setString(1, setting.getKey());
                    s.setString(2, setting.getValue());
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT OR REPLACE INTO recent_file (path, used_at) VALUES (?, ?)")) {
                for (Map.Entry<String, Long> file : salvage.recentFiles().entrySet()) {
                    s.setString(1, file.getKey());
                    s.setLong(2, file.getValue());
                    s.executeUpdate();
                }
            }
            return new StartupNotice(StartupNotice.Kind.DAMAGED_DATABASE_SET_ASIDE, setAside, problem, restored,
                    notRestored);
        });
    }

    /** Work done inside one transaction. */
    private interface Work<T> {
        T run() throws SQLException, WorkspaceException, OutOfStepException;
    }

    private <T> T read(String action, Work<T> work) throws WorkspaceException {
        return transaction("BEGIN", action, WorkspaceFailures.NOTHING_CHANGED, work);
    }

    private <T> T write(String action, Work<T> work) throws WorkspaceException {
        return write(action, WorkspaceFailures.CHANGE_NOT_SAVED, work);
    }

    /** IMMEDIATE takes the write lock up front, so a write never fails half-way for want of it. */
    private <T> T write(String action, String consequence, Work<T> work) throws WorkspaceException {
        return transaction("BEGIN IMMEDIATE", action, consequence, work);
    }

    /**
     * Transactions are plain SQL rather than JDBC auto-commit switching: SQLite rolls a transaction back by itself
     * on some errors (a full disk), after which the driver's own bookkeeping would be out of step with SQLite.
     */
    private <T> T transaction(String begin, String action, String consequence, Work<T> work)
            throws WorkspaceException {
        if (closed) {
            throw new WorkspaceException("The workspace in " + folder + " is closed, so Reelwright could not "
                    + action + "; restart Reelwright — " + consequence + ".");
        }
        boolean committed = false;
        try (Statement statement = connection.createStatement()) {
            statement.execute(begin);
            T result = work.run();
            statement.execute("COMMIT");
            committed = true;
            return result;
        } catch (SQLException e) {
            throw WorkspaceFailures.of(e, folder, action, consequence);
        } catch (OutOfStepException e) {
            throw new WorkspaceException("Reelwright could not " + action + ": the workspace does not hold what the"
                    + " change started from (" + e.getMessage() + "); reopen the production — " + consequence + ".",
                    e);
        } catch (RuntimeException e) {
            throw new WorkspaceException("Reelwright could not " + action + " (" + e.getMessage() + ") — "
                    + consequence + ".", e);
        } finally {
            if (!committed) {
                rollbackQuietly();
            }
        }
    }

    private void rollbackQuietly() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite had already rolled back (or never began); either way nothing of the transaction remains.
        }
    }
}
