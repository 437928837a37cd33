package org.reelwright.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare's "Cost by stage" paints each of the sixteen stages, and its legend symbol, in a colour of its own. */
class CostByStageColoursTest extends SampleWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void sixteenStagesHaveSixteenColours(FxRobot robot) {
        robot.interact(() -> window.window().showPanel("compare"));
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        StackedBarChart<?, ?> chart = robot.lookup("#chart-cost-by-stage").queryAs(StackedBarChart.class);
        List<String> bars = new ArrayList<>();
        robot.interact(() -> {
            chart.applyCss();
            chart.layout();
            for (XYChart.Series<?, ?> series : chart.getData()) {
                bars.add(fill(series.getData().get(0).getNode()));
            }
        });
        assertEquals(16, bars.size());
        assertEquals(16, new HashSet<>(bars).size(), "bar colours " + bars);
        Set<String> legend = new HashSet<>();
        robot.interact(() -> {
            for (Node symbol : chart.lookupAll(".chart-legend-item-symbol")) {
                legend.add(fill(symbol));
            }
        });
        assertEquals(16, legend.size(), "legend colours " + legend);
    }

    private static String fill(Node node) {
        Region region = (Region) node;
        return region.getBackground() == null ? "none"
                : region.getBackground().getFills().get(region.getBackground().getFills().size() - 1).getFill()
                .toString();
    }
}
