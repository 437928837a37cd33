package org.reelwright.store.sqlite;

import java.util.List;
import java.util.Objects;

/**
 * The result of opening a workspace: the store, and what the user should be told about how it opened (empty in the
 * normal case). Opening never fails quietly: a workspace that cannot be used at all throws a
 * {@link org.reelwright.store.WorkspaceException} instead.
 */
public record OpenedWorkspace(SqliteWorkspace workspace, List<StartupNotice> notices) {
    public OpenedWorkspace {
        Objects.requireNonNull(workspace, "workspace");
        notices = List.copyOf(notices);
    }
}
