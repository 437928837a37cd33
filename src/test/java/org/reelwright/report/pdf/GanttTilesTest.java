package org.reelwright.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reelwright.report.Block;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanSection;
import org.reelwright.report.Section;
import org.reelwright.report.gantt.GanttLabels;
import org.reelwright.report.gantt.GanttLayout;
import org.reelwright.report.gantt.GanttOptions;
import org.reelwright.report.gantt.Tick;
import org.reelwright.report.gantt.Zoom;

/** A Gantt chart wider than the page is cut into tiles at column boundaries, each with its own stage labels. */
class GanttTilesTest {
    private static final GanttLayout DAYS = GanttLayout.of(SamplePlan.INPUT.schedule(),
            GanttOptions.of(Zoom.DAYS, SamplePlan.INPUT.today(), GanttLabels.plain()));

    @Test
    void tilesCoverTheChartWithoutGapsAndFitTheRoom() {
        double room = 700;
        List<GanttTiles.Tile> tiles = GanttTiles.tiles(DAYS, room);
        assertTrue(tiles.size() >= 3, "a day-zoom chart of 15 weeks needs several tiles: " + tiles);
        assertEquals(0, tiles.get(0).from());
        for (int i = 0; i < tiles.size(); i++) {
            GanttTiles.Tile tile = tiles.get(i);
            assertTrue(tile.to() - tile.from() <= room + 1e-9, tile.toString());
            if (i > 0) {
                assertEquals(tiles.get(i - 1).to(), tile.from());
                double from = tile.from();
                assertTrue(DAYS.axis().lower().stream().map(Tick::x).anyMatch(x -> Math.abs(x - from) < 1e-9),
                        "tiles start on a column boundary");
            }
        }
        double lastBarEnd = DAYS.bars().stream().mapToDouble(b -> b.endX()).max().orElseThrow();
        assertTrue(tiles.get(tiles.size() - 1).to() >= lastBarEnd);
    }

    /** Issue 13: a chart narrower than the page at the usual scale is stretched across it, not left at a third. */
    @Test
    void aShortChartFillsThePrintableWidthAndAWideOneKeepsItsScale() {
        GanttLayout months = GanttLayout.of(SamplePlan.INPUT.schedule(),
                GanttOptions.of(Zoom.MONTHS, SamplePlan.INPUT.today(), GanttLabels.plain()));
        double room = 400;
        double across = GanttTiles.across(months, 0.6, room);
        List<GanttTiles.Tile> tiles = GanttTiles.tiles(months, room / across + 1e-6);
        assertEquals(1, tiles.size());
        assertEquals(room, (tiles.get(0).to() - tiles.get(0).from()) * across, 0.5, "fills the room");
        assertEquals(0.6, GanttTiles.across(DAYS, 0.6, room), "a wide chart is tiled at the usual scale");
        assertTrue(GanttTiles.across(months, 0.6, 1e6) <= 0.6 * GanttTiles.MAX_STRETCH);
    }

    @Test
    void aWideChartIsPrintedInPartsWithTheLabelsOnEach() throws IOException {
        PlanDocument document = new PlanDocument("T", "A", "S", "Header", "Page {0} of {1}",
                List.of(new Section(PlanSection.SCHEDULE, "Schedule", List.of(new Block.Gantt(DAYS, "Caption")),
                        true)));
        SamplePlan.Written written = SamplePlan.write(document, PageSetup.defaults());
        String text = String.join("\n", PdfText.pages(written.pdf()));
        String shots = System.getProperty("reelwright.shots", "");
        if (!shots.isBlank()) {
            Files.createDirectories(Path.of(shots));
            Files.write(Path.of(shots, "plan-gantt-days.pdf"), written.pdf());
        }
        int parts = (int) Pattern.compile("Part \\d+ of \\d+:").matcher(text).results().count();
        assertTrue(parts >= 3, text);
        assertTrue(text.contains("Part 1 of " + parts), text);
        assertEquals(parts, countOf(text, "festivals"), "each part repeats the stage labels");
        assertTrue(text.contains("Caption"));
    }

    private static int countOf(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
