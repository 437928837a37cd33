package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.Production;
import org.reelwright.store.ProductionStore.SnapshotInfo;
import org.reelwright.store.WorkspaceException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

class SchemaMigrationsTest {
    @TempDir
    Path folder;

    private Path database() {
        return folder.resolve(SqliteWorkspace.DATABASE_FILE);
    }

    private SQLiteDataSource dataSource() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(DamagedDatabase.url(database()));
        return dataSource;
    }

    private List<String> appliedVersions() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1"
                        + " ORDER BY installed_rank")) {
            while (r.next()) {
                versions.add(r.getString(1));
            }
        }
        return versions;
    }

    @Test
    void theLatestVersionConstantMatchesTheMigrationFiles() {
        MigrationInfo[] migrations = SchemaMigrations.flyway(dataSource()).load().info().all();
        int highest = Arrays.stream(migrations).map(MigrationInfo::getVersion).max(Comparator.naturalOrder())
                .orElseThrow().getMajor().intValue();
        assertEquals(SchemaMigrations.LATEST_VERSION, highest);
        List<String> versions = Arrays.stream(migrations).map(m -> m.getVersion().toString()).toList();
        assertEquals(WorkspaceFixtures.shippedVersions(), versions, "one migration per file, in order");
        assertEquals(versions.size(), new java.util.HashSet<>(versions).size(), "one file per version");
    }

    @Test
    void anEmptyFolderGetsEveryMigration() throws Exception {
        SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace().close();
        assertEquals(WorkspaceFixtures.shippedVersions(), appliedVersions());
        try (Connection c = dataSource().getConnection()) {
            assertEquals(SchemaMigrations.LATEST_VERSION, SchemaMigrations.appliedVersion(c));
        }
    }

    @Test
    void anEmptyFileOfZeroBytesIsSetAsideAndToldNotQuietlyStartedAfresh() throws Exception {
        // Reelwright never leaves a 0-byte workspace.db behind: one is a workspace that lost its content (issue 15).
        Files.createDirectories(folder);
        Files.write(database(), new byte[0]);
        OpenedWorkspace opened = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC);
        opened.workspace().close();
        assertEquals(1, opened.notices().size());
        assertEquals(StartupNotice.Kind.EMPTY_DATABASE_SET_ASIDE, opened.notices().get(0).kind());
        assertEquals(0, Files.size(opened.notices().get(0).setAside()));
        assertEquals(WorkspaceFixtures.shippedVersions(), appliedVersions());
    }

    @Test
    void aVersionOneWorkspaceIsUpgradedWithItsDataIntact() throws Exception {
        SchemaMigrations.flyway(dataSource()).target("1").load().migrate();
        assertEquals(List.of("1"), appliedVersions());
        Production sample = WorkspaceFixtures.sample();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            // Today's tables write the pay columns of version 3 and the title-page columns of version 4, so they
            // are added for the insert and dropped again: what remains is the sample as a version-1 workspace
            // stored it.
            for (String column : List.of("production ADD COLUMN pay_model TEXT NOT NULL DEFAULT 'all-paid'",
                    "production ADD COLUMN author TEXT NOT NULL DEFAULT ''",
                    "production ADD COLUMN draft_date TEXT NOT NULL DEFAULT ''",
                    "stage_plan ADD COLUMN pay_crew TEXT", "stage_plan ADD COLUMN pay_cast TEXT",
                    "stage_plan ADD COLUMN pay_location TEXT", "stage_plan ADD COLUMN pay_equipment TEXT")) {
                s.execute("ALTER TABLE " + column);
            }
            new ProductionTables(c).insert(sample, 1_000L);
            for (String column : List.of("production DROP COLUMN pay_model", "production DROP COLUMN author",
                    "production DROP COLUMN draft_date", "stage_plan DROP COLUMN pay_crew",
                    "stage_plan DROP COLUMN pay_cast", "stage_plan DROP COLUMN pay_location",
                    "stage_plan DROP COLUMN pay_equipment")) {
                s.execute("ALTER TABLE " + column);
            }
            s.execute("INSERT INTO setting (key, value) VALUES ('ui.theme', 'dark')");
            s.execute("INSERT INTO recent_file (path, used_at) VALUES ('/films/salt.reelwright.json', 5)");
        }

        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            assertEquals(sample, workspace.load(sample.id()).orElseThrow());
            assertEquals(Optional.of("dark"), workspace.setting("ui.theme"));
            assertEquals(List.of("/films/salt.reelwright.json"), workspace.recentFiles());
            SnapshotInfo first = workspace.snapshot(sample, "after the upgrade", false);
            assertEquals(sample, workspace.loadSnapshot(first.id()));
            assertEquals(List.of("ok"), workspace.integrityCheck());
        }
        assertEquals(WorkspaceFixtures.shippedVersions(), appliedVersions());
    }

    @Test
    void anUpToDateWorkspaceOpensWithoutMigrating() throws Exception {
        SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace().close();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            // Were Flyway run again it would find this checksum changed and refuse to go on.
            s.execute("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '2'");
        }
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            assertEquals(List.of(), workspace.list());
        } catch (WorkspaceException e) {
            throw new AssertionError("Flyway ran on an up-to-date workspace: " + e.getMessage(), e);
        }
    }
}
