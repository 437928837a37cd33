package org.reelwright.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.PayTerms;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.Workflow;

/** The edits the window offers, each with the label Undo and Redo show. */
public final class Edits {
    private Edits() {
    }

    public static Edit setWorkflow(StageId stage, Workflow workflow) {
        return Edit.of("edit.workflow", p -> {
            StagePlan plan = p.stage(stage);
            return plan.workflow() == workflow ? p : p.withStage(plan.withWorkflow(workflow));
        }, stage, workflow);
    }

    /** Replaces a shot (found by id) with an edited copy; {@code field} names what changed, for the label. */
    public static Edit changeShot(Shot edited, String field) {
        return Edit.of("edit.shot", p -> p.withShot(edited), edited.number(), field);
    }

    /** Makes {@code link.after()} wait for {@code link.before()}; a link that closes a cycle is refused. */
    public static Edit addDependency(StageDependency link) {
        return Edit.of("edit.addDependency", p -> {
            List<StageDependency> links = new ArrayList<>(p.dependencies());
            links.removeIf(d -> d.before() == link.before() && d.after() == link.after());
            links.add(link);
            return p.withDependencies(links);
        }, link.before(), link.after());
    }

    public static Edit removeDependency(StageDependency link) {
        return Edit.of("edit.removeDependency", p -> p.withDependencies(p.dependencies().stream()
                .filter(d -> !d.equals(link)).toList()), link.before(), link.after());
    }

    /** Applies the same change to several shots at once (e.g. mark 12 shots as AI image-to-video). */
    public static Edit changeShots(List<ShotId> shots, String field, UnaryOperator<Shot> change) {
        return Edit.of("edit.shots", p -> {
            Production result = p;
            for (ShotId id : shots) {
                Scene scene = result.sceneOf(id).orElseThrow(() -> new IllegalArgumentException("no shot " + id));
                result = result.withShot(change.apply(scene.shot(id).orElseThrow()));
            }
            return result;
        }, shots.size(), field);
    }

    /** Adds a shot to a scene after the given position (or at the end), numbered after the scene's last shot. */
    public static Edit addShot(SceneId sceneId, int afterIndex) {
        return Edit.of("edit.addShot", p -> {
            Scene scene = scene(p, sceneId);
            List<Shot> shots = new ArrayList<>(scene.shots());
            Shot added = Shot.starter(nextShotNumber(scene), "", 5);
            shots.add(Math.max(0, Math.min(afterIndex + 1, shots.size())), added);
            return p.withScene(scene.withShots(shots));
        }, "");
    }

    /** Copies shots right after themselves, each with a new id and the next free number. */
    public static Edit duplicateShots(List<ShotId> ids) {
        return Edit.of("edit.duplicateShots", p -> {
            Production result = p;
            for (ShotId id : ids) {
                Scene scene = result.sceneOf(id).orElseThrow(() -> new IllegalArgumentException("no shot " + id));
                List<Shot> shots = new ArrayList<>(scene.shots());
                Shot original = scene.shot(id).orElseThrow();
                Shot copy = new Shot(ShotId.random(), nextShotNumber(scene), original.description(), original.size(),
                        original.movement(), original.durationSeconds(), original.vfx(), original.method(),
                        original.realisticFaces(), original.notes());
                shots.add(shots.indexOf(original) + 1, copy);
                result = result.withScene(scene.withShots(shots));
            }
            return result;
        }, ids.size());
    }

    public static Edit deleteShots(List<ShotId> ids) {
        return Edit.of("edit.deleteShots", p -> {
            Production result = p;
            for (ShotId id : ids) {
                Scene scene = result.sceneOf(id).orElseThrow(() -> new IllegalArgumentException("no shot " + id));
                result = result.withScene(scene.withShots(scene.shots().stream().filter(s -> !s.id().equals(id))
                        .toList()));
            }
            return result;
        }, ids.size());
    }

    /** Moves a shot to another position in its scene (drag and drop in the shot list). */
    public static Edit moveShot(ShotId id, int newIndex) {
        return Edit.of("edit.moveShot", p -> {
            Scene scene = p.sceneOf(id).orElseThrow(() -> new IllegalArgumentException("no shot " + id));
            List<Shot> shots = new ArrayList<>(scene.shots());
            Shot shot = scene.shot(id).orElseThrow();
            shots.remove(shot);
            shots.add(Math.max(0, Math.min(newIndex, shots.size())), shot);
            return p.withScene(scene.withShots(shots));
        }, "");
    }

    /** A new scene after the last, numbered next, with one starter shot. */
    public static Edit addScene(SceneHeading heading) {
        return Edit.of("edit.addScene", p -> {
            int next = p.scenes().stream().map(Scene::number).filter(n -> n.matches("\\d+"))
                    .mapToInt(Integer::parseInt).max().orElse(0) + 1;
            String number = Integer.toString(next);
            List<Scene> scenes = new ArrayList<>(p.scenes());
            scenes.add(new Scene(SceneId.random(), number, heading, 8, List.of(), "",
                    List.of(Shot.starter(number + "A", "", 5))));
            return p.withScenes(scenes);
        }, heading.text());
    }

    public static Edit deleteScene(SceneId id) {
        return Edit.of("edit.deleteScene", p -> p.withScenes(p.scenes().stream().filter(s -> !s.id().equals(id))
                .toList()), "");
    }

    public static Edit changeScene(SceneId id, String field, UnaryOperator<Scene> change) {
        return Edit.of("edit.scene", p -> p.withScene(change.apply(scene(p, id))), field);
    }

    /** The next free shot number of a scene: after 12C comes 12D; otherwise the scene number and a letter. */
    static String nextShotNumber(Scene scene) {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            String candidate = scene.number() + letter;
            boolean taken = scene.shots().stream().anyMatch(s -> s.number().equalsIgnoreCase(candidate));
            if (!taken) {
                return candidate;
            }
        }
        int n = scene.shots().size() + 1;
        while (true) {
            String candidate = scene.number() + "." + n;
            if (scene.shots().stream().noneMatch(s -> s.number().equalsIgnoreCase(candidate))) {
                return candidate;
            }
            n++;
        }
    }

    private static Scene scene(Production p, SceneId id) {
        if (p == null) {
            return null;
        }
        return p.scene(id).orElseThrow(() -> new IllegalArgumentException("no scene " + id));
    }

    /**
     * Changes production-level fields (title, genre, currency, calendar…).
     *
     * @param field the field's name as the user sees it, for the Undo label
     */
    public static Edit changeProduction(String field, UnaryOperator<Production> change) {
        return Edit.of("edit.production", change, field);
    }

    /** Changes one stage's plan (workflow, AI tool, AI share, team size, iteration allowance…). */
    public static Edit changeStage(StageId stage, String field, UnaryOperator<StagePlan> change) {
        return Edit.of("edit.stage", p -> p.withStage(change.apply(p.stage(stage))), stage, field);
    }

    /**
     * Puts the user's own figure for a benchmark on a stage's plan (replacing an earlier one). Kept on the
     * benchmark's home stage, it holds for every stage that uses the rate; the library's figure is kept.
     */
    public static Edit setRateOverride(StageId stage, RateOverride override) {
        return Edit.of("edit.override", p -> {
            StagePlan plan = p.stage(stage);
            List<RateOverride> overrides = new ArrayList<>(plan.rateOverrides());
            overrides.removeIf(o -> o.benchmarkId().equals(override.benchmarkId()));
            overrides.add(override);
            return p.withStage(plan.withRateOverrides(overrides));
        }, override.benchmarkId());
    }

    /** Goes back to the library's figure for a benchmark on a stage's plan. */
    public static Edit clearRateOverride(StageId stage, String benchmarkId) {
        return Edit.of("edit.clearOverride", p -> {
            StagePlan plan = p.stage(stage);
            return p.withStage(plan.withRateOverrides(plan.rateOverrides().stream()
                    .filter(o -> !o.benchmarkId().equals(benchmarkId)).toList()));
        }, benchmarkId);
    }

    /** Chooses the production-wide pay model; stages keep their own pay terms. */
    public static Edit setPayModel(PayModel model) {
        return Edit.of("edit.payModel", p -> p.payModel() == model ? p : p.withPayModel(model), model);
    }

    /** Sets how a stage meets one category of its costs; {@code term} null follows the production's pay model. */
    public static Edit setPayTerm(StageId stage, PayCategory category, PayTerm term) {
        UnaryOperator<Production> change = p -> {
            StagePlan plan = p.stage(stage);
            PayTerms terms = plan.payTerms().with(category, term);
            return terms.equals(plan.payTerms()) ? p : p.withStage(plan.withPayTerms(terms));
        };
        return term == null ? Edit.of("edit.payTermFollows", change, stage, category)
                : Edit.of("edit.payTerm", change, stage, category, term);
    }

    /** The whole production replaced (an imported shot list merged in, a version restored): a big change. */
    public static Edit replaceProduction(Production replacement, String labelKey) {
        return Edit.bigChange(labelKey, p -> replacement);
    }
}
