package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.Production;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The script's author and draft date in the workspace (schema version 4, issue 13). */
class TitlePageWorkspaceTest {
    @TempDir
    Path folder;

    private SQLiteDataSource dataSource() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(DamagedDatabase.url(folder.resolve(SqliteWorkspace.DATABASE_FILE)));
        return dataSource;
    }

    @Test
    void aVersionThreeWorkspaceIsUpgradedWithNoAuthorThenKeepsOne() throws Exception {
        SchemaMigrations.flyway(dataSource()).target("3").load().migrate();
        Production blank = Production.blank("Old film", LocalDate.of(2027, 3, 1));
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO production (id, title, logline, genre, visual_style, target_runtime_minutes,"
                    + " currency, start_date, working_days, holidays, contingency_percent, dubbing_languages,"
                    + " subtitle_languages, festival_submissions, created_at, modified_at) VALUES ('" + blank.id()
                    + "', 'Old film', '', 'drama', 'realistic-live-action', 10.0, 'USD', '2027-03-01',"
                    + " 'monday\ntuesday\nwednesday\nthursday\nfriday', '', 10.0, '', '', 0, 1, 1)");
        }
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            Production loaded = workspace.load(blank.id()).orElseThrow();
            assertEquals("", loaded.author());
            assertEquals("", loaded.draftDate());
            Production edited = loaded.withAuthor("Stu Maschwitz").withDraftDate("1/20/2012");
            workspace.update(loaded, edited);
            assertEquals(edited, workspace.load(blank.id()).orElseThrow());
        }
    }

    @Test
    void anImportedProductionKeepsItsAuthorInANewWorkspace() throws Exception {
        Production p = WorkspaceFixtures.sample().withAuthor("张三").withDraftDate("2026年12月");
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            workspace.create(p);
            assertEquals(p, workspace.load(p.id()).orElseThrow());
        }
    }
}
