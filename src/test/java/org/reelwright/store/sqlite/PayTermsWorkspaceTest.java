package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.PayTerms;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.store.sqlite.SqliteWorkspaceTest.RowWrites;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Pay terms in the workspace (schema version 3, issue 12). */
class PayTermsWorkspaceTest {
    @TempDir
    Path folder;

    private SQLiteDataSource dataSource() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(DamagedDatabase.url(folder.resolve(SqliteWorkspace.DATABASE_FILE)));
        return dataSource;
    }

    /** The sample's production row and stage plans as a version-2 workspace stored them (no pay columns). */
    private static void insertAsVersionTwo(Connection c, Production p) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO production (id, title, logline, genre, visual_style, target_runtime_minutes,"
                    + " currency, start_date, working_days, holidays, contingency_percent, dubbing_languages,"
                    + " subtitle_languages, festival_submissions, created_at, modified_at) VALUES ('" + p.id()
                    + "', 'Old film', '', 'drama', 'realistic-live-action', 10.0, 'USD', '2027-03-01',"
                    + " 'monday\ntuesday', '', 10.0, '', '', 0, 1, 1)");
            s.execute("INSERT INTO stage_plan (production_id, stage, workflow, ai_tool, ai_share, team_size,"
                    + " iteration_allowance, real_performer_likeness) VALUES ('" + p.id()
                    + "', 'shoot', 'traditional', NULL, 0.5, 4, 0.0, 0)");
        }
    }

    @Test
    void aVersionTwoWorkspaceIsUpgradedToAllPaid() throws Exception {
        SchemaMigrations.flyway(dataSource()).target("2").load().migrate();
        Production blank = Production.blank("Old film", java.time.LocalDate.of(2027, 3, 1));
        try (Connection c = dataSource().getConnection()) {
            insertAsVersionTwo(c, blank);
        }
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            Production loaded = workspace.load(blank.id()).orElseThrow();
            assertEquals(PayModel.ALL_PAID, loaded.payModel());
            assertEquals(PayTerms.NONE, loaded.stage(StageId.SHOOT).payTerms());
            assertEquals(4, loaded.stage(StageId.SHOOT).teamSize());
            assertEquals(List.of("ok"), workspace.integrityCheck());
            Production edited = loaded.withPayModel(PayModel.NO_BUDGET);
            workspace.update(loaded, edited);
            assertEquals(edited, workspace.load(blank.id()).orElseThrow());
        }
        assertEquals(WorkspaceFixtures.shippedVersions(), appliedVersions());
    }

    @Test
    void aPresetChangeWritesOnlyTheProductionRow() throws Exception {
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            Production before = WorkspaceFixtures.sample();
            workspace.create(before);
            Production after = before.withPayModel(PayModel.MICRO_BUDGET);
            try (RowWrites writes = new RowWrites(workspace.connection())) {
                workspace.update(before, after);
                assertEquals(Map.of("production", 1), writes.all());
            }
            assertEquals(after, workspace.load(before.id()).orElseThrow());
        }
    }

    @Test
    void aStageTermWritesOnlyThatStagePlanRowAndLoadsBack() throws Exception {
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            Production before = WorkspaceFixtures.sample().withPayModel(PayModel.NO_BUDGET);
            workspace.create(before);
            Production after = before.withStage(before.stage(StageId.SHOOT).withPayTerms(PayTerms.NONE
                    .with(PayCategory.CAST, PayTerm.PAID).with(PayCategory.LOCATION, PayTerm.DEFERRED)));
            try (RowWrites writes = new RowWrites(workspace.connection())) {
                workspace.update(before, after);
                assertEquals(Map.of("production", 1, "stage_plan", 1), writes.all());
            }
            assertEquals(after, workspace.load(before.id()).orElseThrow());
            Production back = after.withStage(after.stage(StageId.SHOOT).withPayTerms(
                    after.stage(StageId.SHOOT).payTerms().with(PayCategory.CAST, null)));
            workspace.update(after, back);
            Production loaded = workspace.load(before.id()).orElseThrow();
            assertEquals(back, loaded);
            assertEquals(PayTerm.DEFERRED, loaded.payTerm(StageId.SHOOT, PayCategory.CAST), "follows the preset");
        }
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
}
