package org.reelwright.ui.scenes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;

/**
 * Brings the outline's items up to date with a new version of the production, keeping every item whose scene or
 * shot is still there. An edit replaces one scene object (the domain is immutable), so after a typed duration only
 * that scene's items get a new value; the other 10,000 items, their expanded state and the selection stay. Building
 * the tree anew on every edit cost the FX thread tens of milliseconds at 10,000 shots and collapsed what the user
 * had opened.
 */
final class OutlineItems {
    private OutlineItems() {
    }

    /** A new root for a production shown for the first time. */
    static TreeItem<Object> root(Production production) {
        TreeItem<Object> root = new TreeItem<>(production);
        root.setExpanded(true);
        update(root, production);
        return root;
    }

    /** Makes {@code root}'s items show {@code production}, reusing the items of scenes and shots still in it. */
    static void update(TreeItem<Object> root, Production production) {
        root.setValue(production);
        if (production == null) {
            root.getChildren().clear();
            return;
        }
        Map<SceneId, TreeItem<Object>> known = new HashMap<>();
        for (TreeItem<Object> item : root.getChildren()) {
            if (item.getValue() instanceof Scene scene) {
                known.put(scene.id(), item);
            }
        }
        List<TreeItem<Object>> items = new ArrayList<>(production.scenes().size());
        for (Scene scene : production.scenes()) {
            TreeItem<Object> item = known.get(scene.id());
            if (item == null) {
                item = new TreeItem<>(scene);
                shots(item, scene);
            } else if (item.getValue() != scene) {
                item.setValue(scene);
                shots(item, scene);
            }
            items.add(item);
        }
        setIfDifferent(root.getChildren(), items);
    }

    private static void shots(TreeItem<Object> sceneItem, Scene scene) {
        Map<ShotId, TreeItem<Object>> known = new HashMap<>();
        for (TreeItem<Object> item : sceneItem.getChildren()) {
            if (item.getValue() instanceof Shot shot) {
                known.put(shot.id(), item);
            }
        }
        List<TreeItem<Object>> items = new ArrayList<>(scene.shots().size());
        for (Shot shot : scene.shots()) {
            TreeItem<Object> item = known.get(shot.id());
            if (item == null) {
                item = new TreeItem<>(shot);
            } else if (item.getValue() != shot) {
                item.setValue(shot);
            }
            items.add(item);
        }
        setIfDifferent(sceneItem.getChildren(), items);
    }

    /** Replaces the list only when items were added, removed or moved: a list change re-lays the whole tree. */
    private static void setIfDifferent(ObservableList<TreeItem<Object>> current, List<TreeItem<Object>> wanted) {
        if (current.size() == wanted.size()) {
            boolean same = true;
            for (int i = 0; i < wanted.size() && same; i++) {
                same = current.get(i) == wanted.get(i);
            }
            if (same) {
                return;
            }
        }
        current.setAll(wanted);
    }
}
