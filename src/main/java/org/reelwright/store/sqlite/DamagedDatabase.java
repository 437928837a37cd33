package org.reelwright.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.reelwright.domain.ProductionId;
import org.reelwright.store.ProductionStore.SnapshotInfo;
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

    /** The tables that hold a production's own state, each keyed by {@code production_id} (or {@code id}). */
    static final List<String> PRODUCTION_TABLES = List.of("production", "exchange_rate", "stage_dependency",
            "stage_plan", "rate_override", "scene", "shot", "shoot_plan", "shoot_performer", "shoot_crew",
            "shoot_location", "shoot_board_day");
    /** Tables copied as they are: the user's settings and recent files. */
    static final List<String> OTHER_TABLES = List.of("setting", "recent_file");
    /** The first 16 bytes of every SQLite database file. */
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The readable rows of one table: column names as the damaged file has them, and whether any were lost. */
    record TableRows(String table, List<String> columns, List<Object[]> rows, boolean complete) {
    }

    /**
     * What could still be read from a damaged file.
     *
     * @param tables every readable row of the production tables, settings and recent files
     * @param snapshots every readable saved version (its content is decoded and checked only when restored)
     * @param complete productions all of whose rows were read (checked against the tables' primary-key indexes,
     *        which list every row a production has); the others lost rows to the damage
     * @param titles the title of every production whose row could be read
     */
    record Salvage(List<TableRows> tables, List<StoredSnapshot> snapshots, Set<ProductionId> complete,
            Map<ProductionId, String> titles) {
        static final Salvage NOTHING = new Salvage(List.of(), List.of(), Set.of(), Map.of());
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
        Optional<String> header = headerProblem(database, folder);
        if (header.isPresent()) {
            return header;
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
            throw WorkspaceFailures.of(e, folder, WorkspaceFailures.action("open"),
                    WorkspaceFailures.NOTHING_CHANGED);
        }
    }

    /**
     * SQLite takes an empty file for a new, empty database and would start afresh in it without a word; but
     * Reelwright never leaves one behind (the first start writes the schema before it returns), so an empty or
     * truncated file is a workspace that lost its content. A file with a write-ahead log beside it may still be
     * whole in the log, so then SQLite decides.
     */
    private static Optional<String> headerProblem(Path database, Path folder) throws WorkspaceException {
        try {
            long size = Files.size(database);
            Path wal = database.resolveSibling(database.getFileName() + "-wal");
            if (size < HEADER.length && Files.exists(wal) && Files.size(wal) > 0) {
                return Optional.empty();
            }
            if (size == 0) {
                return Optional.of(EMPTY_FILE);
            }
            byte[] start = new byte[HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(database)) {
                read = in.readNBytes(start, 0, start.length);
            }
            return read == HEADER.length && Arrays.equals(start, HEADER) ? Optional.empty()
                    : Optional.of("file is not a database (no SQLite header)");
        } catch (IOException e) {
            throw WorkspaceFailures.of(e, folder, WorkspaceFailures.action("open"),
                    WorkspaceFailures.NOTHING_CHANGED);
        }
    }

    /** The problem reported for a workspace file of 0 bytes. */
    static final String EMPTY_FILE = "the file is empty (0 bytes)";

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
            throw WorkspaceFailures.of(e, folder, WorkspaceFailures.action("setAside"),
                    WorkspaceFailures.NOTHING_CHANGED);
        }
    }

    /**
     * Reads what it can of a damaged file opened read-only: every readable row of every table, found by rowid so
     * that one unreadable page costs only the rows on it (a scan that hits damage seeks past it and goes on), and
     * every readable saved version. A file that is not a database at all yields nothing.
     */
    static Salvage salvage(Path damaged, Template template) {
        if (schemaReadable(damaged)) {
            return salvageFrom(damaged);
        }
        Path copy = null;
        try {
            copy = template.withSchemaOf(damaged);
            return copy == null ? Salvage.NOTHING : salvageFrom(copy);
        } catch (IOException | RuntimeException e) {
            return Salvage.NOTHING;
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    copy.toFile().deleteOnExit();
                }
            }
        }
    }

    private static boolean schemaReadable(Path database) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection connection = readOnly.createConnection(url(database));
                PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM sqlite_schema");
                ResultSet r = s.executeQuery()) {
            return r.next() && r.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The schema pages of a fresh workspace made by the same migrations. A workspace keeps its schema (the list of
     * tables and where each begins) on page 1 and a few pages allocated while the migrations ran; a file whose
     * schema pages were hit tells SQLite nothing, though its tables may be whole. Every workspace created by this
     * version of the migrations allocated those pages alike, so a copy of the damaged file with the fresh file's
     * schema pages put in their place shows SQLite the tables again. (A workspace migrated from an older version
     * may keep them elsewhere; then what is read does not decode and nothing more is lost.)
     */
    record Template(int pageSize, Map<Integer, byte[]> schemaPages) {
        static final Template NONE = new Template(0, Map.of());

        /** The schema pages of the freshly migrated database open on {@code connection}, stored at {@code file}. */
        static Template of(Connection connection, Path file) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                int pageSize;
                try (ResultSet r = s.executeQuery("PRAGMA page_size")) {
                    pageSize = r.next() ? r.getInt(1) : 0;
                }
                List<Integer> pages = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")) {
                    while (r.next()) {
                        pages.add(r.getInt(1));
                    }
                }
                Map<Integer, byte[]> schemaPages = new LinkedHashMap<>();
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    for (int page : pages) {
                        ByteBuffer bytes = ByteBuffer.allocate(pageSize);
                        channel.read(bytes, (long) (page - 1) * pageSize);
                        schemaPages.put(page, bytes.array());
                    }
                }
                return new Template(pageSize, schemaPages);
            } catch (SQLException | IOException | RuntimeException e) {
                return NONE;
            }
        }

        /** A copy of {@code damaged} beside it with these schema pages in place; null when there are none. */
        Path withSchemaOf(Path damaged) throws IOException {
            long size = Files.size(damaged);
            if (schemaPages.isEmpty() || pageSize <= 0 || size < pageSize) {
                return null;
            }
            Path copy = damaged.resolveSibling(damaged.getFileName() + ".reading");
            Files.copy(damaged, copy, StandardCopyOption.REPLACE_EXISTING);
            long pages = size / pageSize;
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                for (Map.Entry<Integer, byte[]> page : schemaPages.entrySet()) {
                    if (page.getKey() <= pages) {
                        channel.write(ByteBuffer.wrap(page.getValue()), (long) (page.getKey() - 1) * pageSize);
                    }
                }
                // The header is the fresh file's: give it the damaged file's size and no free pages to follow.
                ByteBuffer header = ByteBuffer.allocate(12);
                header.putInt((int) pages).putInt(0).putInt(0).flip();
                channel.write(header, 28);
            }
            return copy;
        }
    }

    private static Salvage salvageFrom(Path damaged) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection connection = readOnly.createConnection(url(damaged))) {
            List<TableRows> tables = new ArrayList<>();
            for (String table : PRODUCTION_TABLES) {
                tables.add(readTable(connection, table));
            }
            for (String table : OTHER_TABLES) {
                tables.add(readTable(connection, table));
            }
            List<StoredSnapshot> snapshots = new ArrayList<>();
            scan(connection, "snapshot", "id, production_id, taken_at, label, automatic, summary, encoding, content",
                    r -> snapshots.add(new StoredSnapshot(new SnapshotInfo(r.getLong(2),
                            ProductionId.parse(r.getString(3)), Instant.ofEpochMilli(r.getLong(4)), r.getString(5),
                            r.getInt(6) != 0, r.getString(7)), r.getString(8), r.getBytes(9))));
            Map<ProductionId, String> titles = new LinkedHashMap<>();
            TableRows productions = tables.get(0);
            int id = productions.columns().indexOf("id");
            int title = productions.columns().indexOf("title");
            for (Object[] row : productions.rows()) {
                try {
                    titles.put(ProductionId.parse(String.valueOf(row[id])), String.valueOf(row[title]));
                } catch (RuntimeException e) {
                    // Not a production id: a row the damage made up.
                }
            }
            Set<ProductionId> complete = new HashSet<>();
            for (ProductionId production : titles.keySet()) {
                if (allRowsRead(connection, production, tables)) {
                    complete.add(production);
                }
            }
            return new Salvage(tables, snapshots, complete, titles);
        } catch (SQLException e) {
            return Salvage.NOTHING; // not a database at all, or not even readable
        }
    }

    /** Every readable row of a table, columns as they are in the damaged file. */
    private static TableRows readTable(Connection connection, String table) {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT * FROM " + table + " LIMIT 0")) {
            ResultSetMetaData meta = s.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
        } catch (SQLException | RuntimeException e) {
            return new TableRows(table, List.of(), List.of(), false); // the table itself cannot be found
        }
        List<Object[]> rows = new ArrayList<>();
        // The rowid is kept last, so that the rows can be matched with what the primary-key index lists.
        boolean complete = scan(connection, table, String.join(", ", quoted(columns)), r -> {
            Object[] row = new Object[columns.size() + 1];
            for (int i = 0; i < columns.size(); i++) {
                row[i] = r.getObject(i + 2);
            }
            row[columns.size()] = r.getLong(1);
            rows.add(row);
        });
        return new TableRows(table, List.copyOf(columns), rows, complete);
    }

    private static List<String> quoted(List<String> columns) {
        return columns.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList();
    }

    /**
     * Whether every row the production has was read: the primary-key index of each table lists them (a b-tree
     * of its own, so it usually survives damage to the table's pages), and each must be among the rows read.
     * When an index cannot be read either, only a table read without any damage counts as whole.
     */
    private static boolean allRowsRead(Connection connection, ProductionId production, List<TableRows> tables) {
        for (TableRows rows : tables) {
            if (!PRODUCTION_TABLES.contains(rows.table())) {
                continue;
            }
            String key = rows.table().equals("production") ? "id" : "production_id";
            int keyColumn = rows.columns().indexOf(key);
            if (keyColumn < 0) {
                return false;
            }
            Set<Long> read = new HashSet<>();
            for (Object[] row : rows.rows()) {
                if (production.toString().equals(row[keyColumn])) {
                    read.add((Long) row[row.length - 1]);
                }
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT rowid FROM " + rows.table()
                    + " INDEXED BY sqlite_autoindex_" + rows.table() + "_1 WHERE " + key + " = ?")) {
                s.setString(1, production.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (!read.contains(r.getLong(1))) {
                            return false;
                        }
                    }
                }
            } catch (SQLException e) {
                if (!rows.complete()) {
                    return false;
                }
            }
        }
        return true;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Reads a table's rows in rowid order (the rowid is column 1, then {@code columns}). Where a page cannot be
     * read, it finds the first row after the damage that can (the smallest rowid bound whose seek succeeds,
     * galloping and then halving, so O(log n) probes per damaged page) and goes on from there. A row the reader
     * refuses is skipped too.
     *
     * @return false when some rows could not be read
     */
    private static boolean scan(Connection connection, String table, String columns, RowReader reader) {
        String sql = "SELECT rowid, " + columns + " FROM " + table + " WHERE rowid > ? ORDER BY rowid";
        PreparedStatement all;
        PreparedStatement first;
        try {
            all = connection.prepareStatement(sql);
            first = connection.prepareStatement(sql + " LIMIT 1");
        } catch (SQLException e) {
            return false; // the table cannot even be found
        }
        boolean complete = true;
        long after = Long.MIN_VALUE;
        try (all; first) {
            while (true) {
                try {
                    all.setLong(1, after);
                    try (ResultSet r = all.executeQuery()) {
                        while (r.next()) {
                            after = r.getLong(1);
                            try {
                                reader.read(r);
                            } catch (SQLException | RuntimeException e) {
                                complete = false; // a row with values the damage made up
                            }
                        }
                    }
                    return complete;
                } catch (SQLException e) {
                    complete = false;
                    OptionalLong resume = pastDamage(first, after);
                    if (resume.isEmpty()) {
                        return false;
                    }
                    after = resume.getAsLong();
                }
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** The smallest bound above {@code after} from which the next row can be read, if there is one. */
    private static OptionalLong pastDamage(PreparedStatement first, long after) {
        long failed = after;
        long readable = -1;
        boolean found = false;
        for (long step = 1; step > 0 && step <= Long.MAX_VALUE / 2; step *= 2) {
            long bound = after + step;
            if (bound < after) {
                break; // past the largest rowid
            }
            if (readsFrom(first, bound)) {
                readable = bound;
                found = true;
                break;
            }
            failed = bound;
        }
        if (!found) {
            return OptionalLong.empty();
        }
        while (readable - failed > 1) {
            long middle = failed + (readable - failed) / 2;
            if (readsFrom(first, middle)) {
                readable = middle;
            } else {
                failed = middle;
            }
        }
        return OptionalLong.of(readable);
    }

    private static boolean readsFrom(PreparedStatement first, long bound) {
        try {
            first.setLong(1, bound);
            try (ResultSet r = first.executeQuery()) {
                r.next();
            }
            return true;
        } catch (SQLException e) {
            return false;
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
