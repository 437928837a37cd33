package org.reelwright.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;

class OutlineItemsTest {
    private final Production production = SyntheticProductions.generate(20, 200, 7);

    @Test
    void theItemsFollowTheProductionInOrder() {
        TreeItem<Object> root = OutlineItems.root(production);
        assertEquals(production.scenes(), root.getChildren().stream().map(TreeItem::getValue).toList());
        for (int i = 0; i < production.scenes().size(); i++) {
            assertEquals(production.scenes().get(i).shots(),
                    root.getChildren().get(i).getChildren().stream().map(TreeItem::getValue).toList());
        }
    }

    @Test
    void anEditedShotChangesTheValuesOfItsSceneOnlyAndKeepsWhatTheUserOpened() {
        TreeItem<Object> root = OutlineItems.root(production);
        root.getChildren().get(3).setExpanded(true);
        List<TreeItem<Object>> before = new ArrayList<>(root.getChildren());
        List<TreeItem<Object>> shotItemsBefore = new ArrayList<>(root.getChildren().get(5).getChildren());
        int[] listChanges = {0};
        root.getChildren().addListener((javafx.collections.ListChangeListener<TreeItem<Object>>) c -> listChanges[0]++);
        Scene scene = production.scenes().get(5);
        Shot shot = scene.shots().get(1);
        Production edited = production.withShot(shot.withDurationSeconds(shot.durationSeconds() + 2));

        OutlineItems.update(root, edited);

        assertEquals(0, listChanges[0], "no scene was added, removed or moved");
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), root.getChildren().get(i));
            assertSame(edited.scenes().get(i), root.getChildren().get(i).getValue());
        }
        assertSame(shotItemsBefore.get(1), root.getChildren().get(5).getChildren().get(1));
        assertEquals(shot.durationSeconds() + 2,
                ((Shot) root.getChildren().get(5).getChildren().get(1).getValue()).durationSeconds());
        assertTrue(root.getChildren().get(3).isExpanded(), "an opened scene stays open");
    }

    @Test
    void addedAndRemovedScenesAndShotsAreFollowed() {
        TreeItem<Object> root = OutlineItems.root(production);
        List<Scene> scenes = new ArrayList<>(production.scenes());
        scenes.remove(2);
        Scene first = scenes.get(0);
        List<Shot> shots = new ArrayList<>(first.shots());
        shots.remove(0);
        scenes.set(0, first.withShots(shots));
        Production smaller = production.withScenes(scenes);

        OutlineItems.update(root, smaller);

        assertEquals(smaller.scenes(), root.getChildren().stream().map(TreeItem::getValue).toList());
        assertEquals(smaller.scenes().get(0).shots(),
                root.getChildren().get(0).getChildren().stream().map(TreeItem::getValue).toList());
    }
}
