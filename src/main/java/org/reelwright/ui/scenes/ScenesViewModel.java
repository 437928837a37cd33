package org.reelwright.ui.scenes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.app.Planning;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Scenario;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;

/**
 * The scenes and shots of the open production: which scene is selected (none = all scenes), the filters (location,
 * VFX level, method, flagged only), the rows they leave with each shot's flags, and the editing commands — every
 * one an undoable {@link Edit}. Flags come from the current plan's estimate, recomputed in the background.
 */
public final class ScenesViewModel {
    private final Supplier<Planning> planning;
    private final LatestOnly latestFlags;
    private final Messages messages;
    private final ReadOnlyObjectProperty<Production> production;
    private final Consumer<Edit> edits;
    private final ObjectProperty<SceneId> selectedScene = new SimpleObjectProperty<>();
    private final ObjectProperty<String> locationFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<VfxLevel> vfxFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ProductionMethod> methodFilter = new SimpleObjectProperty<>();
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(false);
    private final ObservableList<ShotRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rowSummary = new ReadOnlyStringWrapper("");
    private Map<String, List<RiskFlag>> flagsByShot = Map.of();
    /** The scenes the rows were made from, in order, and where each one's rows start (one more entry: the end). */
    private List<Scene> rowScenes = List.of();
    private int[] rowStarts = {0};
    /** Set while several filters change together, so the rows are rebuilt once at the end. */
    private boolean batching;

    public ScenesViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages,
            ReadOnlyObjectProperty<Production> production, Consumer<Edit> edits) {
        this.planning = planning;
        this.latestFlags = new LatestOnly(work);
        this.messages = messages;
        this.production = production;
        this.edits = edits;
        production.addListener((obs, old, now) -> changed(old, now));
        selectedScene.addListener((obs, old, now) -> refreshRowsUnlessBatching());
        locationFilter.addListener((obs, old, now) -> refreshRowsUnlessBatching());
        vfxFilter.addListener((obs, old, now) -> refreshRowsUnlessBatching());
        methodFilter.addListener((obs, old, now) -> refreshRowsUnlessBatching());
        flaggedOnly.addListener((obs, old, now) -> refreshRowsUnlessBatching());
        changed(null, production.get());
    }

    public ReadOnlyObjectProperty<Production> productionProperty() {
        return production;
    }

    /** The scene whose shots are listed; null lists the shots of every scene. */
    public ObjectProperty<SceneId> selectedSceneProperty() {
        return selectedScene;
    }

    public ObjectProperty<String> locationFilterProperty() {
        return locationFilter;
    }

    public ObjectProperty<VfxLevel> vfxFilterProperty() {
        return vfxFilter;
    }

    public ObjectProperty<ProductionMethod> methodFilterProperty() {
        return methodFilter;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public ObservableList<ShotRow> rows() {
        return rows;
    }

    /** The scenes' locations, for the location filter. */
    public ObservableList<String> locations() {
        return locations;
    }

    /** "12 of 43 shots", or the scene's heading. */
    public ReadOnlyStringProperty rowSummaryProperty() {
        return rowSummary.getReadOnlyProperty();
    }

    /** Clears every filter, rebuilding the rows once rather than once per filter. */
    public void clearFilters() {
        boolean outer = batching;
        batching = true;
        try {
            locationFilter.set(null);
            vfxFilter.set(null);
            methodFilter.set(null);
            flaggedOnly.set(false);
        } finally {
            batching = outer;
        }
        if (!outer) {
            refreshRows();
        }
    }

    // ---- commands

    /** Adds a shot after the given one (or at the end of the selected scene, or of the first scene). */
    public void addShot(ShotId after) {
        Production p = production.get();
        if (p == null || p.scenes().isEmpty()) {
            return;
        }
        if (after != null) {
            Scene scene = p.sceneOf(after).orElseThrow();
            edits.accept(Edits.addShot(scene.id(), indexOf(scene, after)));
            return;
        }
        SceneId target = selectedScene.get() != null ? selectedScene.get() : p.scenes().get(0).id();
        Scene scene = p.scene(target).orElseThrow();
        edits.accept(Edits.addShot(target, scene.shots().size() - 1));
    }

    /**
     * Copies {@code shots}, each right after its original.
     *
     * @return the copies' ids, for the view to select them (the user goes on with what they just made)
     */
    public List<ShotId> duplicate(List<ShotId> shots) {
        if (shots.isEmpty() || production.get() == null) {
            return List.of();
        }
        java.util.Set<ShotId> before = shotIds(production.get());
        edits.accept(Edits.duplicateShots(shots));
        return production.get().scenes().stream().flatMap(scene -> scene.shots().stream()).map(Shot::id)
                .filter(id -> !before.contains(id)).toList();
    }

    private static java.util.Set<ShotId> shotIds(Production p) {
        return p.scenes().stream().flatMap(scene -> scene.shots().stream()).map(Shot::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The VFX filter's choices: null first, meaning any level, so a chosen level can be undone in the list. */
    public List<VfxLevel> vfxChoices() {
        List<VfxLevel> choices = new java.util.ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(VfxLevel.values()));
        return choices;
    }

    public void delete(List<ShotId> shots) {
        if (!shots.isEmpty()) {
            edits.accept(Edits.deleteShots(shots));
        }
    }

    /** Moves a shot within its scene to the position another shot has now (drag and drop). */
    public void moveBefore(ShotId moving, ShotId target) {
        Production p = production.get();
        Scene scene = p.sceneOf(moving).orElse(null);
        if (scene == null || target == null || moving.equals(target) || scene.shot(target).isEmpty()) {
            return;
        }
        edits.accept(Edits.moveShot(moving, indexOf(scene, target)));
    }

    /** One shot edited in place, e.g. its duration typed in the table. */
    public void edit(Shot edited, String field) {
        edits.accept(Edits.changeShot(edited, field));
    }

    /** The same change to every selected shot (multi-select edit of a column). */
    public void editAll(List<ShotId> shots, String field, UnaryOperator<Shot> change) {
        if (!shots.isEmpty()) {
            edits.accept(Edits.changeShots(shots, field, change));
        }
    }

    public void addScene() {
        edits.accept(Edits.addScene(new SceneHeading(IntExt.INT, messages.get("scenes.newLocation"),
                TimeOfDay.DAY)));
    }

    public void deleteScene(SceneId scene) {
        if (scene != null) {
            if (scene.equals(selectedScene.get())) {
                selectedScene.set(null);
            }
            edits.accept(Edits.deleteScene(scene));
        }
    }

    public void editScene(SceneId scene, String field, UnaryOperator<Scene> change) {
        edits.accept(Edits.changeScene(scene, field, change));
    }

    // ---- state

    private void changed(Production old, Production now) {
        if (now == null) {
            rows.clear();
            locations.clear();
            rowScenes = List.of();
            rowStarts = new int[] {0};
            return;
        }
        batching = true;
        try {
            if (old != null && !old.id().equals(now.id())) {
                selectedScene.set(null);
                clearFilters();
            }
            if (selectedScene.get() != null && now.scene(selectedScene.get()).isEmpty()) {
                selectedScene.set(null);
            }
        } finally {
            batching = false;
        }
        TreeSet<String> names = new TreeSet<>();
        now.scenes().forEach(s -> names.add(s.heading().location()));
        if (!locations.equals(new ArrayList<>(names))) {
            locations.setAll(names);
        }
        if (old != null && old.id().equals(now.id()) && sameSceneOrder(now)) {
            refreshChangedScenes(now);
        } else {
            refreshRows();
        }
        refreshFlags(now);
    }

    private boolean sameSceneOrder(Production now) {
        if (rowScenes.size() != now.scenes().size()) {
            return false;
        }
        for (int i = 0; i < rowScenes.size(); i++) {
            if (!rowScenes.get(i).id().equals(now.scenes().get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * After an edit that kept the scenes and their order: remakes the rows of the scenes whose object changed (an
     * edit replaces only its own scene) and leaves every other row alone, so the FX thread's share of a typed
     * duration does not grow with the production's 10,000 shots.
     */
    private void refreshChangedScenes(Production now) {
        int[] starts = new int[now.scenes().size() + 1];
        int shift = 0;
        for (int i = 0; i < now.scenes().size(); i++) {
            Scene after = now.scenes().get(i);
            int from = rowStarts[i] + shift;
            int to = rowStarts[i + 1] + shift;
            starts[i] = from;
            if (rowScenes.get(i) != after) {
                List<ShotRow> made = sceneRows(after);
                if (made.size() == to - from) {
                    for (int k = 0; k < made.size(); k++) {
                        if (!sameRow(rows.get(from + k), made.get(k))) {
                            rows.set(from + k, made.get(k));
                        }
                    }
                } else {
                    rows.remove(from, to);
                    rows.addAll(from, made);
                    shift += made.size() - (to - from);
                }
            }
        }
        starts[now.scenes().size()] = rowStarts[rowStarts.length - 1] + shift;
        rowScenes = now.scenes();
        rowStarts = starts;
        showSummary(now);
    }

    private static boolean sameRow(ShotRow before, ShotRow after) {
        return before.shot() == after.shot() && before.scene() == after.scene()
                && before.flags().equals(after.flags());
    }

    /** The rows a scene gives under the selection and filters (none when another scene is selected). */
    private List<ShotRow> sceneRows(Scene scene) {
        if (selectedScene.get() != null && !scene.id().equals(selectedScene.get())
                || locationFilter.get() != null && !scene.heading().location().equals(locationFilter.get())) {
            return List.of();
        }
        List<ShotRow> made = new ArrayList<>();
        for (Shot shot : scene.shots()) {
            List<RiskFlag> flags = flagsByShot.getOrDefault(shot.id().toString(), List.of());
            if (vfxFilter.get() != null && shot.vfx() != vfxFilter.get()
                    || methodFilter.get() != null && shot.method() != methodFilter.get()
                    || flaggedOnly.get() && flags.isEmpty()) {
                continue;
            }
            made.add(new ShotRow(shot, scene, flags));
        }
        return made;
    }

    /** "12 of 43 shots": the shots of the selected scene (or all), and how many the filters leave. */
    private void showSummary(Production p) {
        int total = 0;
        for (Scene scene : p.scenes()) {
            if (selectedScene.get() == null || scene.id().equals(selectedScene.get())) {
                total += scene.shots().size();
            }
        }
        rowSummary.set(rows.size() == total ? messages.get("scenes.rows", total)
                : messages.get("scenes.rowsFiltered", rows.size(), total));
    }

    /** New flags change the rows whose flags changed; with "flagged only" on they may change which rows show. */
    private void showFlags() {
        if (flaggedOnly.get()) {
            refreshRows();
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            ShotRow row = rows.get(i);
            List<RiskFlag> flags = flagsByShot.getOrDefault(row.shot().id().toString(), List.of());
            if (!flags.equals(row.flags())) {
                rows.set(i, new ShotRow(row.shot(), row.scene(), flags));
            }
        }
    }

    /** Flags need the estimate's lines and drivers, not its simulation (Planning.deterministicEstimate). */
    private void refreshFlags(Production now) {
        latestFlags.run(messages.get("work.comparing"),
                () -> planning.get().deterministicEstimate(now, Scenario.CURRENT).flags(), flags -> {
                    Map<String, List<RiskFlag>> byShot = new HashMap<>();
                    for (RiskFlag f : flags) {
                        byShot.computeIfAbsent(f.subjectId(), k -> new ArrayList<>()).add(f);
                    }
                    flagsByShot = byShot;
                    showFlags();
                }, e -> { }); // without flags the rows still show; the Risks panel reports the failure
    }

    private void refreshRowsUnlessBatching() {
        if (!batching) {
            refreshRows();
        }
    }

    private void refreshRows() {
        Production p = production.get();
        if (p == null) {
            return;
        }
        List<ShotRow> list = new ArrayList<>();
        int[] starts = new int[p.scenes().size() + 1];
        for (int i = 0; i < p.scenes().size(); i++) {
            starts[i] = list.size();
            list.addAll(sceneRows(p.scenes().get(i)));
        }
        starts[p.scenes().size()] = list.size();
        showRows(list);
        rowScenes = p.scenes();
        rowStarts = starts;
        showSummary(p);
    }

    /**
     * Puts the new rows in the table, replacing only the rows whose shot, scene or flags changed when the same shots
     * are listed in the same order (an edit of a cell, a scene's heading, new flags). Replacing all 10,000 rows for
     * one typed duration made the table drop and re-create every cell's state and the selection on each edit.
     */
    private void showRows(List<ShotRow> list) {
        if (list.size() != rows.size()) {
            rows.setAll(list);
            return;
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ShotRow before = rows.get(i);
            ShotRow after = list.get(i);
            if (!before.shot().id().equals(after.shot().id())) {
                rows.setAll(list); // added, removed or moved shots: the order itself changed
                return;
            }
            if (!sameRow(before, after)) {
                changed.add(i);
            }
        }
        if (changed.size() > list.size() / 2) {
            rows.setAll(list);
            return;
        }
        for (int i : changed) {
            rows.set(i, list.get(i));
        }
    }

    private static int indexOf(Scene scene, ShotId id) {
        for (int i = 0; i < scene.shots().size(); i++) {
            if (scene.shots().get(i).id().equals(id)) {
                return i;
            }
        }
        return scene.shots().size() - 1;
    }

    /** Locale-independent upper-casing for locations typed by the user. */
    static String location(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
