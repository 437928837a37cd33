package org.reelwright.ui.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reelwright.domain.Workflow;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Messages;

/**
 * The scenarios side by side: a card per scenario (total, range, P50/P80, working days, flag counts), the stages
 * that drive the difference, a stage table whose workflow can be switched in place, and the selected line's
 * explanation with its sources.
 */
public final class CompareView {
    private final CompareViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Supplier<Currency> currency;
    private final VBox root = new VBox();
    private final HBox cards = new HBox();
    private final TableView<StageRow> table = new TableView<>();
    private final TextArea details = new TextArea();

    public CompareView(CompareViewModel model, Messages messages, Formats formats, Supplier<Currency> currency) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.currency = currency;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("compare-view");
        root.setId("compare-view");
        cards.getStyleClass().add("scenario-cards");
        model.cards().addListener((ListChangeListener<ScenarioCard>) change -> showCards());
        showCards(); // the model may have its cards already (a panel made on its first visit)
        Label drivers = new Label();
        drivers.setId("compare-drivers");
        drivers.getStyleClass().add("compare-drivers");
        drivers.setWrapText(true);
        drivers.textProperty().bind(model.driversProperty());
        Label error = ErrorLabel.showing(model.errorProperty());

        table.setId("stage-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text(messages.get("column.stage"), r -> messages.name(r.stage()), 140));
        table.getColumns().add(workflowColumn());
        table.getColumns().add(money(messages.get("column.low"), r -> r.cost().low()));
        table.getColumns().add(money(messages.get("column.likely"), r -> r.cost().likely()));
        table.getColumns().add(money(messages.get("column.high"), r -> r.cost().high()));
        table.getColumns().add(text(messages.get("column.days"), r -> formats.days(r.days()), 70));
        table.getColumns().add(money(messages.get("column.traditional"), StageRow::traditional));
        table.getColumns().add(money(messages.get("column.aiSuitable"), StageRow::ai));
        details.setId("stage-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPromptText(messages.get("compare.selectStage"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showDetails(row));
        model.rows().addListener((ListChangeListener<StageRow>) change -> showDetails(
                table.getSelectionModel().getSelectedItem()));
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        Tab stagesTab = new Tab(messages.get("compare.tab.stages"), split);
        stagesTab.setId("compare-tab-stages");
        Tab chartsTab = new Tab(messages.get("compare.tab.charts"), charts());
        chartsTab.setId("compare-tab-charts");
        Tab recommendTab = new Tab(messages.get("compare.tab.recommend"), recommender());
        recommendTab.setId("compare-tab-recommend");
        TabPane tabs = new TabPane(stagesTab, chartsTab, recommendTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(cards, drivers, error, tabs);
    }

    /**
     * One colour per stage from the theme's sixteen stage tokens ({@code stage-color-N} in reelwright.css), on the
     * bars and the legend: JavaFX's own eight would repeat for sixteen stages (Script and VFX alike).
     */
    private static void colourByStage(StackedBarChart<Number, String> chart) {
        for (int i = 0; i < chart.getData().size(); i++) {
            String colour = "stage-color-" + i;
            for (XYChart.Data<Number, String> d : chart.getData().get(i).getData()) {
                if (d.getNode() != null && !d.getNode().getStyleClass().contains(colour)) {
                    d.getNode().getStyleClass().add(colour);
                }
            }
        }
        int i = 0;
        for (javafx.scene.Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label label && label.getGraphic() != null) {
                label.getGraphic().getStyleClass().removeIf(c -> c.startsWith("stage-color-"));
                label.getGraphic().getStyleClass().add("stage-color-" + i);
            }
            i++;
        }
    }

    /** Cost by stage stacked per scenario, each total as a range with P50 and P80, and each plan's length. */
    private Node charts() {
        CategoryAxis scenarios = new CategoryAxis();
        NumberAxis cost = new NumberAxis();
        cost.setLabel(messages.get("compare.chart.cost"));
        StackedBarChart<Number, String> stacked = new StackedBarChart<>(cost, scenarios);
        stacked.setId("chart-cost-by-stage");
        stacked.setTitle(messages.get("compare.chart.byStage"));
        stacked.setAnimated(false);
        stacked.setLegendSide(javafx.geometry.Side.RIGHT);
        stacked.setCategoryGap(18);
        RangeChart ranges = new RangeChart(amount -> formats.money(amount, currency.get()), messages);
        ranges.setId("chart-ranges");
        Label rangesTitle = new Label(messages.get("compare.chart.ranges"));
        rangesTitle.getStyleClass().add("chart-title");
        CategoryAxis lengthScenarios = new CategoryAxis();
        NumberAxis days = new NumberAxis();
        days.setLabel(messages.get("compare.chart.days"));
        BarChart<Number, String> lengths = new BarChart<>(days, lengthScenarios);
        lengths.setId("chart-schedule");
        lengths.setTitle(messages.get("compare.chart.schedule"));
        lengths.setAnimated(false);
        lengths.setLegendVisible(false);
        lengths.setPrefHeight(170);
        Runnable refresh = () -> {
            var c = model.comparisonProperty().get();
            if (c == null) {
                return;
            }
            List<String> names = List.of(messages.get("compare.current"), messages.get("compare.traditional"),
                    messages.get("compare.ai"));
            List<XYChart.Series<Number, String>> series = new ArrayList<>();
            for (org.reelwright.domain.StageId stage : org.reelwright.domain.StageId.values()) {
                XYChart.Series<Number, String> s = new XYChart.Series<>();
                s.setName(messages.name(stage));
                List<org.reelwright.estimate.Estimate> all = c.all();
                for (int i = 0; i < all.size(); i++) {
                    s.getData().add(new XYChart.Data<>(all.get(i).line(stage).orElseThrow().cost().likely(),
                            names.get(i)));
                }
                series.add(s);
            }
            stacked.getData().setAll(series);
            colourByStage(stacked);
            javafx.application.Platform.runLater(() -> colourByStage(stacked)); // the legend is rebuilt on layout
            ranges.show(names, c.all());
            XYChart.Series<Number, String> lengthSeries = new XYChart.Series<>();
            for (int i = 0; i < model.scheduleLengths().size() && i < names.size(); i++) {
                lengthSeries.getData().add(new XYChart.Data<>(model.scheduleLengths().get(i), names.get(i)));
            }
            lengths.getData().setAll(List.of(lengthSeries));
        };
        model.comparisonProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        VBox box = new VBox(6, stacked, rangesTitle, ranges, lengths);
        box.getStyleClass().add("compare-charts");
        VBox.setVgrow(stacked, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Budget cap, deadline and risk tolerance in; a workflow per stage with its reason out; applied in one click. */
    private Node recommender() {
        TextField budget = new TextField();
        budget.setId("recommend-budget");
        budget.setPromptText(messages.get("compare.budgetPrompt"));
        budget.textProperty().bindBidirectional(model.budgetTextProperty());
        TextField deadline = new TextField();
        deadline.setId("recommend-deadline");
        deadline.setPromptText(messages.get("compare.deadlinePrompt"));
        deadline.textProperty().bindBidirectional(model.deadlineTextProperty());
        ComboBox<org.reelwright.estimate.Severity> risk = new ComboBox<>(FXCollections.observableArrayList(
                org.reelwright.estimate.Severity.values()));
        risk.setId("recommend-risk");
        risk.valueProperty().bindBidirectional(model.riskToleranceProperty());
        risk.setCellFactory(v -> new SeverityName());
        risk.setButtonCell(new SeverityName());
        Button run = new Button(messages.get("compare.recommend"));
        run.setId("recommend-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.recommend());
        Button apply = new Button(messages.get("compare.apply"));
        apply.setId("recommend-apply");
        apply.disableProperty().bind(model.recommendationProperty().isNull());
        apply.setOnAction(e -> model.applyRecommendation());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("compare.budget")), budget, new Label(messages.get("compare.deadline")),
                deadline, new Label(messages.get("compare.risk")), risk, run);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.recommendErrorProperty());
        Label summary = new Label();
        summary.setId("recommend-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.recommendSummaryProperty());
        TableView<org.reelwright.estimate.Recommender.StageAdvice> proposals = new TableView<>(model.advice());
        proposals.setId("recommend-table");
        proposals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        proposals.setPlaceholder(new Label(messages.get("compare.recommendHint")));
        proposals.getColumns().add(adviceColumn(messages.get("column.stage"), a -> messages.name(a.stage()), 140));
        proposals.getColumns().add(adviceColumn(messages.get("compare.now"), a -> messages.name(a.from()), 110));
        proposals.getColumns().add(adviceColumn(messages.get("compare.proposed"), a -> messages.name(a.to()), 110));
        proposals.getColumns().add(adviceColumn(messages.get("compare.expected"),
                a -> formats.money(a.cost(), currency.get()), 110));
        proposals.getColumns().add(adviceColumn(messages.get("compare.why"), a -> a.reason(), 400));
        VBox.setVgrow(proposals, Priority.ALWAYS);
        // The summary wraps above the button: side by side, a long verdict squeezed the button to "…" (issue 13)
        org.reelwright.ui.common.Fit.wrapping(summary);
        org.reelwright.ui.common.Fit.whole(apply);
        Label changes = org.reelwright.ui.common.Fit.wrapping(new Label());
        changes.setId("recommend-changes");
        changes.textProperty().bind(model.recommendChangesProperty());
        VBox box = new VBox(8, form, error, proposals, summary, changes, apply);
        box.getStyleClass().add("recommender");
        return box;
    }

    private static TableColumn<org.reelwright.estimate.Recommender.StageAdvice, String> adviceColumn(String title,
            Function<org.reelwright.estimate.Recommender.StageAdvice, String> value, double width) {
        TableColumn<org.reelwright.estimate.Recommender.StageAdvice, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private final class SeverityName extends ListCell<org.reelwright.estimate.Severity> {
        @Override
        protected void updateItem(org.reelwright.estimate.Severity item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get("compare.riskUpTo." + item.id()));
        }
    }

    private void showCards() {
        cards.getChildren().clear();
        for (ScenarioCard card : model.cards()) {
            Label title = new Label(card.title());
            title.getStyleClass().add("card-title");
            Label total = new Label(card.total());
            total.getStyleClass().add("card-total");
            Label cash = new Label(card.cash());
            cash.getStyleClass().add("card-cash");
            cash.setWrapText(true);
            // A wrapped line keeps the height it needs: without this the card row is laid out one line high and
            // the cash sentence ends in "…" on a laptop screen.
            cash.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(title, total, cash, muted(card.range()), muted(card.percentiles()),
                    muted(card.days()), muted(card.flags()));
            box.getStyleClass().add("scenario-card");
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            cards.getChildren().add(box);
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("card-line");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void showDetails(StageRow row) {
        if (row == null) {
            details.clear();
            return;
        }
        StageRow current = model.rows().stream().filter(r -> r.stage() == row.stage()).findFirst().orElse(row);
        details.setText(messages.name(current.stage()) + " — " + messages.name(current.workflow()) + "\n\n"
                + current.explanation() + "\n\n" + messages.get("compare.sources") + "\n" + current.sources());
    }

    private TableColumn<StageRow, Workflow> workflowColumn() {
        TableColumn<StageRow, Workflow> column = new TableColumn<>(messages.get("column.workflow"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().workflow()));
        column.setMinWidth(130);
        column.setSortable(false);
        column.setCellFactory(c -> new WorkflowCell());
        return column;
    }

    /** A choice of the workflows the stage accepts; a stage with one choice shows it as plain text. */
    private final class WorkflowCell extends TableCell<StageRow, Workflow> {
        private final ComboBox<Workflow> choice = new ComboBox<>();
        /** Set while the cell shows a (possibly reused) row: the combo's own events then are not user choices. */
        private boolean updating;

        WorkflowCell() {
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setCellFactory(list -> new WorkflowName());
            choice.setButtonCell(new WorkflowName());
            choice.setOnAction(e -> {
                if (updating) {
                    return;
                }
                StageRow row = getTableRow() == null ? null : getTableRow().getItem();
                Workflow chosen = choice.getValue();
                if (row != null && chosen != null && chosen != row.workflow()) {
                    model.setWorkflow(row.stage(), chosen);
                }
            });
        }

        @Override
        protected void updateItem(Workflow workflow, boolean empty) {
            super.updateItem(workflow, empty);
            StageRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || workflow == null || row == null) {
                setGraphic(null);
                setText(null);
            } else if (row.choices().size() == 1) {
                setGraphic(null);
                setText(messages.name(workflow));
            } else {
                updating = true;
                try {
                    choice.setItems(FXCollections.observableArrayList(row.choices()));
                    choice.setValue(workflow);
                } finally {
                    updating = false;
                }
                choice.setId("workflow-" + row.stage().id());
                setText(null);
                setGraphic(choice);
            }
        }
    }

    private final class WorkflowName extends ListCell<Workflow> {
        @Override
        protected void updateItem(Workflow item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.name(item));
        }
    }

    private TableColumn<StageRow, String> money(String title, Function<StageRow, BigDecimal> value) {
        TableColumn<StageRow, String> column = text(title, r -> formats.money(value.apply(r), currency.get()), 95);
        column.getStyleClass().add("numeric");
        return column;
    }

    private static TableColumn<StageRow, String> text(String title, Function<StageRow, String> value, double width) {
        TableColumn<StageRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
