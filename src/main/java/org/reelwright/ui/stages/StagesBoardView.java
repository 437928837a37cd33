package org.reelwright.ui.stages;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.reelwright.domain.AiToolCategory;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.Phase;
import org.reelwright.domain.Workflow;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.common.SharedColumns;

/**
 * The stages board: one row per stage in production order under its phase, with the workflow toggle, AI tool, AI
 * share, team, iteration allowance and real-performer checkbox on the left and the stage's cost and calendar days
 * on the right, updated as the user types. The cost is one column: the likely figure in bold, and under it the low
 * and high ones, which keeps the board within a laptop's width (1280×800, 1366×768) in either language with the
 * stage names always in sight. A row opens (chevron or the stage's name) to show how its cost is made, its sources,
 * and the rates it uses, each of which can be replaced by the user's own. The rows and the header share their
 * columns ({@link SharedColumns}), each as wide as its content, so they line up without a table.
 */
public final class StagesBoardView {
    /** The board's columns: chevron, stage, workflow, AI tool, AI share, team, iterations, real performers, cost,
     *  days. */
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    private static final int CHEVRON = 0;
    private static final int STAGE = 1;
    private static final int WORKFLOW = 2;
    private static final int AI_TOOL = 3;
    private static final int AI_SHARE = 4;
    private static final int TEAM = 5;
    private static final int ITERATIONS = 6;
    private static final int REAL_PERFORMERS = 7;
    private static final int COST = 8;
    private static final int DAYS = 9;
    private static final PseudoClass EXPANDED = PseudoClass.getPseudoClass("expanded");
    /** On cost figures that include a value still being typed. */
    private static final PseudoClass PREVIEW = PseudoClass.getPseudoClass("preview");
    /** On a library figure the user's own figure replaces. */
    private static final PseudoClass REPLACED = PseudoClass.getPseudoClass("replaced");

    private final StagesBoardViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final SharedColumns columns = new SharedColumns(HPos.LEFT, HPos.LEFT, HPos.LEFT, HPos.LEFT, HPos.LEFT,
            HPos.LEFT, HPos.LEFT, HPos.CENTER, HPos.RIGHT, HPos.RIGHT);

    public StagesBoardView(StagesBoardViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("stages-view");
        root.setId("stages-view");
        Label total = Fit.wrapping(new Label());
        total.setId("stages-total");
        total.getStyleClass().add("stages-total");
        total.textProperty().bind(model.totalProperty());
        // Shown muted while the lines below are newer than the headline, which waits for the simulation.
        model.totalPendingProperty().addListener((obs, was, pending) -> total.pseudoClassStateChanged(PENDING, pending));
        Label hint = Fit.wrapping(new Label(messages.get("stages.hint")));
        hint.getStyleClass().add("stages-hint");
        Label error = Fit.wrapping(ErrorLabel.showing(model.errorProperty()));
        error.setId("stages-error");
        error.getStyleClass().setAll("label", "field-error");
        VBox heading = new VBox(total, hint, error);
        heading.getStyleClass().add("stages-heading");

        VBox board = new VBox() {
            @Override
            protected void layoutChildren() {
                columns.fit(); // the columns follow their cells (a cost that grows a digit) before the rows lay out
                super.layoutChildren();
            }
        };
        board.getStyleClass().add("stages-board");
        Phase phase = null;
        for (StageRowModel row : model.rows()) {
            if (row.phase() != phase) {
                phase = row.phase();
                Label name = new Label(messages.name(phase));
                name.getStyleClass().add("phase-header");
                name.setMaxWidth(Double.MAX_VALUE);
                board.getChildren().add(name);
            }
            board.getChildren().add(stageRow(row));
        }
        ScrollPane scroller = new ScrollPane(board);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().addAll("stages-scroll", Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        root.getChildren().addAll(heading, followingHeader(columnHeader(), scroller, board), scroller);
    }

    /**
     * The column titles stay put when the board scrolls down, but in a window too narrow for every column they
     * must scroll sideways with it, or they would no longer sit over their columns.
     */
    private static Node followingHeader(Node header, ScrollPane scroller, Region board) {
        StackPane holder = new StackPane(header);
        holder.setAlignment(Pos.TOP_LEFT);
        holder.setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(holder.widthProperty());
        clip.heightProperty().bind(holder.heightProperty());
        holder.setClip(clip);
        InvalidationListener follow = o -> {
            double hidden = Math.max(0, board.getWidth() - scroller.getViewportBounds().getWidth());
            header.setTranslateX(-hidden * scroller.getHvalue());
        };
        scroller.hvalueProperty().addListener(follow);
        scroller.viewportBoundsProperty().addListener(follow);
        board.widthProperty().addListener(follow);
        return holder;
    }

    private Node columnHeader() {
        GridPane grid = columns.grid();
        String[] keys = {null, "stages.column.stage", "stages.column.workflow", "stages.column.aiTool",
            "stages.column.aiShare", "stages.column.teamSize", "stages.column.iterations",
            "stages.column.realPerformers", null, "stages.column.days"};
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            String text = key != null ? messages.get(key) : i == COST ? messages.get("stages.column.likely") + "\n"
                    + messages.get("stages.column.low") + " \u2013 " + messages.get("stages.column.high") : null;
            if (text != null) {
                Label label = new Label(text);
                label.getStyleClass().add("column-title");
                label.setTooltip(new Tooltip(messages.get((key != null ? key : "stages.column.cost") + ".tip")));
                if (i >= COST) {
                    GridPane.setHalignment(label, HPos.RIGHT);
                    label.setAlignment(Pos.CENTER_RIGHT);
                    label.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                } else if (i == REAL_PERFORMERS) {
                    label.setAlignment(Pos.CENTER);
                    label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
                }
                columns.title(grid, label, i);
            }
        }
        grid.getStyleClass().add("stages-columns");
        return grid;
    }

    // ---- a stage

    private Node stageRow(StageRowModel row) {
        String id = row.stage().id();
        GridPane grid = columns.grid();
        grid.getStyleClass().add("stage-line");

        Button chevron = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        chevron.setId("details-toggle-" + id);
        chevron.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        chevron.setTooltip(new Tooltip(messages.get("stages.details.toggle")));
        Label name = new Label(row.name());
        name.getStyleClass().add("stage-name");
        name.setId("stage-name-" + id);
        Fit.whole(name); // the stage's name is never cut: its column is as wide as the longest name
        columns.add(grid, chevron, CHEVRON);
        columns.add(grid, name, STAGE);
        columns.add(grid, workflowToggle(row), WORKFLOW);
        columns.add(grid, aiToolChoice(row), AI_TOOL);
        columns.add(grid, onlyWhen(field(row.aiShare(), id), row, w -> w == Workflow.HYBRID), AI_SHARE);
        columns.add(grid, field(row.teamSize(), id), TEAM);
        columns.add(grid, onlyWhen(field(row.iterations(), id), row, w -> w != Workflow.TRADITIONAL), ITERATIONS);
        if (row.likenessApplies()) {
            CheckBox likeness = new CheckBox();
            likeness.setId("realPerformers-" + id);
            likeness.setTooltip(new Tooltip(messages.get("stages.realPerformers.tip")));
            likeness.setSelected(row.realPerformersProperty().get());
            row.realPerformersProperty().addListener((obs, old, now) -> likeness.setSelected(now));
            likeness.setOnAction(e -> row.setRealPerformers(likeness.isSelected()));
            GridPane.setHalignment(likeness, HPos.CENTER);
            columns.add(grid, likeness, REAL_PERFORMERS);
        }
        columns.add(grid, cost(row), COST);
        columns.add(grid, money(row.daysProperty(), "days-" + id, row), DAYS);

        Label errors = ErrorLabel.showing(joined(row.aiShare().errorProperty(), row.teamSize().errorProperty(),
                row.iterations().errorProperty()));
        errors.setId("stage-error-" + id);
        errors.getStyleClass().setAll("label", "field-error", "stage-error");

        // The details (explanation, sources, pay terms, a grid of rate fields) are built when the stage is first
        // opened: built for all sixteen stages up front they were most of the board's nodes, and the first visit to
        // the board spent seconds styling controls nobody had opened.
        StackPane details = new StackPane();
        details.setId("details-" + id);
        details.setVisible(false);
        details.managedProperty().bind(details.visibleProperty());
        VBox card = new VBox(grid, errors, details);
        card.getStyleClass().add("stage-row");
        card.setId("stage-" + id);
        StageDetails[] made = new StageDetails[1];
        Runnable toggle = () -> {
            boolean open = !details.isVisible();
            if (open && made[0] == null) {
                made[0] = details(row);
                details.getChildren().setAll(made[0].node());
            }
            details.setVisible(open);
            if (open) {
                made[0].catchUp().run();
            }
            chevron.setGraphic(new FontIcon(open ? MaterialDesignC.CHEVRON_DOWN : MaterialDesignC.CHEVRON_RIGHT));
            card.pseudoClassStateChanged(EXPANDED, open);
        };
        chevron.setOnAction(e -> toggle.run());
        name.setOnMouseClicked(e -> toggle.run());
        return card;
    }

    /** The workflows the stage accepts as one choice; a stage without an AI basis says "n/a" for AI. */
    private Node workflowToggle(StageRowModel row) {
        HBox box = new HBox();
        box.getStyleClass().add("workflow-toggle");
        box.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        List<Workflow> choices = row.workflows();
        for (int i = 0; i < choices.size(); i++) {
            Workflow w = choices.get(i);
            ToggleButton button = new ToggleButton(messages.name(w));
            button.setId("workflow-" + row.stage().id() + "-" + w.id());
            button.setUserData(w);
            button.setToggleGroup(group);
            button.getStyleClass().addAll(Styles.SMALL, "workflow-" + w.id());
            if (choices.size() > 1) {
                button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == choices.size() - 1 ? Styles.RIGHT_PILL
                        : Styles.CENTER_PILL);
            }
            button.setSelected(w == row.workflowProperty().get());
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one workflow is always chosen
            } else {
                row.setWorkflow((Workflow) now.getUserData());
            }
        });
        row.workflowProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        if (!row.aiApplicable()) {
            Label na = new Label(messages.get("stages.aiNotApplicable"));
            na.setId("workflow-" + row.stage().id() + "-na");
            na.getStyleClass().add("not-applicable");
            na.setTooltip(new Tooltip(messages.get("stages.aiNotApplicable.tip")));
            box.getChildren().add(na);
        } else if (choices.size() == 1) {
            Label only = new Label(messages.get("stages.aiOnly"));
            only.getStyleClass().add("not-applicable");
            box.getChildren().add(only);
        }
        return box;
    }

    private Node aiToolChoice(StageRowModel row) {
        if (row.aiTools().isEmpty()) {
            return dash();
        }
        ComboBox<AiToolCategory> box = new ComboBox<>();
        box.setId("aiTool-" + row.stage().id());
        box.getItems().setAll(row.aiTools());
        box.setValue(row.aiToolProperty().get());
        box.setCellFactory(v -> new ToolCell());
        box.setButtonCell(new ToolCell());
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add(Styles.SMALL);
        box.disableProperty().bind(row.workflowProperty().isEqualTo(Workflow.TRADITIONAL));
        row.aiToolProperty().addListener((obs, old, now) -> box.setValue(now));
        box.valueProperty().addListener((obs, old, now) -> row.setAiTool(now));
        return box;
    }

    /** A number box: Enter or leaving it commits, Escape reverts, red while its text cannot be used. */
    private TextField field(StageField field, String stageId) {
        TextField box = new TextField();
        box.setId(field.id() + "-" + stageId);
        box.getStyleClass().addAll(Styles.SMALL, "number-field");
        box.textProperty().bindBidirectional(field.textProperty());
        box.setOnAction(e -> field.commit());
        box.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                field.commit();
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.revert();
                e.consume();
            }
        });
        field.errorProperty().addListener((obs, old, now) -> box.pseudoClassStateChanged(Styles.STATE_DANGER,
                !now.isEmpty()));
        return box;
    }

    /** Shows {@code control} only for the workflows it applies to, and a dash otherwise. */
    private Node onlyWhen(Node control, StageRowModel row, Predicate<Workflow> applies) {
        Label dash = dash();
        StackPane cell = new StackPane(control, dash);
        cell.setAlignment(Pos.CENTER_LEFT);
        Runnable update = () -> {
            boolean on = applies.test(row.workflowProperty().get());
            control.setVisible(on);
            dash.setVisible(!on);
        };
        row.workflowProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return cell;
    }

    /** The likely cost in bold over the low and high ones, all three updated as the user types. */
    private Node cost(StageRowModel row) {
        String id = row.stage().id();
        Label likely = money(row.likelyProperty(), "likely-" + id, row);
        likely.getStyleClass().add("cost-likely");
        likely.setTooltip(new Tooltip(messages.get("stages.column.likely.tip")));
        Label low = money(row.lowProperty(), "low-" + id, row);
        low.setTooltip(new Tooltip(messages.get("stages.column.low.tip")));
        Label high = money(row.highProperty(), "high-" + id, row);
        high.setTooltip(new Tooltip(messages.get("stages.column.high.tip")));
        Label to = new Label("\u2013");
        HBox range = new HBox(3, low, to, high);
        range.setAlignment(Pos.CENTER_RIGHT);
        for (Label l : List.of(low, to, high)) {
            l.getStyleClass().add("cost-range");
            Fit.whole(l);
        }
        VBox cell = new VBox(Fit.whole(likely), range);
        cell.setAlignment(Pos.CENTER_RIGHT);
        cell.setId("cost-" + id);
        return cell;
    }

    private Label money(ObservableStringValue text, String id, StageRowModel row) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("cost");
        label.textProperty().bind(text);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER_RIGHT);
        GridPane.setHalignment(label, HPos.RIGHT);
        row.previewProperty().addListener((obs, old, now) -> label.pseudoClassStateChanged(
                PREVIEW, now));
        return label;
    }

    // ---- details: how the cost is made, sources, rates

    /** A stage's details, and what brings its rate grid up to date when the stage is opened again. */
    private record StageDetails(Node node, Runnable catchUp) {
    }

    private StageDetails details(StageRowModel row) {
        String id = row.stage().id();
        Label explanation = new Label();
        explanation.setId("explanation-" + id);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("details-text");
        explanation.textProperty().bind(row.explanationProperty());
        VBox how = new VBox(heading("stages.details.how"), explanation);
        how.getStyleClass().add("details-block");
        HBox.setHgrow(how, Priority.ALWAYS);
        how.setPrefWidth(0);

        VBox sources = new VBox();
        sources.setId("sources-" + id);
        sources.getStyleClass().add("details-block");
        Runnable showSources = () -> {
            sources.getChildren().setAll(heading("stages.details.sources"));
            for (String s : row.sources()) {
                Label source = new Label("\u2022 " + s);
                source.setWrapText(true);
                source.getStyleClass().add("details-text");
                sources.getChildren().add(source);
            }
            if (row.sources().isEmpty()) {
                Label none = new Label(messages.get("stages.details.noSources"));
                none.getStyleClass().add("field-hint");
                sources.getChildren().add(none);
            }
        };
        row.sources().addListener((ListChangeListener<String>) c -> showSources.run());
        showSources.run();
        HBox.setHgrow(sources, Priority.ALWAYS);
        sources.setPrefWidth(0);
        HBox top = new HBox(how, sources);
        top.getStyleClass().add("details-top");

        GridPane rates = new GridPane();
        rates.setId("rates-" + id);
        rates.getStyleClass().add("rates-grid");
        // Rebuilt when the rates change only while they are in sight; a closed stage's grid catches up when opened.
        boolean[] stale = {false};
        row.rates().addListener((ListChangeListener<RateRowModel>) c -> {
            if (isShowing(rates)) {
                showRates(rates, row);
            } else {
                stale[0] = true;
            }
        });
        showRates(rates, row);
        VBox rateBlock = new VBox(heading("stages.details.rates"), hint("stages.details.ratesHint"), rates);
        rateBlock.getStyleClass().add("details-block");

        VBox box = new VBox(top, payTerms(row), rateBlock);
        box.getStyleClass().add("stage-details");
        return new StageDetails(box, () -> {
            if (stale[0]) {
                stale[0] = false;
                showRates(rates, row);
            }
        });
    }

    /** In a scene and visible with all its parents (an opened stage on the board in sight). */
    private static boolean isShowing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Pay terms (issue 12): per category, the pay model's term or the stage's own, and the stage's split. */
    private Node payTerms(StageRowModel row) {
        String id = row.stage().id();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("rates-grid");
        int r = 0;
        for (PayCategory category : row.payCategories()) {
            ComboBox<Optional<PayTerm>> box = new ComboBox<>();
            box.setId("payTerm-" + id + "-" + category.id());
            box.getItems().add(Optional.empty());
            for (PayTerm term : PayTerm.values()) {
                box.getItems().add(Optional.of(term));
            }
            javafx.util.Callback<javafx.scene.control.ListView<Optional<PayTerm>>,
                    ListCell<Optional<PayTerm>>> cells = v -> new ListCell<>() {
                        @Override
                        protected void updateItem(Optional<PayTerm> item, boolean empty) {
                            super.updateItem(item, empty);
                            setText(empty || item == null ? null : item.map(messages::name)
                                    .orElse(row.followsPayModelProperty(category).get()));
                        }
                    };
            box.setCellFactory(cells);
            box.setButtonCell(cells.call(null));
            box.setValue(Optional.ofNullable(row.payTermProperty(category).get()));
            row.payTermProperty(category).addListener((obs, old, now) -> box.setValue(Optional.ofNullable(now)));
            row.followsPayModelProperty(category).addListener((obs, old, now) -> {
                box.setButtonCell(cells.call(null)); // the "as the pay model" wording changed with the preset
            });
            box.valueProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    row.setPayTerm(category, now.orElse(null));
                }
            });
            Label label = new Label(messages.name(category));
            label.setLabelFor(box);
            grid.add(label, 0, r);
            grid.add(box, 1, r++);
        }
        Label split = new Label();
        split.setId("paySplit-" + id);
        split.getStyleClass().add("field-hint");
        split.setWrapText(true);
        split.textProperty().bind(row.paySplitProperty());
        VBox block = new VBox(heading("stages.details.pay"), grid, split);
        block.getStyleClass().add("details-block");
        return block;
    }

    private void showRates(GridPane grid, StageRowModel row) {
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(column(250, Priority.ALWAYS), column(210, Priority.NEVER),
                column(72, Priority.NEVER), column(72, Priority.NEVER), column(72, Priority.NEVER),
                column(170, Priority.SOMETIMES), column(Region.USE_COMPUTED_SIZE, Priority.NEVER));
        String[] titles = {"stages.rate.name", "stages.rate.library", "stages.rate.low", "stages.rate.likely",
            "stages.rate.high", "stages.rate.note", null};
        for (int i = 0; i < titles.length; i++) {
            if (titles[i] != null) {
                Label t = new Label(messages.get(titles[i]));
                t.getStyleClass().add("column-title");
                grid.add(t, i, 0);
            }
        }
        int r = 1;
        for (RateRowModel rate : row.rates()) {
            // Benchmark ids contain dots, which a CSS id selector would read as classes.
            String key = row.stage().id() + "-" + rate.benchmarkId().replace('.', '-');
            Label name = new Label();
            name.textProperty().bind(rate.labelProperty());
            name.setWrapText(true);
            Label idLine = new Label(rate.benchmarkId());
            idLine.getStyleClass().add("field-hint");
            VBox nameBox = new VBox(name, idLine);
            if (!rate.sources().isEmpty()) {
                Tooltip.install(nameBox, new Tooltip(String.join("\n", rate.sources())));
            }
            Label library = new Label();
            library.setId("library-" + key);
            library.textProperty().bind(Bindings.concat(rate.libraryProperty(), " ", rate.unitProperty()));
            library.getStyleClass().add("library-rate");
            library.setWrapText(true);
            rate.overriddenProperty().addListener((obs, old, now) -> library.pseudoClassStateChanged(
                    REPLACED, now));
            library.pseudoClassStateChanged(REPLACED,
                    rate.overriddenProperty().get());
            Label confidence = new Label();
            confidence.textProperty().bind(rate.confidenceProperty());
            confidence.getStyleClass().add("field-hint");
            Label origin = new Label();
            origin.setId("origin-" + key);
            origin.textProperty().bind(rate.originProperty());
            origin.getStyleClass().add("your-figure");
            origin.visibleProperty().bind(rate.overriddenProperty());
            origin.managedProperty().bind(origin.visibleProperty());
            Fit.whole(origin);
            VBox libraryBox = new VBox(library, confidence, origin);
            libraryBox.getStyleClass().add("library-cell");
            TextField low = rateField(rate.lowProperty(), "rate-low-" + key, rate);
            TextField likely = rateField(rate.likelyProperty(), "rate-likely-" + key, rate);
            TextField high = rateField(rate.highProperty(), "rate-high-" + key, rate);
            TextField note = rateField(rate.noteProperty(), "rate-note-" + key, rate);
            note.getStyleClass().remove("number-field");
            note.setPromptText(messages.get("stages.rate.notePrompt"));
            Button apply = new Button(messages.get("stages.rate.apply"), new FontIcon(MaterialDesignC.CHECK));
            apply.setId("rate-apply-" + key);
            apply.getStyleClass().add(Styles.SMALL);
            Fit.whole(apply);
            apply.setOnAction(e -> rate.apply());
            Button restore = new Button(messages.get("stages.rate.useLibrary"),
                    new FontIcon(MaterialDesignB.BACKUP_RESTORE));
            restore.setId("rate-restore-" + key);
            restore.getStyleClass().add(Styles.SMALL);
            Fit.whole(restore);
            restore.visibleProperty().bind(rate.overriddenProperty());
            restore.managedProperty().bind(restore.visibleProperty());
            restore.setOnAction(e -> rate.useLibrary());
            HBox actions = new HBox(apply, restore);
            actions.getStyleClass().add("rate-actions");
            actions.setAlignment(Pos.CENTER_LEFT);
            grid.addRow(r, nameBox, libraryBox, low, likely, high, note, actions);
            Label error = ErrorLabel.showing(rate.errorProperty());
            error.getStyleClass().setAll("label", "field-error");
            grid.add(error, 1, r + 1, 6, 1);
            r += 2;
        }
        if (row.rates().isEmpty()) {
            grid.getChildren().clear();
            Label none = new Label(messages.get("stages.details.noRates"));
            none.getStyleClass().add("field-hint");
            grid.add(none, 0, 0, 7, 1);
        }
    }

    private TextField rateField(StringProperty text, String id, RateRowModel rate) {
        TextField box = new TextField();
        box.setId(id);
        box.getStyleClass().addAll(Styles.SMALL, "number-field");
        box.textProperty().bindBidirectional(text);
        box.setOnAction(e -> rate.apply());
        rate.errorProperty().addListener((obs, old, now) -> box.pseudoClassStateChanged(Styles.STATE_DANGER,
                !now.isEmpty()));
        return box;
    }

    // ---- building blocks

    private static ColumnConstraints column(double width, Priority grow) {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(width == Region.USE_COMPUTED_SIZE ? Region.USE_PREF_SIZE : Math.min(width, 90));
        c.setPrefWidth(width);
        c.setHgrow(grow);
        return c;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("details-heading");
        return label;
    }

    private Label hint(String key) {
        Label label = Fit.wrapping(new Label(messages.get(key)));
        label.getStyleClass().add("field-hint");
        return label;
    }

    private static Label dash() {
        Label dash = new Label("\u2013");
        dash.getStyleClass().add("not-applicable");
        return dash;
    }

    private static StringBinding joined(ObservableStringValue... parts) {
        return Bindings.createStringBinding(() -> {
            List<String> texts = new ArrayList<>();
            for (var p : parts) {
                if (p.get() != null && !p.get().isEmpty()) {
                    texts.add(p.get());
                }
            }
            return String.join("\n", texts);
        }, parts);
    }

    private final class ToolCell extends ListCell<AiToolCategory> {
        @Override
        protected void updateItem(AiToolCategory item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.name(item));
        }
    }
}
