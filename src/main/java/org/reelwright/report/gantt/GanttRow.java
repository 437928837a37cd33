package org.reelwright.report.gantt;

import org.reelwright.domain.StageId;

/**
 * One stage's row: its band from {@code y} to {@code y + height} and the words of the label column.
 *
 * @param detail the short text beside the label (the stage's length)
 */
public record GanttRow(int index, StageId stage, String label, String detail, double y, double height,
        boolean critical) {

    public double midY() {
        return y + height / 2;
    }

    public boolean contains(double atY) {
        return atY >= y && atY < y + height;
    }
}
