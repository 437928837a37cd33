package org.reelwright.ui.budget;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.common.PillChoice;

/**
 * The budget top sheet: a scenario switch, the phases with their stage lines (workflow, low, likely, high, share of
 * the subtotal) closing with subtotal, contingency and total, and beside it the total, P50/P80, contingency and how
 * much of the plan is AI work. When some pay is deferred or in kind, a cash card leads the side (cash needed at P50,
 * the safe cash budget at P80, then deferred and in-kind value) and a cash column follows the likely column, with each
 * stage's split as its tooltip; otherwise the total card says in one line that all of it is cash. Stages that use AI tools carry the AI colour and a robot mark.
 */
public final class BudgetView {
    private static final PseudoClass PHASE = PseudoClass.getPseudoClass("phase");
    private static final PseudoClass SUBTOTAL = PseudoClass.getPseudoClass("subtotal");
    private static final PseudoClass CONTINGENCY = PseudoClass.getPseudoClass("contingency");
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    private static final PseudoClass AI = PseudoClass.getPseudoClass("ai");

    private final BudgetViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TreeTableView<BudgetRow> table = new TreeTableView<>();

    public BudgetView(BudgetViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("budget-view");
        root.setId("budget-view");
        Label error = ErrorLabel.showing(model.errorProperty());

        buildTable();
        HBox.setHgrow(table, Priority.ALWAYS);
        ScrollPane side = new ScrollPane(summary());
        side.getStyleClass().add("budget-side");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setMinWidth(280);
        side.setPrefWidth(300);
        side.setMaxWidth(320);
        HBox body = new HBox(table, side);
        body.getStyleClass().add("budget-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(toolbar(), error, body);
    }

    private Node toolbar() {
        Label title = new Label(messages.get("budget.title"));
        title.getStyleClass().add("budget-title");
        Label plan = new Label(messages.get("budget.scenario"));
        plan.getStyleClass().add("toolbar-label");
        HBox scenarios = scenarioToggles();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label currency = new Label();
        currency.setId("budget-currency");
        currency.getStyleClass().add("budget-currency");
        currency.textProperty().bind(model.currencyProperty());
        HBox bar = new HBox(title, spacer, currency, plan, scenarios);
        bar.getStyleClass().add("budget-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox scenarioToggles() {
        return PillChoice.of(model.scenarios(), model::scenarioName, s -> "budget-scenario-" + s.id(),
                model.scenarioProperty());
    }

    private void buildTable() {
        table.setId("budget-table");
        table.getStyleClass().addAll("budget-table", Styles.DENSE);
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<BudgetRow, BudgetRow> stage = new TreeTableColumn<>(messages.get("budget.column.item"));
        stage.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        stage.setCellFactory(c -> new ItemCell());
        stage.setMinWidth(200);
        stage.setPrefWidth(230);
        stage.setSortable(false);
        table.getColumns().add(stage);
        TreeTableColumn<BudgetRow, String> workflow = text(messages.get("budget.column.workflow"),
                BudgetRow::workflowText, 150);
        workflow.getStyleClass().add("workflow-column");
        table.getColumns().add(workflow);
        table.getColumns().add(numeric(messages.get("budget.column.low"), BudgetRow::low));
        table.getColumns().add(numeric(messages.get("budget.column.likely"), BudgetRow::likely));
        table.getColumns().add(numeric(messages.get("budget.column.high"), BudgetRow::high));
        TreeTableColumn<BudgetRow, String> cash = numeric(messages.get("budget.column.cash"), BudgetRow::cash);
        cash.setId("budget-column-cash");
        cash.getStyleClass().add("cash-column");
        cash.visibleProperty().bind(model.cashSplitProperty());
        table.getColumns().add(cash);
        TreeTableColumn<BudgetRow, BudgetRow> share = new TreeTableColumn<>(messages.get("budget.column.share"));
        share.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        share.setCellFactory(c -> new ShareCell());
        share.setMinWidth(130);
        share.setSortable(false);
        table.getColumns().add(share);
        table.setRowFactory(t -> new BudgetTableRow());
        table.setPlaceholder(new Label(messages.get("budget.empty")));
        model.rows().addListener((ListChangeListener<BudgetRow>) change -> fill());
        fill();
    }

    /** Rebuilds the tree: each phase row holds the stage rows that follow it; the closing lines sit at the top level. */
    private void fill() {
        TreeItem<BudgetRow> top = new TreeItem<>();
        TreeItem<BudgetRow> phase = null;
        for (BudgetRow row : model.rows()) {
            TreeItem<BudgetRow> item = new TreeItem<>(row);
            if (row.kind() == BudgetRow.Kind.STAGE && phase != null) {
                phase.getChildren().add(item);
            } else {
                item.setExpanded(true);
                top.getChildren().add(item);
                phase = row.kind() == BudgetRow.Kind.PHASE ? item : null;
            }
        }
        table.setRoot(top);
    }

    private Node summary() {
        Label totalTitle = cardTitle(messages.get("budget.card.total"));
        Label total = new Label();
        total.setId("budget-total");
        total.getStyleClass().add("budget-card-figure");
        total.textProperty().bind(model.headlineProperty());
        Label range = line("", "budget-total-range");
        range.setId("budget-total-range");
        range.textProperty().bind(model.totalRangeProperty());
        Label mean = line("", "budget-pert");
        mean.textProperty().bind(model.pertMeanProperty());
        Label allCash = line("", "budget-all-cash");
        allCash.setId("budget-all-cash");
        allCash.textProperty().bind(model.allCashProperty());
        allCash.visibleProperty().bind(model.allCashProperty().isNotEmpty());
        allCash.managedProperty().bind(allCash.visibleProperty());
        VBox totalCard = card(totalTitle, total, range, mean, allCash);

        Label p50 = figure("budget-p50");
        p50.textProperty().bind(model.p50Property());
        Label p80 = figure("budget-p80");
        p80.textProperty().bind(model.p80Property());
        HBox percentiles = new HBox(pair(messages.get("budget.p50"), p50), pair(messages.get("budget.p80"), p80));
        percentiles.getStyleClass().add("budget-percentiles");
        Label howToRead = line(messages.get("budget.percentiles.hint"), "budget-hint");
        VBox odds = card(cardTitle(messages.get("budget.card.percentiles")), percentiles, howToRead);

        Label contingency = line("", "budget-contingency");
        contingency.textProperty().bind(model.contingencyProperty());
        VBox reserve = card(cardTitle(messages.get("budget.card.contingency")), contingency,
                line(messages.get("budget.contingency.hint"), "budget-hint"));

        FontIcon robot = new FontIcon(MaterialDesignR.ROBOT_OUTLINE);
        robot.getStyleClass().add("budget-ai-icon");
        Label aiTitle = cardTitle(messages.get("budget.card.ai"));
        aiTitle.setGraphic(robot);
        Label ai = line("", "budget-ai-summary");
        ai.setId("budget-ai-summary");
        ai.textProperty().bind(model.aiSummaryProperty());
        VBox aiCard = card(aiTitle, ai);

        VBox box = new VBox(cashCard(), totalCard, odds, reserve, aiCard);
        box.getStyleClass().add("budget-cards");
        return box;
    }

    /** Cash needed first (issue 12): shown only when some pay is deferred or in kind. */
    private Node cashCard() {
        Label cash = new Label();
        cash.setId("budget-cash");
        cash.getStyleClass().add("budget-card-figure");
        cash.textProperty().bind(model.cashNeededProperty());
        Label safe = line("", "budget-cash-safe");
        safe.setId("budget-cash-safe");
        safe.textProperty().bind(model.cashSafeProperty());
        Label rest = line("", "budget-pay-rest");
        rest.setId("budget-pay-rest");
        rest.textProperty().bind(model.payRestProperty());
        Label payModel = line("", "budget-hint");
        payModel.setId("budget-pay-model");
        payModel.textProperty().bind(model.payModelProperty());
        VBox card = card(cardTitle(messages.get("budget.card.cash")), cash, safe, rest, payModel,
                line(messages.get("budget.cash.hint"), "budget-hint"));
        card.setId("budget-cash-card");
        card.visibleProperty().bind(model.cashSplitProperty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static VBox pair(String name, Label value) {
        Label label = new Label(name);
        label.getStyleClass().add("budget-pair-name");
        VBox box = new VBox(label, value);
        box.getStyleClass().add("budget-pair");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label figure(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("budget-card-figure-small");
        return label;
    }

    private static Label cardTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("budget-card-title");
        return org.reelwright.ui.common.Fit.wrapping(label); // a card is narrow at 1280 px
    }

    private static Label line(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("budget-card-line", styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static VBox card(Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add("budget-card");
        return card;
    }

    private static TreeTableColumn<BudgetRow, String> text(String title, Function<BudgetRow, String> value,
            double width) {
        TreeTableColumn<BudgetRow, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue() == null ? ""
                : value.apply(c.getValue().getValue())));
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static TreeTableColumn<BudgetRow, String> numeric(String title, Function<BudgetRow, String> value) {
        TreeTableColumn<BudgetRow, String> column = text(title, value, 110);
        column.getStyleClass().add("numeric");
        return column;
    }

    /** Marks a row's kind and AI use as pseudo-classes, so the stylesheet can set phases and totals apart. */
    private static final class BudgetTableRow extends TreeTableRow<BudgetRow> {
        @Override
        protected void updateItem(BudgetRow row, boolean empty) {
            super.updateItem(row, empty);
            BudgetRow.Kind kind = empty || row == null ? null : row.kind();
            pseudoClassStateChanged(PHASE, kind == BudgetRow.Kind.PHASE);
            pseudoClassStateChanged(SUBTOTAL, kind == BudgetRow.Kind.SUBTOTAL);
            pseudoClassStateChanged(CONTINGENCY, kind == BudgetRow.Kind.CONTINGENCY);
            pseudoClassStateChanged(TOTAL, kind == BudgetRow.Kind.TOTAL);
            pseudoClassStateChanged(AI, row != null && !empty && row.ai());
        }
    }

    /** The item's name; an AI stage gets a robot mark after it (and says so to screen readers). */
    private final class ItemCell extends TreeTableCell<BudgetRow, BudgetRow> {
        private final FontIcon robot = new FontIcon(MaterialDesignR.ROBOT_OUTLINE);

        ItemCell() {
            robot.getStyleClass().add("budget-ai-icon");
            setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            setGraphicTextGap(6);
        }

        @Override
        protected void updateItem(BudgetRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            setText(row.label());
            setGraphic(row.ai() ? robot : null);
            setAccessibleText(row.ai() ? row.label() + ", " + messages.get("budget.aiStage") : row.label());
            setTooltip(row.payDetail().isEmpty() ? null : new Tooltip(row.payDetail()));
            if (row.stage() != null) {
                setId("budget-row-" + row.stage().id());
            } else {
                setId(null);
            }
        }
    }

    /** The share of the subtotal as a thin bar and a percentage; empty for the closing lines. */
    private static final class ShareCell extends TreeTableCell<BudgetRow, BudgetRow> {
        private final Region bar = new Region();
        private final StackPane track = new StackPane(bar);
        private final Label text = new Label();
        private final HBox box = new HBox(track, text);

        ShareCell() {
            track.getStyleClass().add("share-track");
            bar.getStyleClass().add("share-bar");
            StackPane.setAlignment(bar, Pos.CENTER_LEFT);
            text.getStyleClass().add("share-text");
            box.getStyleClass().add("share-box");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(BudgetRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null || row.shareText().isEmpty()) {
                setGraphic(null);
                return;
            }
            double share = Math.max(0, Math.min(1, row.share()));
            bar.setMaxWidth(Math.max(share > 0 ? 2 : 0, share * 60));
            bar.setMinWidth(bar.getMaxWidth());
            bar.pseudoClassStateChanged(AI, row.ai());
            bar.pseudoClassStateChanged(PHASE, row.kind() == BudgetRow.Kind.PHASE);
            text.setText(row.shareText());
            setGraphic(box);
        }
    }
}
