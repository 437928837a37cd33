package org.reelwright.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelwright.app.Planning;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.domain.Production;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With 10,000 rows the shot list's scroll thumb is still big enough to grab (it was 2 px tall). */
@ExtendWith(ApplicationExtension.class)
class GrabbableScrollBarTest {
    private ScenesView view;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.applyBase();
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        Production big = SyntheticProductions.generate(500, 10_000, 3);
        SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(big);
        ScenesViewModel model = new ScenesViewModel(() -> planning, BackgroundWork.sameThread(),
                new Messages(Locale.ENGLISH), production, edit -> { });
        view = new ScenesView(model, new Messages(Locale.ENGLISH), message -> { });
        javafx.scene.Scene scene = new javafx.scene.Scene((javafx.scene.Parent) view.root(), 1280, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theShotListsThumbIsAtLeastSixteenPixelsWithTenThousandRows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.lookup("#shot-table").query();
        double[] thumb = {-1};
        robot.interact(() -> table.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == Orientation.VERTICAL && b.isVisible()).findFirst()
                .ifPresent(bar -> thumb[0] = bar.lookup(".thumb").getLayoutBounds().getHeight()));
        assertTrue(thumb[0] >= 16, "thumb height " + thumb[0]);
    }
}
