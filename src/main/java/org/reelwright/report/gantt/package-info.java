/**
 * The Gantt chart as a medium-free layout (after GanttProject's chart scene builders): a schedule is laid out once
 * into rows, bars, dependency arrows, a time axis, shaded days off and a today line, all in plain numbers and
 * strings. Painters — the JavaFX canvas, the printer, PDFBox — only draw these primitives; none of them decides where
 * anything goes.
 *
 * <p>Coordinates are in pixels at the chosen {@link org.reelwright.report.gantt.Zoom}. The time axis, the rows and
 * the row labels are three separate bands so a painter can freeze the axis and the label column while the bars
 * scroll: x = 0 is the left edge of the first day shown, y = 0 the top of the first row; the axis is
 * {@link org.reelwright.report.gantt.TimeAxis#height()} tall and sits above the rows; the labels sit to their left,
 * in a column as wide as the painter's font needs.
 */
package org.reelwright.report.gantt;
