package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.Production;
import org.reelwright.store.ProductionStore.SnapshotInfo;

/**
 * The crash test: a child JVM edits a production in a loop, acknowledging each edit after {@code update}
 * returned, and is killed with {@code destroyForcibly()} at seeded random moments — sometimes while it is still
 * starting, opening or creating, mostly in the middle of its edits. After every kill the workspace must open
 * without a damage notice, pass the full integrity check, and hold exactly the production after edit m, where m is
 * the last acknowledged edit or the one after it (committed, killed before it could say so).
 */
class WorkspaceCrashTest {
    private static final int KILLS = 24;
    private static final long SEED = 20_270_301L;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedEditSurvivesAKill() throws Exception {
        Random random = new Random(SEED);
        int acknowledged = 0;
        boolean created = false;
        int totalEdits = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            List<String> lines;
            try (ChildJvm child = ChildJvm.start("edit", folder.resolve("workspace"))) {
                if (kill % 6 == 1) {
                    // Anywhere from JVM start to the first edits: opening, migrating, creating.
                    Thread.sleep(random.nextInt(900));
                } else {
                    assertTrue(child.awaitLine("START", 30_000), "the child did not start: " + child.lines() + "\n"
                            + child.errors());
                    Thread.sleep(10 + random.nextInt(250));
                }
                lines = child.kill();
            }
            for (String line : lines) {
                if (line.equals("CREATED")) {
                    created = true;
                } else if (line.matches("ACK \\d+")) { // a line cut short by the kill may lack digits
                    acknowledged = Math.max(acknowledged, Integer.parseInt(line.substring(4)));
                }
            }
            totalEdits = verify(kill, created, acknowledged);
        }
        assertTrue(totalEdits >= KILLS, "the children got too little done to test anything: " + totalEdits
                + " edits");
    }

    /** @return how many edits the stored production holds */
    private int verify(int kill, boolean created, int acknowledged) throws Exception {
        OpenedWorkspace opened = SqliteWorkspace.open(folder.resolve("workspace"), WorkspaceFixtures.CODEC);
        try (SqliteWorkspace workspace = opened.workspace()) {
            String when = "after kill " + kill + " (last acknowledged edit " + acknowledged + ")";
            assertEquals(List.of(), opened.notices(), when);
            assertEquals(List.of("ok"), workspace.integrityCheck(), when);
            Production stored = workspace.load(CrashEdits.PRODUCTION).orElse(null);
            if (stored == null) {
                assertTrue(!created, "the created production is gone " + when);
                return 0;
            }
            int m = CrashEdits.editsIn(stored);
            assertTrue(m == acknowledged || m == acknowledged + 1, "the store holds edit " + m + " " + when);
            assertEquals(CrashEdits.after(m), stored, "the stored production differs from edit " + m + " " + when);
            List<SnapshotInfo> history = workspace.snapshots(CrashEdits.PRODUCTION);
            if (!history.isEmpty()) {
                workspace.loadSnapshot(history.get(0).id());
            }
            return m;
        }
    }
}
