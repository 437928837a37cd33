package org.reelwright.ui.benchmarks;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.reelwright.benchmark.Confidence;
import org.reelwright.ui.common.CellStates;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Messages;

/**
 * The benchmarks browser: a search box and stage / confidence filters over a table of every library rate, and the
 * selected rate's details — figures, note, sources, rules — with a form to set this production's own figure or go
 * back to the library's. Rates with the user's own figure carry a mark in the table.
 */
public final class BenchmarksView {
    /** A cell's colour by confidence (pseudo-classes, so a reused cell is not re-matched: see CellStates). */
    private static final CellStates CONFIDENCE_STATES = CellStates.ofCodes("confidence-",
            Confidence.values());
    private static final PseudoClass YOURS = PseudoClass.getPseudoClass("yours");

    private final BenchmarksViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TableView<BenchmarkRow> table = new TableView<>();
    private final VBox details = new VBox();
    private final VBox form = new VBox();
    /** Set while the table's selection follows the model, so that change is not sent back. */
    private boolean syncing;

    public BenchmarksView(BenchmarksViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("benchmarks-view");
        root.setId("benchmarks-view");
        Label error = ErrorLabel.showing(model.errorProperty());
        buildTable();
        buildForm();
        VBox side = new VBox(details, form);
        side.getStyleClass().add("benchmark-side");
        ScrollPane detailPane = new ScrollPane(side);
        detailPane.setId("benchmark-details");
        detailPane.getStyleClass().add("benchmark-details");
        detailPane.setFitToWidth(true);
        detailPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        details.getStyleClass().add("benchmark-details-body");
        SplitPane split = new SplitPane(table, detailPane);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(detailPane, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        model.detailsProperty().addListener((obs, old, now) -> showDetails(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            selectInTable();
            if (now != null) {
                table.scrollTo(now);
            }
        });
        // A new search or filter resets the table's selection; the model's choice is put back if still listed.
        model.rows().addListener((ListChangeListener<BenchmarkRow>) change -> selectInTable());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.selectedProperty().set(now);
            }
        });
        showDetails(model.detailsProperty().get());
        root.getChildren().addAll(toolbar(), error, split);
    }

    /** Shows the model's selected rate as the table's selection, without sending it back. */
    private void selectInTable() {
        BenchmarkRow now = model.selectedProperty().get();
        syncing = true;
        try {
            if (now == null || !table.getItems().contains(now)) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        } finally {
            syncing = false;
        }
    }

    private Node toolbar() {
        CustomTextField search = new CustomTextField();
        search.setId("benchmark-search");
        search.setPromptText(messages.get("benchmarks.search.prompt"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefWidth(280);
        HBox.setHgrow(search, Priority.SOMETIMES);

        ComboBox<StageChoice> stage = new ComboBox<>(FXCollections.observableArrayList(model.stageChoices()));
        stage.setId("benchmark-stage-filter");
        stage.setConverter(converter(model::stageChoiceName));
        stage.valueProperty().bindBidirectional(model.stageFilterProperty());
        stage.setVisibleRowCount(18);
        stage.setTooltip(new Tooltip(messages.get("benchmarks.filter.stage")));

        ComboBox<Confidence> confidence = new ComboBox<>(FXCollections.observableArrayList(
                model.confidenceChoices()));
        confidence.setId("benchmark-confidence-filter");
        confidence.setConverter(converter(model::confidenceName));
        // A ComboBox shows its converter's text for a null value only through a custom button cell.
        confidence.setButtonCell(new NamedCell<>(model::confidenceName));
        confidence.setCellFactory(list -> new NamedCell<>(model::confidenceName));
        confidence.valueProperty().bindBidirectional(model.confidenceFilterProperty());
        confidence.setTooltip(new Tooltip(messages.get("benchmarks.filter.confidence")));

        CheckBox yours = new CheckBox(messages.get("benchmarks.filter.yours"));
        yours.setId("benchmark-only-yours");
        yours.selectedProperty().bindBidirectional(model.onlyYoursProperty());
        yours.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label();
        count.setId("benchmark-count");
        count.getStyleClass().add("benchmark-count");
        count.textProperty().bind(model.countProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(search, stage, confidence, yours, spacer, count);
        bar.getStyleClass().add("benchmarks-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void buildTable() {
        table.setId("benchmark-table");
        table.getStyleClass().add("benchmark-table");
        SortedList<BenchmarkRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getStyleClass().add(Styles.DENSE);
        // Only the rate's label gives up width when space is short; the short columns keep theirs.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<BenchmarkRow, BenchmarkRow> label = new TableColumn<>(messages.get("benchmarks.column.rate"));
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        label.setCellFactory(c -> new RateCell());
        label.setComparator((a, b) -> a.label().compareToIgnoreCase(b.label()));
        label.setMinWidth(160);
        label.setPrefWidth(260);
        TableColumn<BenchmarkRow, String> stage = text(messages.get("benchmarks.column.stage"),
                BenchmarkRow::stageName, 118);
        TableColumn<BenchmarkRow, String> basis = text(messages.get("benchmarks.column.basis"),
                BenchmarkRow::basisName, 92);
        TableColumn<BenchmarkRow, BenchmarkRow> low = numeric(messages.get("benchmarks.column.low"), BenchmarkRow::low,
                r -> r.override() == null ? r.benchmark().low() : r.override().low());
        TableColumn<BenchmarkRow, BenchmarkRow> likely = numeric(messages.get("benchmarks.column.likely"),
                BenchmarkRow::likely, r -> r.override() == null ? r.benchmark().likely() : r.override().likely());
        TableColumn<BenchmarkRow, BenchmarkRow> high = numeric(messages.get("benchmarks.column.high"),
                BenchmarkRow::high, r -> r.override() == null ? r.benchmark().high() : r.override().high());
        TableColumn<BenchmarkRow, String> unit = text(messages.get("benchmarks.column.unit"), BenchmarkRow::unit,
                110);
        TableColumn<BenchmarkRow, Integer> year = new TableColumn<>(messages.get("benchmarks.column.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        fixed(year, 54);
        year.getStyleClass().add("year-column");
        TableColumn<BenchmarkRow, Confidence> confidence = new TableColumn<>(
                messages.get("benchmarks.column.confidence"));
        confidence.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().benchmark().confidence()));
        confidence.setCellFactory(c -> new ConfidenceCell());
        fixed(confidence, 106);
        table.getColumns().addAll(List.of(label, stage, basis, low, likely, high, unit, year, confidence));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BenchmarkRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(YOURS, !empty && row != null && row.yours());
            }
        });
        Label empty = new Label(messages.get("benchmarks.empty"));
        empty.getStyleClass().add("empty-hint");
        table.setPlaceholder(empty);
    }

    private static TableColumn<BenchmarkRow, String> text(String title, Function<BenchmarkRow, String> value,
            double width) {
        TableColumn<BenchmarkRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        fixed(column, width);
        return column;
    }

    /** Gives a column a fixed width, so the rate's label is the one column that takes or gives up space. */
    private static void fixed(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    /**
     * A figure column: shows the row's formatted text and sorts by the number behind it (so 1,000 comes after 600).
     * Its cells hold the whole row, which is what lets the comparator reach the number.
     */
    private static TableColumn<BenchmarkRow, BenchmarkRow> numeric(String title, Function<BenchmarkRow, String> text,
            Function<BenchmarkRow, BigDecimal> value) {
        TableColumn<BenchmarkRow, BenchmarkRow> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BenchmarkRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        column.setComparator(Comparator.comparing(value));
        column.getStyleClass().add("numeric");
        fixed(column, 64);
        return column;
    }

    private void buildForm() {
        form.getStyleClass().add("override-form");
        form.setId("override-form");
        Label heading = new Label(messages.get("benchmarks.override.title"),
                new FontIcon(MaterialDesignA.ACCOUNT_EDIT_OUTLINE));
        heading.getStyleClass().add("details-heading");
        Label hint = new Label();
        hint.getStyleClass().add("override-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.detailsProperty().get() == null ? ""
                : model.detailsProperty().get().appliesTo(), model.detailsProperty()));

        TextField low = number("override-low", model.lowTextProperty());
        TextField likely = number("override-likely", model.likelyTextProperty());
        TextField high = number("override-high", model.highTextProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("override-grid");
        grid.add(small(messages.get("benchmarks.override.low")), 0, 0);
        grid.add(small(messages.get("benchmarks.override.likely")), 1, 0);
        grid.add(small(messages.get("benchmarks.override.high")), 2, 0);
        grid.add(low, 0, 1);
        grid.add(likely, 1, 1);
        grid.add(high, 2, 1);
        Label unit = new Label();
        unit.setId("override-unit");
        unit.getStyleClass().add("override-unit");
        unit.textProperty().bind(model.unitProperty());
        unit.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(unit, 3, 1);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setPercentWidth(-1);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        TextField note = new TextField();
        note.setId("override-note");
        note.setPromptText(messages.get("benchmarks.override.notePrompt"));
        note.textProperty().bindBidirectional(model.noteTextProperty());

        Label validation = new Label();
        validation.setId("override-validation");
        validation.getStyleClass().add("error-text");
        validation.setWrapText(true);
        validation.setMinHeight(Region.USE_PREF_SIZE);
        validation.textProperty().bind(model.validationProperty());
        validation.visibleProperty().bind(model.validationProperty().isNotEmpty());
        validation.managedProperty().bind(validation.visibleProperty());
        // Only the input the message is about turns red; the others keep what the user typed, unmarked.
        model.invalidFieldProperty().addListener((obs, old, now) -> {
            low.pseudoClassStateChanged(Styles.STATE_DANGER, "low".equals(now));
            likely.pseudoClassStateChanged(Styles.STATE_DANGER, "likely".equals(now));
            high.pseudoClassStateChanged(Styles.STATE_DANGER, "high".equals(now));
            note.pseudoClassStateChanged(Styles.STATE_DANGER, "note".equals(now));
        });

        Button apply = new Button(messages.get("benchmarks.override.apply"));
        apply.setId("override-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(e -> model.useMyFigure());
        Button clear = new Button(messages.get("benchmarks.override.clear"),
                new FontIcon(MaterialDesignB.BOOK_OPEN_VARIANT));
        clear.setId("override-clear");
        clear.disableProperty().bind(model.canClearProperty().not());
        clear.setOnAction(e -> model.useLibraryFigure());
        // Enter in any of the form's fields does what the button does (when the figures are valid).
        for (TextField field : List.of(low, likely, high, note)) {
            field.setOnAction(e -> model.useMyFigure());
        }
        HBox buttons = new HBox(apply, clear);
        buttons.getStyleClass().add("override-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);

        form.getChildren().addAll(heading, hint, grid, small(messages.get("benchmarks.override.note")), note,
                validation, buttons);
        form.visibleProperty().bind(model.selectedProperty().isNotNull());
        form.managedProperty().bind(form.visibleProperty());
    }

    private static TextField number(String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add("override-number");
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("fact-name");
        return label;
    }

    private void showDetails(BenchmarkDetails d) {
        details.getChildren().clear();
        if (d == null) {
            Label hint = new Label(messages.get("benchmarks.details.prompt"));
            hint.getStyleClass().add("empty-hint");
            hint.setWrapText(true);
            details.getChildren().add(hint);
            return;
        }
        Label title = new Label(d.title());
        title.setId("benchmark-details-title");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label id = new Label(d.id());
        id.getStyleClass().add("benchmark-id");
        HBox badges = new HBox(badge(d.stageName(), "badge-stage"), badge(d.basisName(), "badge-basis"),
                badge(d.confidenceName(), "confidence-" + d.confidence().id()));
        if (d.yours()) {
            Label yours = badge(messages.get("benchmarks.yours"), "badge-yours");
            yours.setId("benchmark-details-yours");
            badges.getChildren().add(yours);
        }
        badges.getStyleClass().add("details-badges");
        details.getChildren().addAll(title, id, badges);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("details-facts");
        int row = 0;
        if (d.yours()) {
            facts.addRow(row++, small(messages.get("benchmarks.details.yourFigure")),
                    value(d.yourFigure(), "benchmark-your-figure", "your-figure"));
            if (!d.yourNote().isBlank()) {
                facts.addRow(row++, small(messages.get("benchmarks.details.yourNote")),
                        value(d.yourNote(), "benchmark-your-note", null));
            }
        }
        facts.addRow(row++, small(messages.get("benchmarks.details.libraryFigure")),
                value(d.libraryFigure(), "benchmark-library-figure", d.yours() ? "replaced-figure" : null));
        facts.addRow(row, small(messages.get("benchmarks.details.usedBy")), value(d.usedBy(), "benchmark-used-by",
                null));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().addAll(names, values);
        details.getChildren().add(facts);

        if (!d.note().isBlank()) {
            details.getChildren().addAll(heading(messages.get("benchmarks.details.note")),
                    body(d.note(), "benchmark-note"));
        }
        details.getChildren().add(heading(messages.get("benchmarks.details.sources")));
        if (d.sources().isEmpty()) {
            details.getChildren().add(body(messages.get("benchmarks.details.noSources"), null));
        }
        for (BenchmarkDetails.SourceLine s : d.sources()) {
            VBox box = new VBox();
            box.getStyleClass().add("source-card");
            Label sourceTitle = new Label(s.title());
            sourceTitle.getStyleClass().add("source-title");
            sourceTitle.setWrapText(true);
            sourceTitle.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(sourceTitle);
            String byline = s.date().isEmpty() ? s.byline()
                    : s.byline().isEmpty() ? s.date() : s.byline() + " \u00b7 " + s.date();
            if (!byline.isEmpty()) {
                box.getChildren().add(body(byline, null));
            }
            if (!s.address().isEmpty()) {
                Label address = body(s.address(), null);
                address.getStyleClass().add("source-address");
                box.getChildren().add(address);
            }
            details.getChildren().add(box);
        }
        if (!d.rules().isEmpty()) {
            details.getChildren().add(heading(messages.get("benchmarks.details.rules")));
            for (BenchmarkDetails.RuleLine rule : d.rules()) {
                details.getChildren().add(body(messages.get("benchmarks.details.rule", rule.id(), rule.summary()),
                        null));
            }
        }
    }

    private static Label badge(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("benchmark-badge", styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-heading");
        return label;
    }

    private static Label body(String text, String id) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add("details-text");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String text, String id, String styleClass) {
        Label label = body(text, id);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the filter is chosen, not typed");
            }
        };
    }

    /** A list cell that names its value, including null ("All confidence levels"). */
    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> name;

        NamedCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : name.apply(item));
        }
    }

    /** The rate's label with the user's mark when the production uses their own figure. */
    private final class RateCell extends TableCell<BenchmarkRow, BenchmarkRow> {
        private final FontIcon mark = new FontIcon(MaterialDesignA.ACCOUNT_EDIT);

        RateCell() {
            mark.getStyleClass().add("yours-icon");
            setContentDisplay(ContentDisplay.LEFT);
            setTextOverrun(OverrunStyle.ELLIPSIS);
            setGraphicTextGap(6);
        }

        @Override
        protected void updateItem(BenchmarkRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(row.label());
            setGraphic(row.yours() ? mark : null);
            Tooltip tip = new Tooltip(row.label() + "\n" + (row.yours() ? messages.get("benchmarks.yours.tip",
                    row.label()) : row.id()));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            setTooltip(tip);
        }
    }

    /** The confidence's name in the colour of its level. */
    private final class ConfidenceCell extends TableCell<BenchmarkRow, Confidence> {
        @Override
        protected void updateItem(Confidence confidence, boolean empty) {
            super.updateItem(confidence, empty);
            if (empty || confidence == null) {
                CONFIDENCE_STATES.show(this, null);
                setText(null);
                return;
            }
            setText(model.confidenceName(confidence));
            CONFIDENCE_STATES.show(this, "confidence-" + confidence.id());
        }
    }
}
