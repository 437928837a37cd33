package org.reelwright.store.sqlite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reelwright.domain.Production;
import org.reelwright.domain.ShootPlan;
import org.reelwright.domain.ProductionId;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;

/**
 * The rows an edit has to write: what differs between a production as stored ({@code before}) and as edited
 * ({@code after}). Edits share every untouched scene and shot object with the production they came from, so a
 * scene or shot that is the same object is skipped at once; a different object is compared by value and written
 * only when its own columns differ. A scene or shot whose content is unchanged but whose place changed (reordered,
 * moved to another scene, shifted by an insert) is a move, which rewrites only its position. The disclosure register
 * is compared by identity first (a shot edit shares it) and rewritten whole when it changed. Pure: no database.
 */
record ProductionChanges(ProductionId production, boolean fieldsChanged, boolean exchangeRatesChanged,
        boolean dependenciesChanged, List<StagePlan> changedStagePlans, List<StagePlan> changedRateOverrides,
        List<PlacedScene> insertedScenes, List<PlacedScene> updatedScenes, List<SceneMove> movedScenes,
        List<SceneId> deletedScenes, List<PlacedShot> insertedShots, List<PlacedShot> updatedShots,
        List<ShotMove> movedShots, List<ShotId> deletedShots, boolean disclosureChanged,
        ShootPlan shootPlanBefore) {

    /** A scene with the position it takes among the production's scenes. */
    record PlacedScene(Scene scene, int position) {
    }

    record SceneMove(SceneId scene, int position) {
    }

    /** A shot with the scene it belongs to and its position there. */
    record PlacedShot(Shot shot, SceneId scene, int position) {
    }

    record ShotMove(ShotId shot, SceneId scene, int position) {
    }

    ProductionChanges {
        changedStagePlans = List.copyOf(changedStagePlans);
        changedRateOverrides = List.copyOf(changedRateOverrides);
        insertedScenes = List.copyOf(insertedScenes);
        updatedScenes = List.copyOf(updatedScenes);
        movedScenes = List.copyOf(movedScenes);
        deletedScenes = List.copyOf(deletedScenes);
        insertedShots = List.copyOf(insertedShots);
        updatedShots = List.copyOf(updatedShots);
        movedShots = List.copyOf(movedShots);
        deletedShots = List.copyOf(deletedShots);
    }

    /**
     * @throws IllegalArgumentException when the two are not versions of the same production
     */
    static ProductionChanges between(Production before, Production after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an edit cannot turn production " + before.id() + " into "
                    + after.id());
        }
        List<StagePlan> plans = new ArrayList<>();
        List<StagePlan> overrides = new ArrayList<>();
        for (StageId stage : StageId.values()) {
            StagePlan old = before.stage(stage);
            StagePlan now = after.stage(stage);
            if (old != now) {
                if (!samePlanColumns(old, now)) {
                    plans.add(now);
                }
                if (!old.rateOverrides().equals(now.rateOverrides())) {
                    overrides.add(now);
                }
            }
        }
        SceneDiff scenes = new SceneDiff(before, after);
        return new ProductionChanges(after.id(), !sameProductionColumns(before, after),
                !before.exchangeRates().perUnit().equals(after.exchangeRates().perUnit()),
                !before.dependencies().equals(after.dependencies()), plans, overrides, scenes.inserted,
                scenes.updated, scenes.moved, scenes.deleted, scenes.insertedShots, scenes.updatedShots,
                scenes.movedShots, scenes.deletedShots,
                before.disclosure() != after.disclosure() && !before.disclosure().equals(after.disclosure()),
                before.shootPlan().equals(after.shootPlan()) ? null : before.shootPlan());
    }

    boolean isEmpty() {
        return !fieldsChanged && !exchangeRatesChanged && !dependenciesChanged && changedStagePlans.isEmpty()
                && changedRateOverrides.isEmpty() && insertedScenes.isEmpty() && updatedScenes.isEmpty()
                && movedScenes.isEmpty() && deletedScenes.isEmpty() && shotRows() == 0 && !disclosureChanged
                && shootPlanBefore == null;
    }

    /** How many shot rows the edit writes (inserts, updates, moves and deletes). */
    int shotRows() {
        return insertedShots.size() + updatedShots.size() + movedShots.size() + deletedShots.size();
    }

    /** How many scene rows the edit writes. */
    int sceneRows() {
        return insertedScenes.size() + updatedScenes.size() + movedScenes.size() + deletedScenes.size();
    }

    private static boolean sameProductionColumns(Production a, Production b) {
        return a.title().equals(b.title()) && a.logline().equals(b.logline()) && a.genre() == b.genre()
                && a.visualStyle() == b.visualStyle()
                && Double.compare(a.targetRuntimeMinutes(), b.targetRuntimeMinutes()) == 0
                && a.currency().equals(b.currency()) && a.startDate().equals(b.startDate())
                && a.workingDays().equals(b.workingDays()) && a.holidays().equals(b.holidays())
                && Double.compare(a.contingencyPercent(), b.contingencyPercent()) == 0
                && a.dubbingLanguages().equals(b.dubbingLanguages())
                && a.subtitleLanguages().equals(b.subtitleLanguages())
                && a.festivalSubmissions() == b.festivalSubmissions() && a.payModel() == b.payModel()
                && a.author().equals(b.author()) && a.draftDate().equals(b.draftDate());
    }

    private static boolean samePlanColumns(StagePlan a, StagePlan b) {
        return a.workflow() == b.workflow() && a.aiTool() == b.aiTool()
                && Double.compare(a.aiShare(), b.aiShare()) == 0 && a.teamSize() == b.teamSize()
                && Double.compare(a.iterationAllowance(), b.iterationAllowance()) == 0
                && a.realPerformerLikeness() == b.realPerformerLikeness() && a.payTerms().equals(b.payTerms());
    }

    private static boolean sameSceneColumns(Scene a, Scene b) {
        return a.number().equals(b.number()) && a.heading().equals(b.heading())
                && a.lengthEighths() == b.lengthEighths() && a.characters().equals(b.characters())
                && a.synopsis().equals(b.synopsis());
    }

    /**
     * Walks the scenes once. Only scenes that are not the very same object before and after can have different
     * shots, so shots are compared within those alone; a shot that moves between scenes changes both, which is
     * why the shots of all changed scenes are matched together by id.
     */
    private static final class SceneDiff {
        private final List<PlacedScene> inserted = new ArrayList<>();
        private final List<PlacedScene> updated = new ArrayList<>();
        private final List<SceneMove> moved = new ArrayList<>();
        private final List<SceneId> deleted = new ArrayList<>();
        private final List<PlacedShot> insertedShots = new ArrayList<>();
        private final List<PlacedShot> updatedShots = new ArrayList<>();
        private final List<ShotMove> movedShots = new ArrayList<>();
        private final List<ShotId> deletedShots = new ArrayList<>();

        private record Place(Shot shot, SceneId scene, int position) {
        }

        SceneDiff(Production before, Production after) {
            Map<SceneId, Integer> oldPositions = new HashMap<>();
            List<Scene> oldScenes = before.scenes();
            for (int i = 0; i < oldScenes.size(); i++) {
                oldPositions.put(oldScenes.get(i).id(), i);
            }
            Map<ShotId, Place> oldShots = new LinkedHashMap<>();
            List<Scene> changedAfter = new ArrayList<>();
            List<Scene> newScenes = after.scenes();
            for (int i = 0; i < newScenes.size(); i++) {
                Scene scene = newScenes.get(i);
                Integer oldPosition = oldPositions.remove(scene.id());
                if (oldPosition == null) {
                    inserted.add(new PlacedScene(scene, i));
                    changedAfter.add(scene);
                    continue;
                }
                Scene old = oldScenes.get(oldPosition);
                if (old != scene && !sameSceneColumns(old, scene)) {
                    updated.add(new PlacedScene(scene, i));
                } else if (oldPosition != i) {
                    moved.add(new SceneMove(scene.id(), i));
                }
                if (old != scene && !old.shots().equals(scene.shots())) {
                    placeOldShots(old, oldShots);
                    changedAfter.add(scene);
                }
            }
            for (Scene old : oldScenes) {
                if (oldPositions.containsKey(old.id())) {
                    deleted.add(old.id());
                    placeOldShots(old, oldShots);
                }
            }
            for (Scene scene : changedAfter) {
                List<Shot> shots = scene.shots();
                for (int k = 0; k < shots.size(); k++) {
                    Shot shot = shots.get(k);
                    Place old = oldShots.remove(shot.id());
                    if (old == null) {
                        insertedShots.add(new PlacedShot(shot, scene.id(), k));
                    } else if (old.shot() != shot && !old.shot().equals(shot)) {
                        updatedShots.add(new PlacedShot(shot, scene.id(), k));
                    } else if (!old.scene().equals(scene.id()) || old.position() != k) {
                        movedShots.add(new ShotMove(shot.id(), scene.id(), k));
                    }
                }
            }
            deletedShots.addAll(oldShots.keySet());
        }

        private static void placeOldShots(Scene scene, Map<ShotId, Place> into) {
            List<Shot> shots = scene.shots();
            for (int k = 0; k < shots.size(); k++) {
                into.put(shots.get(k).id(), new Place(shots.get(k), scene.id(), k));
            }
        }
    }
}
