package org.reelwright.app;

import org.reelwright.domain.Production;
import org.reelwright.store.WorkspaceException;

/**
 * Writes each new version of the open production to the workspace, remembering what the workspace holds. A failed
 * write changes nothing on disk and nothing here, so the next write carries every change since the last success:
 * an edit is never lost, only delayed until the disk takes it. Thread-safe; meant for one writer thread.
 */
public final class Autosaver {
    private final Workspace workspace;
    private Production stored;

    public Autosaver(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The production the workspace now holds (just opened, adopted or restored). */
    public synchronized void reset(Production holding) {
        this.stored = holding;
    }

    /** @return false when there was nothing to write (no production held, or another production) */
    public synchronized boolean write(Production current, String hourlyVersionLabel) throws WorkspaceException {
        if (stored == null || !stored.id().equals(current.id()) || stored.equals(current)) {
            return false;
        }
        workspace.persist(stored, current, hourlyVersionLabel);
        stored = current;
        return true;
    }

    public Workspace workspace() {
        return workspace;
    }
}
