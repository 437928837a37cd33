package org.reelwright.report;

import java.util.List;

/** A titled part of the plan; a section that starts a new page says so. */
public record Section(PlanSection kind, String title, List<Block> blocks, boolean newPage) {
    public Section {
        blocks = List.copyOf(blocks);
    }
}
