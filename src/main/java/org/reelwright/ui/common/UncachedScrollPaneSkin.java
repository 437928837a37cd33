package org.reelwright.ui.common;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin, without the bitmap cache of its viewport. The stock skin caches everything a scroll pane
 * shows as one picture the size of the viewport; on the software pipeline (a machine without a usable GPU, and every
 * headless test) that picture is a Java array of 4 bytes per pixel, re-made when the pane resizes and kept in the
 * toolkit's image pool after the pane is hidden: about 2.5 MB for a full-size panel, held by each panel visited and
 * each text area (issue 14's memory journey). Reelwright's scroll panes hold forms and boards that are drawn
 * cheaply; drawn directly, they also keep their text crisp. Set for every scroll pane by the stylesheet
 * ({@code .scroll-pane { -fx-skin: ... }}).
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {

    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        getChildren().stream().filter(child -> child.getStyleClass().contains("viewport"))
                .forEach(viewport -> viewport.setCache(false));
    }
}
