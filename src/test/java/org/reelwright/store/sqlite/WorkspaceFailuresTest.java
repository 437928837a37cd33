package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.Production;
import org.reelwright.domain.Shot;
import org.reelwright.store.WorkspaceException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Everything that can go wrong around the workspace file — a second instance, a damaged file, a read-only folder,
 * a full disk, a file from a newer Reelwright — ends in a message the user can act on, and loses nothing.
 */
class WorkspaceFailuresTest {
    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

    @TempDir
    Path folder;

    private OpenedWorkspace open() throws WorkspaceException {
        return SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC, new WorkspaceFixtures.SteppingClock(START));
    }

    @Test
    void aSecondOpenInThisProcessIsRefusedAndTheFirstKeepsWorking() throws WorkspaceException {
        try (SqliteWorkspace first = open().workspace()) {
            WorkspaceException e = assertThrows(WorkspaceException.class, this::open);
            assertTrue(e.getMessage().startsWith("Reelwright is already running with this workspace (" + folder),
                    e.getMessage());
            assertTrue(e.getMessage().contains("close the other window or start with --workspace DIR"),
                    e.getMessage());
            first.putSetting("still", "works");
        }
        try (SqliteWorkspace again = open().workspace()) {
            assertEquals(Optional.of("works"), again.setting("still"));
        }
    }

    @Test
    void anotherProcessHoldingTheWorkspaceIsNamedInTheRefusal() throws Exception {
        try (ChildJvm holder = ChildJvm.start("hold", folder)) {
            assertTrue(holder.awaitLine("OPEN", 30_000), "the holder did not open: " + holder.lines() + "\n"
                    + holder.errors());
            WorkspaceException e = assertThrows(WorkspaceException.class, this::open);
            assertTrue(e.getMessage().contains("already running with this workspace (" + folder + ", process "
                    + holder.process().pid() + ")"), e.getMessage());
            holder.kill();
        }
        // The operating system released the lock with the killed process.
        open().workspace().close();
    }

    @Test
    void garbageInsteadOfADatabaseIsSetAsideAndAnEmptyWorkspaceStarts() throws Exception {
        try (SqliteWorkspace workspace = open().workspace()) {
            workspace.create(WorkspaceFixtures.sample());
        }
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(folder.resolve(SqliteWorkspace.DATABASE_FILE), garbage);

        OpenedWorkspace opened = open();
        try (SqliteWorkspace workspace = opened.workspace()) {
            assertEquals(1, opened.notices().size());
            StartupNotice notice = opened.notices().get(0);
            assertEquals(StartupNotice.Kind.DAMAGED_DATABASE_SET_ASIDE, notice.kind());
            assertEquals(folder.resolve("workspace.db.damaged-20270301-090000"), notice.setAside());
            assertArrayEquals(garbage, Files.readAllBytes(notice.setAside()));
            assertEquals(List.of(), notice.restored());
            assertTrue(notice.problem().contains("not a database"), notice.problem());
            assertTrue(notice.message(Locale.ENGLISH).contains("the workspace starts empty"),
                    notice.message(Locale.ENGLISH));
            assertEquals(List.of(), workspace.list());
            assertEquals(List.of("ok"), workspace.integrityCheck());
            workspace.create(WorkspaceFixtures.sample());
        }
        try (SqliteWorkspace workspace = open().workspace()) {
            assertEquals(1, workspace.list().size());
        }
    }

    @Test
    void aDamagedIndexPageIsSetAsideAndEveryChangeSnapshotsSettingsAndRecentFilesAreRestored() throws Exception {
        Production sample = WorkspaceFixtures.sample();
        Production saved = sample.withTitle("The Salt Archive (saved version)");
        Production latest = SampleEdits.withScenes(saved, scenes -> scenes.remove(0));
        try (SqliteWorkspace workspace = open().workspace()) {
            workspace.create(sample);
            workspace.snapshot(sample, "first", false);
            workspace.update(sample, saved);
            workspace.snapshot(saved, "second", true);
            workspace.update(saved, latest);
            workspace.putSetting("ui.theme", "dark");
            workspace.addRecentFile("/films/salt.reelwright.json");
        }
        overwritePage(folder.resolve(SqliteWorkspace.DATABASE_FILE), "shot_by_scene");

        OpenedWorkspace opened = open();
        try (SqliteWorkspace workspace = opened.workspace()) {
            StartupNotice notice = opened.notices().get(0);
            assertEquals(List.of(saved.title()), notice.restored());
            assertEquals(List.of(), notice.notRestored());
            assertFalse(notice.problem().isBlank());
            assertTrue(Files.exists(notice.setAside()));
            assertEquals(StartupNotice.Source.LATEST, notice.recovered().get(0).source());
            assertTrue(notice.message(Locale.ENGLISH).contains("Recovered with every change: " + saved.title()),
                    notice.message(Locale.ENGLISH));
            // The production's own rows were all readable: the edit made after the last snapshot is kept too.
            assertEquals(latest, workspace.load(sample.id()).orElseThrow());
            assertEquals(List.of("second", "first"), workspace.snapshots(sample.id()).stream()
                    .map(s -> s.label()).toList());
            assertEquals(sample, workspace.loadSnapshot(workspace.snapshots(sample.id()).get(1).id()));
            assertEquals(Optional.of("dark"), workspace.setting("ui.theme"));
            assertEquals(List.of("/films/salt.reelwright.json"), workspace.recentFiles());
            assertEquals(List.of("ok"), workspace.integrityCheck());
        }
    }

    @Test
    void aProductionWithoutSnapshotsIsRestoredFromItsOwnRows() throws Exception {
        Production sample = WorkspaceFixtures.sample();
        try (SqliteWorkspace workspace = open().workspace()) {
            workspace.create(sample);
        }
        overwritePage(folder.resolve(SqliteWorkspace.DATABASE_FILE), "shot_by_scene");
        OpenedWorkspace opened = open();
        try (SqliteWorkspace workspace = opened.workspace()) {
            StartupNotice notice = opened.notices().get(0);
            assertEquals(List.of(sample.title()), notice.restored());
            assertEquals(List.of(), notice.notRestored());
            assertEquals(sample, workspace.load(sample.id()).orElseThrow());
        }
    }

    @Test
    void aProductionWhoseStageRowsAreLostAndThatHasNoVersionComesBackInPartAndSaysSo() throws Exception {
        Production sample = WorkspaceFixtures.sample();
        try (SqliteWorkspace workspace = open().workspace()) {
            workspace.create(sample);
        }
        overwritePage(folder.resolve(SqliteWorkspace.DATABASE_FILE), "stage_plan");
        OpenedWorkspace opened = open();
        try (SqliteWorkspace workspace = opened.workspace()) {
            StartupNotice notice = opened.notices().get(0);
            assertEquals(List.of(sample.title()), notice.restored());
            assertEquals(StartupNotice.Source.INCOMPLETE, notice.recovered().get(0).source());
            assertTrue(notice.message(Locale.ENGLISH).contains("Recovered in part (some scenes or shots could not"
                    + " be read and there is no readable saved version): The Salt Archive"),
                    notice.message(Locale.ENGLISH));
            assertTrue(workspace.load(sample.id()).isPresent());
        }
    }

    @Test
    void aProductionWhoseOwnRowAndVersionsAreUnreadableIsNamedAsNotRestored() throws Exception {
        Production sample = WorkspaceFixtures.sample();
        try (SqliteWorkspace workspace = open().workspace()) {
            workspace.create(sample);
        }
        overwritePage(folder.resolve(SqliteWorkspace.DATABASE_FILE), "production");
        OpenedWorkspace opened = open();
        try (SqliteWorkspace workspace = opened.workspace()) {
            StartupNotice notice = opened.notices().get(0);
            assertEquals(List.of(), notice.restored());
            assertEquals(List.of(), workspace.list());
            assertTrue(notice.message(Locale.ENGLISH).contains("Nothing could be read from the damaged file, so"
                    + " the workspace starts empty."), notice.message(Locale.ENGLISH));
            assertTrue(notice.message(Locale.SIMPLIFIED_CHINESE).contains("工作区为空"),
                    notice.message(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void anEmptyWorkspaceFileIsSetAsideAndTheUserIsTold() throws Exception {
        try (SqliteWorkspace workspace = open().workspace()) {
            workspace.create(WorkspaceFixtures.sample());
        }
        for (int size : new int[] {0, 10, 99}) {
            Path database = folder.resolve(SqliteWorkspace.DATABASE_FILE);
            byte[] start = Files.readAllBytes(database);
            Files.write(database, java.util.Arrays.copyOf(start, size));
            OpenedWorkspace opened = open();
            try (SqliteWorkspace workspace = opened.workspace()) {
                assertEquals(1, opened.notices().size(), "a " + size + "-byte workspace.db");
                StartupNotice notice = opened.notices().get(0);
                assertEquals(size == 0 ? StartupNotice.Kind.EMPTY_DATABASE_SET_ASIDE
                        : StartupNotice.Kind.DAMAGED_DATABASE_SET_ASIDE, notice.kind());
                assertEquals(size, Files.size(notice.setAside()));
                String english = notice.message(Locale.ENGLISH);
                assertTrue(english.contains("It was kept as " + notice.setAside()), english);
                assertTrue(notice.message(Locale.SIMPLIFIED_CHINESE).contains("已保留为 " + notice.setAside()),
                        notice.message(Locale.SIMPLIFIED_CHINESE));
                workspace.create(WorkspaceFixtures.sample());
            }
        }
    }

    @Test
    void aReadOnlyFolderIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        Production sample = WorkspaceFixtures.sample();
        try (SqliteWorkspace workspace = open().workspace()) {
            workspace.create(sample);
        }
        byte[] before = Files.readAllBytes(folder.resolve(SqliteWorkspace.DATABASE_FILE));
        ReadOnlyFolder readOnly = ReadOnlyFolder.make(folder);
        try {
            WorkspaceException e = assertThrows(WorkspaceException.class, this::open);
            assertTrue(e.getMessage().startsWith("The workspace folder " + folder + " is read-only"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("start with --workspace DIR"), e.getMessage());
        } finally {
            readOnly.undo();
        }
        assertArrayEquals(before, Files.readAllBytes(folder.resolve(SqliteWorkspace.DATABASE_FILE)));
        try (SqliteWorkspace workspace = open().workspace()) {
            assertEquals(sample, workspace.load(sample.id()).orElseThrow());
        }
    }

    @Test
    void aFullDiskRefusesTheEditWithAClearMessageAndKeepsTheStoredVersion() throws Exception {
        Production sample = WorkspaceFixtures.sample();
        try (SqliteWorkspace workspace = open().workspace()) {
            workspace.create(sample);
            // SQLite reports a database that may not grow as the same SQLITE_FULL as a full disk.
            try (Statement s = workspace.connection().createStatement()) {
                long pages;
                try (ResultSet r = s.executeQuery("PRAGMA page_count")) {
                    r.next();
                    pages = r.getLong(1);
                }
                s.execute("PRAGMA max_page_count = " + pages);
            }
            Production bigger = sample;
            for (int i = 0; i < 400; i++) {
                bigger = SampleEdits.withShots(bigger, i % 10, shots -> shots.add(SampleEdits.newShot(
                        "X" + shots.size())));
            }
            Production tooBig = bigger;
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> workspace.update(sample, tooBig));
            assertTrue(e.getMessage().startsWith("The disk holding the workspace (" + folder + ") is full; free"
                    + " some space and try again — the last change was not saved and is still on screen."),
                    e.getMessage());
            assertEquals(sample, workspace.load(sample.id()).orElseThrow());

            Shot first = sample.scenes().get(0).shots().get(0);
            Production small = sample.withShot(first.withNotes("fits"));
            workspace.update(sample, small);
            assertEquals(small, workspace.load(sample.id()).orElseThrow());
            try (Statement s = workspace.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = 1073741823");
            }
            workspace.update(small, tooBig.withShot(first.withNotes("fits")));
            assertEquals(List.of("ok"), workspace.integrityCheck());
        }
    }

    @Test
    void aWorkspaceFromANewerReelwrightIsRefused() throws Exception {
        try (SqliteWorkspace workspace = open().workspace()) {
            workspace.putSetting("kept", "yes");
        }
        try (Connection c = new SQLiteConfig().createConnection(DamagedDatabase.url(folder.resolve(
                SqliteWorkspace.DATABASE_FILE))); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) VALUES (99, '7', 'future',"
                    + " 'SQL', 'V7__future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, 1)");
        }
        for (int attempt = 1; attempt <= 2; attempt++) {
            // The second attempt gets the same answer, not "already running": the refusal released the folder.
            WorkspaceException e = assertThrows(WorkspaceException.class, this::open);
            assertTrue(e.getMessage().contains("was written by a newer Reelwright (schema version 7; this one knows"
                    + " up to " + SchemaMigrations.LATEST_VERSION + "); update Reelwright"), e.getMessage());
            assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("由更新版本的 Reelwright 写入（格式版本 7；"),
                    e.message(Locale.SIMPLIFIED_CHINESE));
        }
    }

    static Stream<Arguments> failures() {
        Path where = Path.of("/home/ana/.local/share/reelwright");
        return Stream.of(
                Arguments.of(new SQLiteException("[SQLITE_FULL] (database or disk is full)",
                        SQLiteErrorCode.SQLITE_FULL), "is full; free some space"),
                Arguments.of(new SQLiteException("[SQLITE_IOERR_WRITE] (disk I/O error)",
                        SQLiteErrorCode.SQLITE_IOERR_WRITE), "reported an error"),
                Arguments.of(new SQLiteException("[SQLITE_READONLY] (attempt to write a readonly database)",
                        SQLiteErrorCode.SQLITE_READONLY), "is read-only"),
                Arguments.of(new SQLiteException("[SQLITE_BUSY] (database is locked)",
                        SQLiteErrorCode.SQLITE_BUSY), "in use by another program"),
                Arguments.of(new SQLiteException("[SQLITE_CORRUPT] (database disk image is malformed)",
                        SQLiteErrorCode.SQLITE_CORRUPT), "is damaged"),
                Arguments.of(new SQLiteException("[SQLITE_CONSTRAINT_UNIQUE] (UNIQUE constraint failed: scene.id)",
                        SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE), "does not hold what the change started from"),
                Arguments.of(new SQLiteException("[SQLITE_ERROR] (no such table: shot)",
                        SQLiteErrorCode.SQLITE_ERROR), "unexpected problem"),
                Arguments.of(new FileSystemException(where.toString(), null, "Not a directory"),
                        "check the folder"),
                Arguments.of(new AccessDeniedException(where.toString()), "is read-only"),
                Arguments.of(new FileSystemException(where.toString(), null, "Read-only file system"),
                        "is read-only"),
                Arguments.of(new FileSystemException(where.toString(), null, "No space left on device"),
                        "is full; free some space"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyKindOfFailureGetsAMessageThatSaysWhatToDo(Exception failure, String expected) {
        Path where = Path.of("/home/ana/.local/share/reelwright");
        WorkspaceException e = failure instanceof SQLException sql
                ? WorkspaceFailures.of(sql, where, WorkspaceFailures.action("update", "Salt"),
                        WorkspaceFailures.CHANGE_NOT_SAVED)
                : WorkspaceFailures.of((IOException) failure, where, WorkspaceFailures.action("update", "Salt"),
                        WorkspaceFailures.CHANGE_NOT_SAVED);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().endsWith("the last change was not saved and is still on screen."),
                e.getMessage());
        assertTrue(e.getCause() == failure);
        // In the user's language, and never in SQLite's, JDBC's or the JDK's words.
        String chinese = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.endsWith("最后一次修改没有保存，仍显示在屏幕上。"), chinese);
        for (String text : List.of(e.getMessage(), chinese)) {
            for (String internal : List.of("SQLITE", "sqlite", "JDBC", "malformed", "disk I/O", "locked",
                    "No space left", "Read-only file system", "constraint")) {
                assertFalse(text.contains(internal), text);
            }
        }
    }

    /** Overwrites the first page of a table or index with random bytes, as a failing disk might. */
    static void overwritePage(Path database, String tableOrIndex) throws Exception {
        long page;
        long pageSize;
        try (Connection c = new SQLiteConfig().createConnection(DamagedDatabase.url(database));
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + tableOrIndex
                    + "'")) {
                r.next();
                page = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("PRAGMA page_size")) {
                r.next();
                pageSize = r.getLong(1);
            }
        }
        assertFalse(Files.exists(database.resolveSibling(database.getFileName() + "-wal")),
                "a closed workspace has its log checkpointed into the file");
        byte[] junk = new byte[(int) pageSize];
        new Random(page).nextBytes(junk);
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.seek((page - 1) * pageSize);
            file.write(junk);
        }
    }

    /**
     * Makes a folder read-only for this process. Permissions do not stop root (as in containers and CI), so there
     * the folder is made immutable with chattr instead; where neither works the test is skipped, not passed.
     */
    record ReadOnlyFolder(Path folder, boolean immutable) {
        static ReadOnlyFolder make(Path folder) throws Exception {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!Files.isWritable(folder)) {
                return new ReadOnlyFolder(folder, false);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            boolean immutable = run("chattr", "+i", folder.toString()) && !Files.isWritable(folder);
            Assumptions.assumeTrue(immutable, "this user can write to read-only folders and cannot use chattr");
            return new ReadOnlyFolder(folder, true);
        }

        void undo() throws Exception {
            if (immutable) {
                run("chattr", "-i", folder.toString());
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }

        private static boolean run(String... command) throws InterruptedException {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor() == 0;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
