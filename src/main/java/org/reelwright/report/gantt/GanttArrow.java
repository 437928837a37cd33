package org.reelwright.report.gantt;

import java.util.List;
import org.reelwright.domain.StageId;

/**
 * A finish-to-start link drawn as a polyline of horizontal and vertical segments from the predecessor's end to the
 * successor; the arrowhead points along the last segment. Invariant: at least two points.
 *
 * @param critical both stages are critical and the predecessor is the one that sets the successor's start
 */
public record GanttArrow(StageId from, StageId to, List<Point> points, boolean critical) {

    public GanttArrow {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("an arrow needs at least two points, got " + points.size());
        }
    }

    public Point head() {
        return points.get(points.size() - 1);
    }

    /** The point before the head: the arrowhead points from it towards {@link #head()}. */
    public Point beforeHead() {
        return points.get(points.size() - 2);
    }
}
