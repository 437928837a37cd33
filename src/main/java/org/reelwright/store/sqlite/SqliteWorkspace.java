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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reelwright.domain.Phrase;
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
            throw WorkspaceFailures.of(e, dir, WorkspaceFailures.action("createFolder"),
                    WorkspaceFailures.NOTHING_CHANGED);
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
            if (problem.isPresent()) {
                setAside = DamagedDatabase.setAside(database, clock.instant(), dir);
            }
            SQLiteConfig config = connectionConfig();
            SQLiteDataSource dataSource = new SQLiteDataSource(config);
            dataSource.setUrl(DamagedDatabase.url(database));
            connection = config.createConnection(DamagedDatabase.url(database));
            SchemaMigrations.bringUpToDate(connection, dataSource, dir);
            workspace = new SqliteWorkspace(dir, connection, lock, codec, clock);
            List<StartupNotice> notices = new ArrayList<>();
            if (problem.isPresent()) {
                // The fresh file, made by the same migrations, shows where the damaged file kept its schema.
                Salvage salvage = DamagedDatabase.salvage(setAside,
                        DamagedDatabase.Template.of(connection, database));
                notices.add(workspace.restoreOrStartEmpty(setAside, problem.get(), salvage));
            }
            return new OpenedWorkspace(workspace, notices);
        } catch (SQLException e) {
            abandon(workspace, connection, lock);
            throw WorkspaceFailures.of(e, dir, WorkspaceFailures.action("open"), WorkspaceFailures.NOTHING_CHANGED);
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
        return read(WorkspaceFailures.action("list"), tables::list);
    }

    @Override
    public synchronized Optional<Production> load(ProductionId id) throws WorkspaceException {
        Objects.requireNonNull(id, "id");
        return read(WorkspaceFailures.action("load"), () -> tables.load(id));
    }

    /** @throws WorkspaceException also when a production with the same id is already in the workspace */
    @Override
    public synchronized void create(Production production) throws WorkspaceException {
        Objects.requireNonNull(production, "production");
        write(WorkspaceFailures.action("create", production.title()), () -> {
            if (tables.exists(production.id())) {
                throw WorkspaceFailures.failure(null, "alreadyThere", production.title());
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
        write(WorkspaceFailures.action("update", after.title()), () -> {
            tables.apply(changes, after, clock.millis());
            return null;
        });
    }

    /** Deletes the production and its version history; deleting one that is not there does nothing. */
    @Override
    public synchronized void delete(ProductionId id) throws WorkspaceException {
        Objects.requireNonNull(id, "id");
        write(WorkspaceFailures.action("delete"), WorkspaceFailures.consequence("notDeleted"), () -> tables.delete(id));
    }

    /** @throws WorkspaceException also when the production is not in the workspace (create it first) */
    @Override
    public synchronized SnapshotInfo snapshot(Production production, String label, boolean automatic)
            throws WorkspaceException {
        Objects.requireNonNull(production, "production");
        String name = label == null ? "" : label.strip();
        return write(WorkspaceFailures.action("snapshot", production.title()),
                WorkspaceFailures.consequence("noVersionKept"), () -> {
            if (!tables.exists(production.id())) {
                throw WorkspaceFailures.failure(null, "notThere", production.title());
            }
            return history.add(production, name, automatic, clock.instant());
        });
    }

    /** Newest first. */
    @Override
    public synchronized List<SnapshotInfo> snapshots(ProductionId id) throws WorkspaceException {
        Objects.requireNonNull(id, "id");
        return read(WorkspaceFailures.action("versions"), () -> history.list(id));
    }

    @Override
    public synchronized Production loadSnapshot(long snapshotId) throws WorkspaceException {
        StoredSnapshot stored = read(WorkspaceFailures.action("loadVersion"), () -> history.find(snapshotId))
                .orElseThrow(() -> WorkspaceFailures.failure(null, "versionGone", snapshotId));
        try {
            return history.decode(stored);
        } catch (ProjectFileException e) {
            throw WorkspaceFailures.failure(e, "versionUnreadable", e.phrase());
        }
    }

    @Override
    public synchronized Optional<String> setting(String key) throws WorkspaceException {
        Objects.requireNonNull(key, "key");
        return read(WorkspaceFailures.action("readSettings"), () -> {
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
        write(WorkspaceFailures.action("saveSettings"), WorkspaceFailures.consequence("settingNotChanged"), () -> {
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
        return read(WorkspaceFailures.action("readRecent"), () -> {
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
        write(WorkspaceFailures.action("addRecent"),
                WorkspaceFailures.consequence("recentNotChanged"), () -> {
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
            throw WorkspaceFailures.failure(e, "notClosedCleanly", folder.toString());
        } finally {
            lock.close();
        }
    }

    /** Runs the full {@code PRAGMA integrity_check}; {@code ["ok"]} for a healthy file. For tests and diagnostics. */
    synchronized List<String> integrityCheck() throws WorkspaceException {
        return read(Phrase.literal("check the workspace"), () -> {
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
     * Restores what the salvage holds; should that fail for a reason nobody foresaw, the fresh workspace starts
     * empty rather than not at all, and the notice says nothing was recovered (the damaged file is kept either way).
     */
    private StartupNotice restoreOrStartEmpty(Path setAside, String problem, Salvage salvage)
            throws WorkspaceException {
        try {
            return restore(setAside, problem, salvage);
        } catch (WorkspaceException e) {
            if (salvage == Salvage.NOTHING) {
                throw e;
            }
            List<String> lost = new ArrayList<>(salvage.titles().values());
            StartupNotice empty = restore(setAside, problem, Salvage.NOTHING);
            return new StartupNotice(empty.kind(), setAside, problem, List.of(), lost);
        }
    }

    /**
     * Fills a fresh workspace with the newest consistent state of each production the damaged file still held
     * (issue 15): its own rows when every one of them could be read (nothing is lost then, not even the changes
     * after the last saved version); else its newest saved version that decodes, keeping the later rows that could
     * be read as a version of their own; else whatever of its rows could be read. Each restored production keeps
     * all of its readable versions under their old ids; settings and recent files are copied as they were.
     */
    private StartupNotice restore(Path setAside, String problem, Salvage salvage) throws WorkspaceException {
        return write(WorkspaceFailures.action("restore"), () -> {
            try (Statement statement = connection.createStatement()) {
                // Rows are copied table by table; whatever lost its parent to the damage is removed before commit.
                statement.execute("PRAGMA defer_foreign_keys = ON");
            }
            for (DamagedDatabase.TableRows rows : salvage.tables()) {
                copyRows(rows);
            }
            removeOrphans();
            Map<ProductionId, List<StoredSnapshot>> versions = new LinkedHashMap<>();
            for (ProductionId id : salvage.titles().keySet()) {
                versions.put(id, new ArrayList<>());
            }
            for (StoredSnapshot s : salvage.snapshots()) {
                versions.computeIfAbsent(s.info().production(), k -> new ArrayList<>()).add(s);
            }
            List<StartupNotice.Recovered> recovered = new ArrayList<>();
            List<String> notRestored = new ArrayList<>();
            // Later states kept as versions of their own, once every old version has its old id back.
            Map<Production, Long> partial = new LinkedHashMap<>();
            for (Map.Entry<ProductionId, List<StoredSnapshot>> entry : versions.entrySet()) {
                ProductionId id = entry.getKey();
                Production live = readable(id);
                long liveModified = live == null ? 0 : modifiedAt(id);
                if (live != null && salvage.complete().contains(id)) {
                    recovered.add(new StartupNotice.Recovered(live.title(), StartupNotice.Source.LATEST,
                            Instant.ofEpochMilli(liveModified), "", ""));
                    keepVersions(entry.getValue());
                    continue;
                }
                List<StoredSnapshot> newestFirst = new ArrayList<>(entry.getValue());
                newestFirst.sort(Comparator.comparing((StoredSnapshot s) -> s.info().taken())
                        .thenComparingLong(s -> s.info().id()).reversed());
                Production saved = null;
                StoredSnapshot source = null;
                for (StoredSnapshot candidate : newestFirst) {
                    try {
                        Production decoded = history.decode(candidate);
                        if (decoded.id().equals(id)) {
                            saved = decoded;
                            source = candidate;
                            break;
                        }
                    } catch (ProjectFileException | RuntimeException e) {
                        // Try the version before it.
                    }
                }
                if (saved != null) {
                    tables.delete(id);
                    tables.insert(saved, source.info().taken().toEpochMilli());
                    keepVersions(entry.getValue());
                    String partialLabel = "";
                    if (live != null && !live.equals(saved)) {
                        partialLabel = WorkspaceFailures.words("partialLabel").in(Locale.getDefault());
                        partial.put(live, liveModified);
                    }
                    recovered.add(new StartupNotice.Recovered(saved.title(), StartupNotice.Source.SAVED_VERSION,
                            source.info().taken(), source.info().label(), partialLabel));
                } else if (live != null) {
                    keepVersions(entry.getValue());
                    recovered.add(new StartupNotice.Recovered(live.title(), StartupNotice.Source.INCOMPLETE,
                            Instant.ofEpochMilli(liveModified), "", ""));
                } else {
                    tables.delete(id);
                    notRestored.add(salvage.titles().getOrDefault(id, ""));
                }
            }
            String laterLabel = WorkspaceFailures.words("partialLabel").in(Locale.getDefault());
            for (Map.Entry<Production, Long> later : partial.entrySet()) {
                history.add(later.getKey(), laterLabel, false, Instant.ofEpochMilli(later.getValue()));
            }
            removeOrphans();
            StartupNotice.Kind kind = DamagedDatabase.EMPTY_FILE.equals(problem)
                    ? StartupNotice.Kind.EMPTY_DATABASE_SET_ASIDE : StartupNotice.Kind.DAMAGED_DATABASE_SET_ASIDE;
            return new StartupNotice(kind, setAside, problem, recovered, notRestored);
        });
    }

    /** The production as its rows now hold it, if they make a valid production; null otherwise. */
    private Production readable(ProductionId id) {
        try {
            return tables.load(id).orElse(null);
        } catch (SQLException | RuntimeException e) {
            return null; // values the damage made up, or rows missing that a production needs
        }
    }

    private long modifiedAt(ProductionId id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT modified_at FROM production WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : clock.millis();
            }
        }
    }

    private void keepVersions(List<StoredSnapshot> versions) throws SQLException {
        for (StoredSnapshot s : versions) {
            history.addStored(s);
        }
    }

    /** Copies the readable rows of a table; a row the schema refuses (a value the damage made up) is left out. */
    private void copyRows(DamagedDatabase.TableRows rows) throws SQLException {
        if (rows.rows().isEmpty()) {
            return;
        }
        List<String> target = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            s.setString(1, rows.table());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    target.add(r.getString(1));
                }
            }
        }
        List<Integer> from = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.columns().size(); i++) {
            if (target.contains(rows.columns().get(i))) {
                from.add(i);
                names.add("\"" + rows.columns().get(i) + "\"");
            }
        }
        if (names.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT OR IGNORE INTO " + rows.table() + " ("
                + String.join(", ", names) + ") VALUES (" + String.join(", ", Collections.nCopies(names.size(), "?"))
                + ")")) {
            for (Object[] row : rows.rows()) {
                for (int i = 0; i < from.size(); i++) {
                    s.setObject(i + 1, row[from.get(i)]);
                }
                try {
                    s.executeUpdate();
                } catch (SQLException e) {
                    if (WorkspaceFailures.primaryCode(e) != WorkspaceFailures.SQLITE_CONSTRAINT) {
                        throw e; // the disk, not the row
                    }
                }
            }
        }
    }

    /** Deletes every row whose parent row was lost (as {@code PRAGMA foreign_key_check} finds them). */
    private void removeOrphans() throws SQLException {
        for (int round = 0; round < 10; round++) {
            Map<String, List<Long>> orphans = new LinkedHashMap<>();
            try (PreparedStatement s = connection.prepareStatement("PRAGMA foreign_key_check");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    orphans.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getLong(2));
                }
            }
            if (orphans.isEmpty()) {
                return;
            }
            for (Map.Entry<String, List<Long>> table : orphans.entrySet()) {
                try (PreparedStatement s = connection.prepareStatement("DELETE FROM \"" + table.getKey()
                        + "\" WHERE rowid = ?")) {
                    for (long rowid : table.getValue()) {
                        s.setLong(1, rowid);
                        s.executeUpdate();
                    }
                }
            }
        }
    }

    /** Work done inside one transaction. */
    private interface Work<T> {
        T run() throws SQLException, WorkspaceException, OutOfStepException;
    }

    private <T> T read(Phrase action, Work<T> work) throws WorkspaceException {
        return transaction("BEGIN", action, WorkspaceFailures.NOTHING_CHANGED, work);
    }

    private <T> T write(Phrase action, Work<T> work) throws WorkspaceException {
        return write(action, WorkspaceFailures.CHANGE_NOT_SAVED, work);
    }

    /** IMMEDIATE takes the write lock up front, so a write never fails half-way for want of it. */
    private <T> T write(Phrase action, Phrase consequence, Work<T> work) throws WorkspaceException {
        return transaction("BEGIN IMMEDIATE", action, consequence, work);
    }

    /**
     * Transactions are plain SQL rather than JDBC auto-commit switching: SQLite rolls a transaction back by itself
     * on some errors (a full disk), after which the driver's own bookkeeping would be out of step with SQLite.
     */
    private <T> T transaction(String begin, Phrase action, Phrase consequence, Work<T> work)
            throws WorkspaceException {
        if (closed) {
            throw WorkspaceFailures.failure(null, "closed", folder.toString(), action, consequence);
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
            throw WorkspaceFailures.failure(e, "outOfStep", action, consequence);
        } catch (RuntimeException e) {
            throw WorkspaceFailures.failure(e, "unexpected", action, consequence);
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
