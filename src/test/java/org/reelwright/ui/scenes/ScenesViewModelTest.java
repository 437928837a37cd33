package org.reelwright.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelwright.app.EditHistory;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.VfxLevel;
import org.reelwright.estimate.FlagCode;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

class ScenesViewModelTest {
    private static Planning planning;
    private static Production sample;
    private final EditHistory history = new EditHistory();
    private SimpleObjectProperty<Production> production;
    private ScenesViewModel model;

    @BeforeAll
    static void load() throws Exception {
        planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        try (InputStream in = ScenesViewModelTest.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    @BeforeEach
    void setUp() {
        production = new SimpleObjectProperty<>(sample);
        model = new ScenesViewModel(() -> planning, BackgroundWork.sameThread(), new Messages(Locale.ENGLISH),
                production, edit -> history.apply(production.get(), edit).ifPresent(e -> production.set(e.after())));
    }

    @Test
    void allScenesAreListedUntilOneIsSelected() {
        assertEquals(sample.shotCount(), model.rows().size());
        assertEquals("43 shots", model.rowSummaryProperty().get());
        Scene third = sample.scenes().get(2);
        model.selectedSceneProperty().set(third.id());
        assertEquals(third.shots(), model.rows().stream().map(ShotRow::shot).toList());
    }

    @Test
    void anEditReplacesOnlyTheRowsOfItsSceneNotTheWholeList() {
        List<ShotRow> before = List.copyOf(model.rows());
        List<javafx.collections.ListChangeListener.Change<? extends ShotRow>> changes = new java.util.ArrayList<>();
        model.rows().addListener((javafx.collections.ListChangeListener<ShotRow>) c -> {
            while (c.next()) {
                assertTrue(c.wasReplaced(), "a replacement, not a new list");
                assertEquals(1, c.getTo() - c.getFrom(), "one row at a time");
            }
            changes.add(c);
        });
        Scene scene = sample.scenes().get(1);
        Shot edited = scene.shots().get(0);
        model.edit(edited.withDurationSeconds(edited.durationSeconds() + 3), "duration");
        int sceneRows = scene.shots().size();
        assertTrue(changes.size() >= 1 && changes.size() <= sceneRows * 2, "rows of one scene: " + changes.size());
        for (int i = 0; i < before.size(); i++) {
            ShotRow now = model.rows().get(i);
            if (now.scene().id().equals(scene.id())) {
                continue;
            }
            assertTrue(before.get(i) == now, "row " + i + " of another scene is the same row object");
        }
        assertEquals(edited.durationSeconds() + 3, model.rows().stream().filter(r -> r.shot().id().equals(
                edited.id())).findFirst().orElseThrow().shot().durationSeconds());
    }

    @Test
    void rowsKeptUpScenebySceneEqualRowsMadeAfreshAfterRandomEditsUnderEveryFilter() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 60; round++) {
            switch (random.nextInt(4)) {
                case 0 -> model.vfxFilterProperty().set(random.nextBoolean() ? null : VfxLevel.NONE);
                case 1 -> model.methodFilterProperty().set(random.nextBoolean() ? null : ProductionMethod.LIVE_ACTION);
                case 2 -> model.selectedSceneProperty().set(random.nextBoolean() ? null
                        : production.get().scenes().get(random.nextInt(production.get().scenes().size())).id());
                default -> { }
            }
            Scene scene = production.get().scenes().get(random.nextInt(production.get().scenes().size()));
            Shot shot = scene.shots().get(random.nextInt(scene.shots().size()));
            switch (random.nextInt(4)) {
                case 0 -> model.edit(shot.withVfx(random.nextBoolean() ? VfxLevel.NONE : VfxLevel.SIMPLE), "vfx");
                case 1 -> model.edit(shot.withMethod(random.nextBoolean() ? ProductionMethod.LIVE_ACTION
                        : ProductionMethod.AI_IMAGE_TO_VIDEO), "method");
                case 2 -> model.addShot(shot.id());
                default -> model.delete(scene.shots().size() > 1 ? List.of(shot.id()) : List.of());
            }
            ScenesViewModel fresh = new ScenesViewModel(() -> planning, BackgroundWork.sameThread(),
                    new Messages(Locale.ENGLISH), new SimpleObjectProperty<>(production.get()), edit -> { });
            fresh.selectedSceneProperty().set(model.selectedSceneProperty().get());
            fresh.vfxFilterProperty().set(model.vfxFilterProperty().get());
            fresh.methodFilterProperty().set(model.methodFilterProperty().get());
            assertEquals(fresh.rows().stream().map(r -> r.shot().number()).toList(),
                    model.rows().stream().map(r -> r.shot().number()).toList(), "round " + round);
            assertTrue(fresh.rows().equals(model.rows()), "round " + round + ": same shots, scenes and flags");
            assertEquals(fresh.rowSummaryProperty().get(), model.rowSummaryProperty().get(), "round " + round);
        }
    }

    @Test
    void filtersNarrowTheRowsAndSayHowMany() {
        model.methodFilterProperty().set(ProductionMethod.AI_IMAGE_TO_VIDEO);
        assertTrue(model.rows().stream().allMatch(r -> r.shot().method() == ProductionMethod.AI_IMAGE_TO_VIDEO));
        assertTrue(model.rowSummaryProperty().get().matches("\\d+ of 43 shots"), model.rowSummaryProperty().get());
        model.clearFilters();
        model.vfxFilterProperty().set(VfxLevel.COMPLEX);
        assertEquals(3, model.rows().size());
        model.clearFilters();
        model.locationFilterProperty().set("NIGHT MARKET (夜市)");
        assertTrue(model.rows().stream().allMatch(r -> r.scene().heading().location().equals("NIGHT MARKET (夜市)")));
        model.clearFilters();
        model.flaggedOnlyProperty().set(true);
        assertTrue(model.rows().stream().anyMatch(r -> r.flags().stream()
                .anyMatch(f -> f.code() == FlagCode.UNCANNY_VALLEY)), "the crowd shot with faces is flagged");
        assertTrue(model.rows().stream().noneMatch(r -> r.flags().isEmpty()));
    }

    @Test
    void twelveShotsBecomeAiImageToVideoInOneUndoableEdit() {
        List<ShotId> twelve = model.rows().stream().filter(r -> r.shot().method() == ProductionMethod.LIVE_ACTION)
                .limit(12).map(r -> r.shot().id()).toList();
        assertEquals(12, twelve.size());
        model.editAll(twelve, "method", s -> s.withMethod(ProductionMethod.AI_IMAGE_TO_VIDEO));
        for (ShotId id : twelve) {
            assertEquals(ProductionMethod.AI_IMAGE_TO_VIDEO, shot(id).method());
        }
        assertEquals(List.of(12, "method"), history.nextUndo().orElseThrow().labelArgs());
        production.set(history.undo().orElseThrow().before());
        assertEquals(sample, production.get());
    }

    @Test
    void addDuplicateMoveAndDeleteShots() {
        Scene first = sample.scenes().get(0);
        Shot a = first.shots().get(0);
        model.addShot(a.id());
        Scene after = production.get().scene(first.id()).orElseThrow();
        assertEquals(first.shots().size() + 1, after.shots().size());
        assertEquals("1E", after.shots().get(1).number(), "numbered after the scene's last shot (1D)");
        model.duplicate(List.of(a.id()));
        Scene duplicated = production.get().scene(first.id()).orElseThrow();
        Shot copy = duplicated.shots().get(1);
        assertEquals(a.description(), copy.description());
        assertFalse(copy.id().equals(a.id()));
        Shot last = duplicated.shots().get(duplicated.shots().size() - 1);
        model.moveBefore(last.id(), a.id());
        assertEquals(last.id(), production.get().scene(first.id()).orElseThrow().shots().get(0).id());
        model.delete(List.of(a.id(), copy.id()));
        assertTrue(production.get().scene(first.id()).orElseThrow().shot(a.id()).isEmpty());
    }

    @Test
    void aNewSceneGetsTheNextNumberAndAStarterShot() {
        model.addScene();
        Scene added = production.get().scenes().get(production.get().scenes().size() - 1);
        assertEquals("11", added.number());
        assertEquals(List.of("11A"), added.shots().stream().map(Shot::number).toList());
        model.deleteScene(added.id());
        assertEquals(sample.scenes().size(), production.get().scenes().size());
    }

    private Shot shot(ShotId id) {
        return production.get().sceneOf(id).orElseThrow().shot(id).orElseThrow();
    }
}
