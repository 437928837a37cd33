package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.domain.Shot;
import org.reelwright.store.ProductionStore.SnapshotInfo;
import org.reelwright.store.ProductionStore.Summary;
import org.reelwright.store.WorkspaceException;
import org.reelwright.store.sqlite.SampleEdits.Edit;

class SqliteWorkspaceTest {
    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

    @TempDir
    Path folder;

    private SqliteWorkspace workspace;

    @BeforeEach
    void open() throws WorkspaceException {
        workspace = openWorkspace();
    }

    @AfterEach
    void close() throws WorkspaceException {
        workspace.close();
    }

    private SqliteWorkspace openWorkspace() throws WorkspaceException {
        OpenedWorkspace opened = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC,
                new WorkspaceFixtures.SteppingClock(START));
        assertEquals(List.of(), opened.notices());
        return opened.workspace();
    }

    private Production reopenAndLoad(ProductionId id) throws WorkspaceException {
        workspace.close();
        workspace = openWorkspace();
        return workspace.load(id).orElseThrow();
    }

    @Test
    void theSampleReadsBackEqualAfterARestart() throws WorkspaceException {
        Production sample = WorkspaceFixtures.sample();
        workspace.create(sample);
        assertEquals(sample, workspace.load(sample.id()).orElseThrow());
        assertEquals(sample, reopenAndLoad(sample.id()));
    }

    @Test
    void aSyntheticProductionReadsBackEqual() throws WorkspaceException {
        Production synthetic = WorkspaceFixtures.synthetic(40, 700, 11, ProductionId.random());
        workspace.create(synthetic);
        assertEquals(synthetic, reopenAndLoad(synthetic.id()));
    }

    @Test
    void aBlankProductionWithoutScenesReadsBackEqual() throws WorkspaceException {
        Production blank = Production.blank("Nothing yet", LocalDate.of(2027, 1, 4));
        workspace.create(blank);
        assertEquals(blank, reopenAndLoad(blank.id()));
    }

    @Test
    void anUnknownProductionIsEmpty() throws WorkspaceException {
        assertEquals(Optional.empty(), workspace.load(ProductionId.random()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reelwright.store.sqlite.SampleEdits#table")
    void anEditPersistsAndReloadsEqual(Edit edit) throws WorkspaceException {
        Production before = WorkspaceFixtures.sample();
        workspace.create(before);
        Production after = edit.apply().apply(before);
        workspace.update(before, after);
        assertEquals(after, workspace.load(before.id()).orElseThrow());
        assertEquals(after, reopenAndLoad(before.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reelwright.store.sqlite.SampleEdits#table")
    void anEditWritesOnlyTheRowsThatChanged(Edit edit) throws Exception {
        Production before = WorkspaceFixtures.sample();
        workspace.create(before);
        try (RowWrites writes = new RowWrites(workspace.connection())) {
            workspace.update(before, edit.apply().apply(before));
            assertEquals(edit.shotRows(), writes.count("shot"), "shot rows written");
            assertEquals(edit.sceneRows(), writes.count("scene"), "scene rows written");
            assertEquals(1, writes.count("production"), "the production row (its modification time)");
        }
    }

    @Test
    void changingOneShotOfTenThousandWritesOneShotRow() throws Exception {
        Production big = WorkspaceFixtures.synthetic(500, 10_000, 1, ProductionId.random());
        workspace.create(big);
        Shot shot = big.scenes().get(321).shots().get(5);
        Production edited = big.withShot(shot.withDurationSeconds(9.9));
        try (RowWrites writes = new RowWrites(workspace.connection())) {
            workspace.update(big, edited);
            assertEquals(Map.of("production", 1, "shot", 1), writes.all());
        }
        assertEquals(edited, workspace.load(big.id()).orElseThrow());
    }

    @Test
    void editUndoRedoAndUndoAgainOfEveryEditRestoreExactly() throws WorkspaceException {
        Production sample = WorkspaceFixtures.sample();
        workspace.create(sample);
        for (Edit edit : SampleEdits.all()) {
            Production edited = edit.apply().apply(sample);
            workspace.update(sample, edited);
            assertEquals(edited, workspace.load(sample.id()).orElseThrow(), edit.name());
            workspace.update(edited, sample);
            assertEquals(sample, workspace.load(sample.id()).orElseThrow(), "undo " + edit.name());
            workspace.update(sample, edited);
            assertEquals(edited, workspace.load(sample.id()).orElseThrow(), "redo " + edit.name());
            workspace.update(edited, sample);
        }
        assertEquals(sample, reopenAndLoad(sample.id()));
        assertEquals(List.of("ok"), workspace.integrityCheck());
    }

    @Test
    void anEditFromAStaleVersionIsRefusedAndChangesNothing() throws WorkspaceException {
        Production stored = WorkspaceFixtures.sample();
        workspace.create(stored);
        Production withoutScene = SampleEdits.withScenes(stored, scenes -> scenes.remove(9));
        workspace.update(stored, withoutScene);
        // An edit computed from the old version touches a shot of the deleted scene.
        Shot gone = stored.scenes().get(9).shots().get(0);
        Production stale = stored.withShot(gone.withNotes("edited elsewhere"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> workspace.update(stored, stale));
        assertTrue(e.getMessage().contains("reopen the production"), e.getMessage());
        assertEquals(withoutScene, workspace.load(stored.id()).orElseThrow());
    }

    @Test
    void creatingTheSameProductionTwiceIsRefused() throws WorkspaceException {
        Production sample = WorkspaceFixtures.sample();
        workspace.create(sample);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> workspace.create(sample));
        assertTrue(e.getMessage().contains("already in the workspace"), e.getMessage());
    }

    @Test
    void twoCopiesOfAProductionShareSceneAndShotIdsWithoutClashing() throws WorkspaceException {
        Production sample = WorkspaceFixtures.sample();
        Production copy = WorkspaceFixtures.withId(sample, ProductionId.random()).withTitle("Copy");
        workspace.create(sample);
        workspace.create(copy);
        workspace.update(copy, SampleEdits.withScenes(copy, scenes -> scenes.remove(0)));
        assertEquals(sample, workspace.load(sample.id()).orElseThrow());
        assertEquals(9, workspace.load(copy.id()).orElseThrow().scenes().size());
    }

    @Test
    void listsProductionsWithTheirSizeMostRecentlyModifiedFirst() throws WorkspaceException {
        Production sample = WorkspaceFixtures.sample();
        Production synthetic = WorkspaceFixtures.synthetic(3, 7, 5, ProductionId.random());
        workspace.create(sample);
        workspace.create(synthetic);
        List<Summary> list = workspace.list();
        assertEquals(List.of(synthetic.id(), sample.id()), list.stream().map(Summary::id).toList());
        assertEquals(new Summary(sample.id(), "The Salt Archive", 10, 43, list.get(1).modified()), list.get(1));
        assertEquals(3, list.get(0).scenes());
        assertEquals(7, list.get(0).shots());

        workspace.update(sample, sample.withTitle("Renamed"));
        Summary first = workspace.list().get(0);
        assertEquals("Renamed", first.title());
        assertTrue(first.modified().isAfter(list.get(0).modified()));
    }

    @Test
    void deletingAProductionRemovesItsRowsAndHistory() throws Exception {
        Production sample = WorkspaceFixtures.sample();
        workspace.create(sample);
        workspace.snapshot(sample, "before delete", false);
        workspace.delete(sample.id());
        workspace.delete(sample.id());
        assertEquals(List.of(), workspace.list());
        assertEquals(List.of(), workspace.snapshots(sample.id()));
        try (Statement s = workspace.connection().createStatement()) {
            for (String table : List.of("scene", "shot", "stage_plan", "stage_dependency", "exchange_rate",
                    "snapshot")) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                    r.next();
                    assertEquals(0, r.getInt(1), table);
                }
            }
        }
    }

    @Test
    void snapshotsAreListedNewestFirstAndRestoreExactly() throws WorkspaceException {
        Production original = WorkspaceFixtures.sample();
        workspace.create(original);
        SnapshotInfo named = workspace.snapshot(original, "  First draft ", false);
        Production edited = SampleEdits.withScenes(original, scenes -> scenes.remove(0));
        workspace.update(original, edited);
        SnapshotInfo automatic = workspace.snapshot(edited, "Hourly", true);

        List<SnapshotInfo> history = workspace.snapshots(original.id());
        assertEquals(List.of(automatic, named), history);
        assertEquals("First draft", named.label());
        assertEquals("10 scenes, 43 shots", named.summary());
        assertEquals("9 scenes, 39 shots", automatic.summary());
        assertTrue(automatic.automatic() && !named.automatic());
        assertTrue(automatic.taken().isAfter(named.taken()));

        Production restored = workspace.loadSnapshot(named.id());
        assertEquals(original, restored);
        // Restoring is an ordinary edit from what is stored to the old version.
        workspace.update(edited, restored);
        assertEquals(original, reopenAndLoad(original.id()));
        assertEquals(history, workspace.snapshots(original.id()));
    }

    @Test
    void aSnapshotOfAProductionOutsideTheWorkspaceOrAnUnknownOneIsRefused() {
        Production sample = WorkspaceFixtures.sample();
        WorkspaceException notStored = assertThrows(WorkspaceException.class,
                () -> workspace.snapshot(sample, "x", false));
        assertTrue(notStored.getMessage().contains("not in the workspace"), notStored.getMessage());
        WorkspaceException unknown = assertThrows(WorkspaceException.class, () -> workspace.loadSnapshot(999));
        assertTrue(unknown.getMessage().contains("no longer in the workspace"), unknown.getMessage());
    }

    @Test
    void aSnapshotOfTenThousandShotsIsStoredCompressed() throws Exception {
        Production big = WorkspaceFixtures.synthetic(500, 10_000, 3, ProductionId.random());
        workspace.create(big);
        SnapshotInfo info = workspace.snapshot(big, "big", true);
        try (Statement s = workspace.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT length(content) FROM snapshot WHERE id = " + info.id())) {
            r.next();
            int stored = r.getInt(1);
            int encoded = WorkspaceFixtures.CODEC.encode(big).length;
            assertTrue(stored * 5 < encoded, stored + " bytes stored for " + encoded + " bytes of JSON");
        }
        assertEquals(big, workspace.loadSnapshot(info.id()));
    }

    @Test
    void settingsAreKeptAcrossRestartsAndCanBeRemoved() throws WorkspaceException {
        workspace.putSetting("ui.theme", "dark");
        workspace.putSetting("ui.locale", "zh-CN");
        workspace.putSetting("ui.theme", "light");
        workspace.close();
        workspace = openWorkspace();
        assertEquals(Optional.of("light"), workspace.setting("ui.theme"));
        assertEquals(Optional.of("zh-CN"), workspace.setting("ui.locale"));
        workspace.putSetting("ui.locale", null);
        assertEquals(Optional.empty(), workspace.setting("ui.locale"));
        assertEquals(Optional.empty(), workspace.setting("never.set"));
    }

    @Test
    void recentFilesAreMostRecentFirstOnceEachAndBounded() throws WorkspaceException {
        workspace.addRecentFile("/films/a.reelwright.json");
        workspace.addRecentFile("/films/b.reelwright.json");
        workspace.addRecentFile("/films/c.reelwright.json");
        workspace.addRecentFile("/films/a.reelwright.json");
        assertEquals(List.of("/films/a.reelwright.json", "/films/c.reelwright.json", "/films/b.reelwright.json"),
                workspace.recentFiles());
        for (int i = 0; i < 30; i++) {
            workspace.addRecentFile("/films/many-" + i + ".json");
        }
        List<String> recent = workspace.recentFiles();
        assertEquals(SqliteWorkspace.RECENT_FILES_KEPT, recent.size());
        assertEquals(IntStream.iterate(29, i -> i - 1).limit(SqliteWorkspace.RECENT_FILES_KEPT)
                .mapToObj(i -> "/films/many-" + i + ".json").toList(), recent);
    }

    @Test
    void aClosedWorkspaceSaysSo() throws WorkspaceException {
        workspace.close();
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> workspace.list());
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
        workspace = openWorkspace();
    }

    /**
     * Counts the rows written to each table while it is open, with temporary triggers that live only on this
     * connection: a spy at the level of SQLite itself, so no write can go uncounted.
     */
    static final class RowWrites implements AutoCloseable {
        private static final List<String> TABLES = List.of("production", "scene", "shot", "stage_plan",
                "rate_override", "stage_dependency", "exchange_rate", "snapshot");
        private final Connection connection;

        RowWrites(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TEMP TABLE row_writes (table_name TEXT NOT NULL)");
                for (String table : TABLES) {
                    for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
                        s.execute("CREATE TEMP TRIGGER count_" + table + "_" + event + " AFTER " + event + " ON main."
                                + table + " BEGIN INSERT INTO row_writes VALUES ('" + table + "'); END");
                    }
                }
            }
        }

        int count(String table) throws SQLException {
            return all().getOrDefault(table, 0);
        }

        Map<String, Integer> all() throws SQLException {
            Map<String, Integer> counts = new TreeMap<>();
            try (Statement s = connection.createStatement();
                    ResultSet r = s.executeQuery("SELECT table_name, count(*) FROM row_writes GROUP BY table_name")) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getInt(2));
                }
            }
            return counts;
        }

        @Override
        public void close() throws SQLException {
            try (Statement s = connection.createStatement()) {
                for (String table : TABLES) {
                    for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
                        s.execute("DROP TRIGGER count_" + table + "_" + event);
                    }
                }
                s.execute("DROP TABLE row_writes");
            }
        }
    }
}
