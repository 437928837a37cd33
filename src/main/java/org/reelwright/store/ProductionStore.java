package org.reelwright.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;

/**
 * The workspace: every production the user has, their version history, recent files and settings, kept on disk so
 * that nothing is ever lost. Writes are transactional: after {@link #update} returns, the change survives a crash
 * or power loss; if it throws, the store holds exactly what it held before.
 */
public interface ProductionStore extends AutoCloseable {

    /** A production as listed on the welcome screen. */
    record Summary(ProductionId id, String title, int scenes, int shots, Instant modified) {
    }

    /** One saved version of a production. */
    record SnapshotInfo(long id, ProductionId production, Instant taken, String label, boolean automatic,
            String summary) {
    }

    /** Productions, most recently modified first. */
    List<Summary> list() throws WorkspaceException;

    Optional<Production> load(ProductionId id) throws WorkspaceException;

    /** Stores a production that is new to the workspace (whole). */
    void create(Production production) throws WorkspaceException;

    /**
     * Stores an edit: writes only what differs between {@code before} (as stored) and {@code after} — unchanged
     * scenes and shots are the same objects and are skipped — in one transaction.
     */
    void update(Production before, Production after) throws WorkspaceException;

    void delete(ProductionId id) throws WorkspaceException;

    /** Keeps the production as it is now in its version history. */
    SnapshotInfo snapshot(Production production, String label, boolean automatic) throws WorkspaceException;

    List<SnapshotInfo> snapshots(ProductionId id) throws WorkspaceException;

    Production loadSnapshot(long snapshotId) throws WorkspaceException;

    Optional<String> setting(String key) throws WorkspaceException;

    void putSetting(String key, String value) throws WorkspaceException;

    /** Files the user opened or saved, most recent first. */
    List<String> recentFiles() throws WorkspaceException;

    void addRecentFile(String path) throws WorkspaceException;

    @Override
    void close() throws WorkspaceException;
}
