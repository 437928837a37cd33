package org.reelwright.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.StageId;
import org.reelwright.domain.VfxLevel;

/**
 * The edit script of the crash test, shared by the child that applies it and the parent that checks the result:
 * the production after {@code n} edits is a pure function of {@code n}, and edit {@code n} writes "edit n" into the
 * logline so the stored state says how far it got. Edits mix the shapes the workspace writes: shot changes,
 * inserts at the front (shifting positions), deletes, moves between scenes, stage plan changes.
 */
final class CrashEdits {
    static final ProductionId PRODUCTION = new ProductionId(UUID.fromString("0c4a5c1e-0000-4000-8000-00000000c4a5"));

    private CrashEdits() {
    }

    static Production initial() {
        return WorkspaceFixtures.synthetic(12, 120, 42, PRODUCTION);
    }

    /** The number of edits the stored production has seen, from its logline. */
    static int editsIn(Production p) {
        return p.logline().startsWith("edit ") ? Integer.parseInt(p.logline().substring(5)) : 0;
    }

    static Production after(int edits) {
        Production p = initial();
        for (int n = 1; n <= edits; n++) {
            p = apply(p, n);
        }
        return p;
    }

    static Production apply(Production before, int n) {
        Production p = before.withLogline("edit " + n);
        int sceneIndex = n % p.scenes().size();
        Scene scene = p.scenes().get(sceneIndex);
        List<Shot> shots = new ArrayList<>(scene.shots());
        switch (n % 7) {
            case 3 -> shots.add(0, new Shot(new ShotId(new UUID(0xC4A5L, n)), "E" + n, "Added by edit " + n,
                    ShotSize.CLOSE_UP, CameraMovement.STATIC, 2.5, VfxLevel.NONE, ProductionMethod.LIVE_ACTION,
                    true, ""));
            case 4 -> {
                if (shots.size() > 3) {
                    shots.remove(shots.size() / 2);
                }
            }
            case 5 -> {
                if (shots.size() > 1) {
                    // Both scenes change in one step: a shot may not be in two scenes even for a moment.
                    Shot moving = shots.remove(0);
                    int nextIndex = (sceneIndex + 1) % p.scenes().size();
                    Scene next = p.scenes().get(nextIndex);
                    List<Shot> there = new ArrayList<>(next.shots());
                    there.add(moving);
                    List<Scene> scenes = new ArrayList<>(p.scenes());
                    scenes.set(sceneIndex, scene.withShots(shots));
                    scenes.set(nextIndex, next.withShots(there));
                    return p.withScenes(scenes);
                }
            }
            case 6 -> {
                return p.withStage(p.stage(StageId.EDITING).withTeamSize(1 + n % 9));
            }
            default -> {
                if (!shots.isEmpty()) {
                    int k = n % shots.size();
                    shots.set(k, shots.get(k).withDurationSeconds(1 + (n % 97) / 10.0));
                }
            }
        }
        return p.withScene(scene.withShots(shots));
    }
}
