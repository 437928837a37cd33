package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.BoardDay;
import org.reelwright.domain.Production;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootFixtures;
import org.reelwright.domain.ShootPlan;

/** The shoot plan in the workspace (schema version 6, issue 17). */
class ShootPlanWorkspaceTest {
    @TempDir
    Path folder;

    @Test
    void aFullShootPlanIsStoredAndLoadedWhole() throws Exception {
        Production p = ShootFixtures.withFullShootPlan(WorkspaceFixtures.sample());
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            workspace.create(p);
            assertEquals(p, workspace.load(p.id()).orElseThrow());
        }
        try (SqliteWorkspace again = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            assertEquals(p.shootPlan(), again.load(p.id()).orElseThrow().shootPlan());
        }
    }

    @Test
    void editsToTheBoardCastAndContactAreWrittenAndAnEmptiedPlanLeavesNoRows() throws Exception {
        Production before = WorkspaceFixtures.sample();
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            workspace.create(before);
            Production full = ShootFixtures.withFullShootPlan(before);
            workspace.update(before, full);
            assertEquals(full, workspace.load(before.id()).orElseThrow());

            // A drag: the first day's strip joins the second day.
            List<BoardDay> board = new ArrayList<>(full.shootPlan().board());
            List<SceneId> merged = new ArrayList<>(board.get(1).strips());
            merged.addAll(board.get(0).strips());
            board.set(1, board.get(1).withStrips(merged));
            board.remove(0);
            Production dragged = full.withShootPlan(full.shootPlan().withBoard(board).withEmergencyContact("112"));
            workspace.update(full, dragged);
            assertEquals(dragged, workspace.load(before.id()).orElseThrow());

            Production emptied = dragged.withShootPlan(ShootPlan.EMPTY);
            workspace.update(dragged, emptied);
            assertEquals(emptied, workspace.load(before.id()).orElseThrow());
        }
    }
}
