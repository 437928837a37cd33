package org.reelwright.ui.schedule;

import javafx.scene.paint.Color;

/**
 * The colours the canvas paints with. A canvas cannot be styled by CSS, so {@link GanttChart} exposes each colour
 * as a styleable property that {@code reelwright.css} sets from the theme's tokens ({@code -rw-critical},
 * {@code -rw-ai}, {@code -color-*}); the chart reads them into this value before each paint, so a theme switch
 * repaints in the new colours.
 */
record GanttPalette(Color background, Color header, Color text, Color muted, Color grid, Color gridStrong,
        Color dayOff, Color holiday, Color bar, Color barText, Color critical, Color ai, Color aiMuted, Color arrow,
        Color selection, Color today) {
}
