package org.reelwright.report.gantt;

import java.time.LocalDate;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;

/**
 * A stage's bar: from the start of its first working day to the end of its last, so the days off it spans are
 * inside it. A stage without work is a milestone: {@code width} is 0 and a painter draws a diamond
 * {@code height} wide centred on {@code x}.
 *
 * @param row index of the bar's row
 * @param slackEnd x of the end of the stage's late finish: how far the bar may slip without moving the end of the
 *     production ({@code x + width} when it has no slack)
 * @param caption text drawn after the bar, possibly empty
 * @param captionX where the caption starts: after the bar, and after the turn of the arrows leaving it so that
 *     they never cross it
 */
public record GanttBar(StageId stage, int row, double x, double y, double width, double height, boolean critical,
        boolean usesAi, boolean milestone, Workflow workflow, double slackEnd, String caption, double captionX,
        LocalDate start, LocalDate finish) {

    public double midY() {
        return y + height / 2;
    }

    public double endX() {
        return x + width;
    }

    /** Where arrows from this bar leave: its right end (a milestone's right tip). */
    public double outX() {
        return milestone ? x + height / 2 : x + width;
    }

    /** Where arrows into this bar arrive: its left end (a milestone's left tip). */
    public double inX() {
        return milestone ? x - height / 2 : x;
    }

    /** Whether ({@code atX}, {@code atY}) is on the bar, allowing {@code tolerance} pixels around it. */
    public boolean contains(double atX, double atY, double tolerance) {
        double left = milestone ? x - height / 2 : x;
        double right = milestone ? x + height / 2 : x + width;
        return atX >= left - tolerance && atX <= right + tolerance && atY >= y - tolerance
                && atY <= y + height + tolerance;
    }
}
