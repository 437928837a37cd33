package org.reelwright.report.gantt;

import java.time.LocalDate;

/** A column of the time axis: the period that starts on {@code date}, from {@code x} over {@code width} pixels. */
public record Tick(LocalDate date, double x, double width, String label) {
}
