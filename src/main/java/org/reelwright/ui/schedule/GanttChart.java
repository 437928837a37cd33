package org.reelwright.ui.schedule;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.reelwright.domain.StageId;
import org.reelwright.report.gantt.GanttBar;
import org.reelwright.report.gantt.GanttLayout;
import org.reelwright.report.gantt.GanttRow;

/**
 * The Gantt chart on screen: a {@link ScrollPane} whose content is this region, as large as the whole chart, and a
 * canvas only as large as the visible window that moves with the scroll position and paints just that window. A
 * canvas the size of a long schedule at day zoom would exceed what the graphics card takes; the scroll pane still
 * gives the usual scroll bars, wheel and trackpad behaviour.
 *
 * <p>Colours are CSS properties of the {@code gantt-chart} style class (see {@link GanttPalette}); the values here
 * are only fallbacks for a scene without Reelwright's stylesheet.
 */
final class GanttChart extends Region {
    private static final double MIN_LABEL_WIDTH = 150;
    private static final double MAX_LABEL_WIDTH = 260;
    private static final StyleablePropertyFactory<GanttChart> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> background = colour("background", Color.WHITE, c -> c.background);
    private final StyleableProperty<Color> header = colour("header", Color.web("#f6f8fa"), c -> c.header);
    private final StyleableProperty<Color> text = colour("text", Color.web("#24292f"), c -> c.text);
    private final StyleableProperty<Color> muted = colour("muted", Color.web("#57606a"), c -> c.muted);
    private final StyleableProperty<Color> grid = colour("grid", Color.web("#eaeef2"), c -> c.grid);
    private final StyleableProperty<Color> gridStrong = colour("grid-strong", Color.web("#d0d7de"),
            c -> c.gridStrong);
    private final StyleableProperty<Color> dayOff = colour("day-off", Color.rgb(175, 184, 193, 0.2), c -> c.dayOff);
    private final StyleableProperty<Color> holiday = colour("holiday", Color.rgb(212, 167, 44, 0.3),
            c -> c.holiday);
    private final StyleableProperty<Color> bar = colour("bar", Color.web("#0969da"), c -> c.bar);
    private final StyleableProperty<Color> barText = colour("bar-text", Color.WHITE, c -> c.barText);
    private final StyleableProperty<Color> critical = colour("critical", Color.web("#cf222e"), c -> c.critical);
    private final StyleableProperty<Color> ai = colour("ai", Color.web("#7c4dff"), c -> c.ai);
    private final StyleableProperty<Color> aiMuted = colour("ai-muted", Color.web("#d7c9ff"), c -> c.aiMuted);
    private final StyleableProperty<Color> arrow = colour("arrow", Color.web("#6e7781"), c -> c.arrow);
    private final StyleableProperty<Color> selection = colour("selection", Color.web("#ddf4ff"), c -> c.selection);
    private final StyleableProperty<Color> today = colour("today", Color.web("#bf8700"), c -> c.today);

    private final Canvas canvas = new Canvas();
    private final ScrollPane scroller = new ScrollPane(this);
    private final GanttPainter painter = new GanttPainter();
    private final GanttPainter.Texts texts;
    private final ObjectProperty<GanttLayout> layout = new SimpleObjectProperty<>();
    private final ObjectProperty<StageId> selected = new SimpleObjectProperty<>();
    private Consumer<StageId> onSelect = stage -> { };
    private double labelWidth = MIN_LABEL_WIDTH;
    private double scrollX;
    private double scrollY;

    GanttChart(GanttPainter.Texts texts) {
        this.texts = texts;
        getStyleClass().add("gantt-chart");
        setId("gantt-chart");
        canvas.setId("gantt-canvas");
        canvas.setManaged(false);
        canvas.setFocusTraversable(true);
        getChildren().add(canvas);
        scroller.getStyleClass().add("gantt-scroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setPannable(false);
        layout.addListener((obs, old, now) -> {
            labelWidth = now == null ? MIN_LABEL_WIDTH
                    : painter.labelWidth(now, texts, MIN_LABEL_WIDTH, MAX_LABEL_WIDTH);
            double w = now == null ? 0 : labelWidth + now.width();
            double h = now == null ? 0 : now.axis().height() + now.height() + 1;
            setMinSize(w, h);
            setPrefSize(w, h);
            requestLayout();
            paint();
        });
        selected.addListener(o -> paint());
        for (Observable o : List.<Observable>of(scroller.viewportBoundsProperty(), scroller.hvalueProperty(),
                scroller.vvalueProperty(), widthProperty(), heightProperty())) {
            o.addListener(x -> follow());
        }
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(e -> canvas.setCursor(barAt(e.getX(), e.getY()) != null ? Cursor.HAND
                : Cursor.DEFAULT));
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The node to put in a window: the scroll pane around the chart. */
    ScrollPane scroller() {
        return scroller;
    }

    ObjectProperty<GanttLayout> layoutProperty() {
        return layout;
    }

    ObjectProperty<StageId> selectedProperty() {
        return selected;
    }

    /** Called with the stage the user clicked or moved to with the arrow keys. */
    void setOnSelect(Consumer<StageId> action) {
        this.onSelect = action;
    }

    /** Where a point of the layout's rows is on the canvas now (for tests that click a bar). */
    Point2D canvasPointOf(double layoutX, double layoutY) {
        GanttLayout l = layout.get();
        double ax = l == null ? 0 : l.axis().height();
        return new Point2D(labelWidth + layoutX - scrollX, ax + layoutY - scrollY);
    }

    Canvas canvas() {
        return canvas;
    }

    /** Moves and sizes the canvas to the scroll pane's visible window, then paints it. */
    private void follow() {
        Bounds viewport = scroller.getViewportBounds();
        double w = Math.min(viewport.getWidth(), getWidth());
        double h = Math.min(viewport.getHeight(), getHeight());
        scrollX = Math.round(Math.max(0, getWidth() - viewport.getWidth()) * scroller.getHvalue());
        scrollY = Math.round(Math.max(0, getHeight() - viewport.getHeight()) * scroller.getVvalue());
        canvas.relocate(scrollX, scrollY);
        canvas.setWidth(Math.max(0, w));
        canvas.setHeight(Math.max(0, h));
        paint();
    }

    private void paint() {
        double lw = labelWidth;
        GanttPainter.Frame frame = new GanttPainter.Frame(canvas.getWidth(), canvas.getHeight(), scrollX, scrollY,
                lw);
        painter.paint(canvas.getGraphicsContext2D(), layout.get(), frame, palette(), texts, selected.get());
    }

    private GanttPalette palette() {
        return new GanttPalette(background.getValue(), header.getValue(), text.getValue(), muted.getValue(),
                grid.getValue(), gridStrong.getValue(), dayOff.getValue(), holiday.getValue(), bar.getValue(),
                barText.getValue(), critical.getValue(), ai.getValue(), aiMuted.getValue(), arrow.getValue(),
                selection.getValue(), today.getValue());
    }

    private void clicked(MouseEvent e) {
        canvas.requestFocus();
        StageId stage = stageAt(e.getX(), e.getY());
        if (stage != null) {
            onSelect.accept(stage);
        }
    }

    /** The stage under a canvas point: its bar, or anywhere in its row (labels included), else null. */
    private StageId stageAt(double cx, double cy) {
        GanttLayout l = layout.get();
        if (l == null || cy < l.axis().height()) {
            return null;
        }
        GanttBar hit = barAt(cx, cy);
        if (hit != null) {
            return hit.stage();
        }
        return l.rowAt(cy - l.axis().height() + scrollY).map(GanttRow::stage).orElse(null);
    }

    private GanttBar barAt(double cx, double cy) {
        GanttLayout l = layout.get();
        if (l == null || cx < labelWidth || cy < l.axis().height()) {
            return null;
        }
        return l.barAt(cx - labelWidth + scrollX, cy - l.axis().height() + scrollY).orElse(null);
    }

    private void key(KeyEvent e) {
        GanttLayout l = layout.get();
        if (l == null || l.rows().isEmpty() || (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN)) {
            return;
        }
        int index = l.row(selected.get()).map(GanttRow::index).orElse(-1);
        int next = Math.max(0, Math.min(l.rows().size() - 1, index + (e.getCode() == KeyCode.UP ? -1 : 1)));
        GanttRow row = l.rows().get(next);
        onSelect.accept(row.stage());
        reveal(row);
        e.consume();
    }

    /** Scrolls just enough to show a row below the frozen axis. */
    private void reveal(GanttRow row) {
        GanttLayout l = layout.get();
        double viewport = scroller.getViewportBounds().getHeight() - l.axis().height();
        double range = getHeight() - scroller.getViewportBounds().getHeight();
        if (range <= 0) {
            return;
        }
        double top = scrollY;
        if (row.y() < top) {
            top = row.y();
        } else if (row.y() + row.height() > top + viewport) {
            top = row.y() + row.height() - viewport;
        }
        scroller.setVvalue(Math.max(0, Math.min(1, top / range)));
    }

    private StyleableProperty<Color> colour(String name, Color fallback,
            Function<GanttChart, StyleableProperty<Color>> self) {
        // The bean name is the CSS name without its dash, so it cannot clash with Region's own "background".
        StyleableProperty<Color> p = CSS.createStyleableColorProperty(this, "rw-gantt-" + name, "-rw-gantt-" + name,
                self, fallback);
        ((ObservableValue<?>) p).addListener(o -> paint());
        return p;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
