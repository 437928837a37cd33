package org.reelwright.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.reelwright.store.WorkspaceException;
import org.sqlite.SQLiteDataSource;

/**
 * Creates and upgrades the workspace schema with the Flyway migrations in
 * {@code org/reelwright/store/sqlite/migration} (a Reelwright-specific folder, so no other library's
 * {@code db/migration} on the class path is ever picked up). Flyway runs only when the file is behind: loading and
 * validating it costs about half a second on a cold start, which an up-to-date workspace (every start but the first
 * after an upgrade) should not pay. A file written by a newer Reelwright is refused rather than used with a schema
 * this version does not know.
 */
final class SchemaMigrations {
    /** The highest migration shipped; a test checks it against the migration files. */
    static final int LATEST_VERSION = 6;
    static final String LOCATION = "classpath:org/reelwright/store/sqlite/migration";
    static final String HISTORY_TABLE = "flyway_schema_history";

    private SchemaMigrations() {
    }

    /** The Flyway configuration every migration of the workspace uses; tests add a target to build old files. */
    static FluentConfiguration flyway(SQLiteDataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .loggers(FlywayLog.class.getName())
                .cleanDisabled(true);
    }

    /**
     * @param connection a connection to the workspace file, used only to read the schema version
     * @throws WorkspaceException when the file comes from a newer Reelwright or a migration fails
     */
    static void bringUpToDate(Connection connection, SQLiteDataSource dataSource, Path folder)
            throws WorkspaceException, SQLException {
        int applied = appliedVersion(connection);
        if (applied > LATEST_VERSION) {
            throw WorkspaceFailures.failure(null, "newer", folder.toString(), applied, LATEST_VERSION,
                    WorkspaceFailures.NOTHING_CHANGED);
        }
        if (applied == LATEST_VERSION) {
            return;
        }
        try {
            flyway(dataSource).load().migrate();
        } catch (FlywayException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql) {
                    throw WorkspaceFailures.of(sql, folder, WorkspaceFailures.action("upgrade"),
                            WorkspaceFailures.consequence("asBefore"));
                }
            }
            throw WorkspaceFailures.failure(e, "upgradeFailed", folder.toString());
        }
    }

    /** The highest version applied successfully; 0 for a new, empty file. */
    static int appliedVersion(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, HISTORY_TABLE);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getInt(1) == 0) {
                    return 0;
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT max(CAST(version AS INTEGER)) FROM "
                + HISTORY_TABLE + " WHERE success = 1 AND version IS NOT NULL");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
