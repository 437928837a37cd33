package org.reelwright.ui.schedule;

import java.util.List;
import org.reelwright.domain.StageId;

/**
 * What the details pane shows for the selected stage, already worded: its dates and slack on the calendar, its cost
 * line, how that line is made and where its rates come from.
 *
 * @param dates first and last working day ("4 Mar 2027 – 9 Mar 2027"), or the day of a stage without work
 * @param slack how far the stage can slip, or that it is on the critical path
 * @param cost the likely cost with its range
 * @param predecessors the stages it waits for, or a dash
 * @param explanation the cost line's items, one per line, each with its arithmetic
 * @param sources citations of the rates used, in order of first use
 */
public record StageDetails(StageId stage, String title, String workflow, boolean critical, boolean usesAi,
        String dates, String duration, String slack, String cost, String predecessors, String explanation,
        List<String> sources) {

    public StageDetails {
        sources = List.copyOf(sources);
    }
}
