package org.reelwright.schedule;

import org.reelwright.estimate.Range;
import org.reelwright.estimate.StripGroup;

/** A strip-board group with the shoot days it needs (max of pages and setups throughput, in half days). */
public record ShootGroup(StripGroup group, Range days) {
}
