package org.reelwright.ui.schedule;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reelwright.report.gantt.GanttLayout;
import org.reelwright.report.gantt.Zoom;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.common.PillChoice;

/**
 * The schedule panel: a toolbar (scenario, zoom, legend), the summary with the critical path's explanation, the
 * Gantt chart with the selected stage's details beside it, and the shoot's strip plan below.
 */
public final class ScheduleView {
    private final ScheduleViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final GanttChart chart;
    private final VBox details = new VBox();
    /** Room for the chart's horizontal scroll bar and the split pane's divider. */
    private static final double SCROLL_BAR_ALLOWANCE = 22;
    private boolean chartFitted;
    private final DependenciesViewModel dependencies;

    public ScheduleView(ScheduleViewModel model, Messages messages, Formats formats) {
        this(model, messages, formats, null);
    }

    /** @param dependencies when given, the toolbar offers a dialog to add and remove stage links */
    public ScheduleView(ScheduleViewModel model, Messages messages, Formats formats,
            DependenciesViewModel dependencies) {
        this.dependencies = dependencies;
        this.model = model;
        this.messages = messages;
        this.chart = new GanttChart(new GanttPainter.Texts(messages.get("column.stage"),
                messages.get("schedule.column.length"), messages.get("schedule.badge.ai")));
        build();
    }

    public Node root() {
        return root;
    }

    /** The chart, for tests that click its bars. */
    GanttChart chart() {
        return chart;
    }

    private void build() {
        root.getStyleClass().add("schedule-view");
        root.setId("schedule-view");
        Label summary = new Label();
        summary.setId("schedule-summary");
        summary.getStyleClass().add("schedule-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label explanation = new Label();
        explanation.setId("schedule-explanation");
        explanation.getStyleClass().add("schedule-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.explanationProperty());
        Label error = ErrorLabel.showing(model.errorProperty());

        chart.layoutProperty().bind(model.layoutProperty());
        chart.selectedProperty().bind(model.selectedStageProperty());
        chart.setOnSelect(model::select);
        ScrollPane detailPane = new ScrollPane(details);
        detailPane.setId("schedule-details");
        detailPane.getStyleClass().add("schedule-details");
        detailPane.setFitToWidth(true);
        detailPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        details.getStyleClass().add("schedule-details-body");
        model.detailsProperty().addListener((obs, old, now) -> showDetails(now));
        showDetails(model.detailsProperty().get());
        SplitPane top = new SplitPane(chart.scroller(), detailPane);
        top.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(detailPane, false);
        Node strips = stripPlan();
        SplitPane split = new SplitPane(top, strips);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.69);
        SplitPane.setResizableWithParent(strips, false);
        split.heightProperty().addListener(o -> fitChartOnce(split));
        model.layoutProperty().addListener(o -> fitChartOnce(split));
        VBox.setVgrow(split, Priority.ALWAYS);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox texts = new VBox(summary, explanation);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox heading = new HBox(12, texts);
        heading.getStyleClass().add("schedule-heading");
        if (dependencies != null) {
            javafx.scene.control.Button links = new javafx.scene.control.Button(messages.get("dependencies.open"));
            links.setId("open-dependencies");
            links.setMinWidth(Region.USE_PREF_SIZE);
            links.setOnAction(e -> showDependencies(links));
            heading.getChildren().add(links);
        }
        root.getChildren().addAll(toolbar(), heading, error, split);
    }

    /**
     * Gives the chart the height it needs to show every row, once, when both the panel's height and the first
     * layout are known; the strip plan gets the rest (but at least a fifth). After that the divider is the
     * user's.
     */
    private void fitChartOnce(SplitPane split) {
        GanttLayout layout = model.layoutProperty().get();
        if (chartFitted || layout == null || split.getHeight() <= 0) {
            return;
        }
        chartFitted = true;
        double needed = layout.axis().height() + layout.height() + SCROLL_BAR_ALLOWANCE;
        split.setDividerPositions(Math.max(0.4, Math.min(0.8, needed / split.getHeight())));
    }

    private Node toolbar() {
        Label plan = new Label(messages.get("schedule.scenario"));
        plan.getStyleClass().add("toolbar-label");
        HBox scenarios = PillChoice.of(model.scenarios(), model::scenarioName, s -> "scenario-" + s.id(),
                model.scenarioProperty());
        scenarios.getStyleClass().add("segmented");
        Label zoomLabel = new Label(messages.get("schedule.zoom"));
        zoomLabel.getStyleClass().add("toolbar-label");
        HBox zooms = PillChoice.of(List.of(Zoom.values()), z -> messages.get("schedule.zoom." + key(z)),
                z -> "zoom-" + key(z), model.zoomProperty());
        zooms.getStyleClass().add("segmented");
        Node legend = legend();
        for (Node part : new Node[] {plan, scenarios, zoomLabel, zooms, legend}) {
            if (part instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE); // wrap to a second line rather than cut words
            }
        }
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 6, plan, scenarios, zoomLabel, zooms,
                legend);
        bar.getStyleClass().add("schedule-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showDependencies(Node owner) {
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(messages.get("dependencies.title"));
        dialog.setHeaderText(messages.get("dependencies.title"));
        dialog.getDialogPane().setContent(new DependenciesPane(dependencies, messages).root());
        dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    private static String key(Zoom zoom) {
        return zoom.name().toLowerCase(Locale.ROOT);
    }

    /** Swatches styled from the same tokens as the chart, so the legend always matches it. */
    private Node legend() {
        HBox legend = new HBox(legendItem("legend-critical", "schedule.legend.critical"),
                legendItem("legend-ai", "schedule.legend.ai"), legendItem("legend-hybrid", "schedule.legend.hybrid"),
                legendItem("legend-other", "schedule.legend.other"),
                legendItem("legend-slack", "schedule.legend.slack"),
                legendItem("legend-milestone", "schedule.legend.milestone"),
                legendItem("legend-day-off", "schedule.legend.dayOff"),
                legendItem("legend-today", "schedule.legend.today"));
        legend.getStyleClass().add("schedule-legend");
        legend.setAlignment(Pos.CENTER_RIGHT);
        return legend;
    }

    private Node legendItem(String style, String key) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", style);
        Label label = new Label(messages.get(key), swatch);
        label.getStyleClass().add("legend-item");
        return label;
    }

    private void showDetails(StageDetails d) {
        details.getChildren().clear();
        if (d == null) {
            Label prompt = new Label(messages.get("schedule.details.prompt"));
            prompt.getStyleClass().add("empty-hint");
            prompt.setWrapText(true);
            details.getChildren().add(prompt);
            return;
        }
        Label title = new Label(d.title());
        title.setId("schedule-details-title");
        title.getStyleClass().add("details-title");
        HBox badges = new HBox();
        badges.getStyleClass().add("details-badges");
        if (d.critical()) {
            badges.getChildren().add(badge(messages.get("schedule.badge.critical"), "badge-critical"));
        }
        if (d.usesAi()) {
            badges.getChildren().add(badge(messages.get("schedule.badge.ai"), "badge-ai"));
        }
        badges.getChildren().add(badge(d.workflow(), "badge-workflow"));
        GridPane facts = new GridPane();
        facts.getStyleClass().add("details-facts");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(keys, values);
        fact(facts, 0, "schedule.details.dates", d.dates(), "details-dates");
        fact(facts, 1, "schedule.details.length", d.duration(), "details-length");
        fact(facts, 2, "schedule.details.slack", d.slack(), "details-slack");
        fact(facts, 3, "schedule.details.cost", d.cost(), "details-cost");
        fact(facts, 4, "schedule.details.after", d.predecessors(), "details-after");
        details.getChildren().addAll(title, badges, facts);
        if (!d.explanation().isBlank()) {
            details.getChildren().addAll(heading("schedule.details.estimate"), wrapped(d.explanation(),
                    "details-explanation"));
        }
        details.getChildren().add(heading("schedule.details.sources"));
        if (d.sources().isEmpty()) {
            Label none = wrapped(messages.get("schedule.details.noSources"), "details-source");
            none.getStyleClass().add("empty-hint");
            details.getChildren().add(none);
        }
        for (String source : d.sources()) {
            details.getChildren().add(wrapped("\u2022 " + source, "details-source"));
        }
    }

    private static Label badge(String text, String style) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll("details-badge", style);
        return badge;
    }

    private void fact(GridPane grid, int row, String key, String value, String id) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("fact-name");
        Label text = wrapped(value, "fact-value");
        text.setId(id);
        grid.addRow(row, name, text);
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("details-heading");
        return label;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Node stripPlan() {
        Label title = new Label(messages.get("schedule.strip.title"));
        title.getStyleClass().add("pane-title");
        Label totals = new Label();
        totals.setId("strip-summary");
        totals.getStyleClass().add("strip-summary");
        totals.textProperty().bind(model.stripSummaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(title, spacer, totals);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("strip-head");
        TableView<StripRow> table = new TableView<>(model.stripRows());
        table.setId("strip-table");
        table.getStyleClass().addAll("strip-table", Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("schedule.strip.empty")));
        // Widths other than TableColumn's default of 80 keep the table from sizing columns to their content, which
        // would give a long list of scenes most of the width.
        table.getColumns().add(column("schedule.strip.location", StripRow::location, 300, false));
        table.getColumns().add(column("schedule.strip.dayNight", StripRow::dayNight, 90, false));
        table.getColumns().add(column("schedule.strip.scenes", StripRow::scenes, 180, false));
        table.getColumns().add(column("schedule.strip.pages", StripRow::pages, 90, true));
        table.getColumns().add(column("schedule.strip.setups", r -> Integer.toString(r.setups()), 90, true));
        table.getColumns().add(column("schedule.strip.days", StripRow::days, 100, true));
        table.getColumns().add(column("schedule.strip.range", StripRow::range, 110, true));
        VBox box = new VBox(head, table);
        box.getStyleClass().add("strip-plan");
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableColumn<StripRow, String> column(String key, Function<StripRow, String> value, double width,
            boolean numeric) {
        TableColumn<StripRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        column.setSortable(false);
        if (numeric) {
            column.getStyleClass().add("numeric");
        }
        return column;
    }
}
