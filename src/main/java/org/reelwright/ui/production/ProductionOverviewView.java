package org.reelwright.ui.production;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.Genre;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.VisualStyle;
import org.reelwright.ui.common.Messages;

/**
 * The production overview: a heading with what the film is and what the current plan costs, then the settings in
 * four sections — the film, money, calendar, languages and festivals. Typed fields commit on Enter or when focus
 * leaves them, Escape puts the saved value back; a refused value turns the field red with the reason under it.
 */
public final class ProductionOverviewView {
    private static final double LABEL_WIDTH = 132;

    private final ProductionOverviewViewModel model;
    private final Messages messages;
    private final ScrollPane root = new ScrollPane();
    private final VBox rates = new VBox();
    private final FlowPane holidayChips = new FlowPane();
    private final HBox week = new HBox();

    public ProductionOverviewView(ProductionOverviewViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        VBox content = new VBox();
        content.getStyleClass().add("overview-view");
        content.setId("overview-view");

        // The film and its languages on the left, money and calendar on the right: the two columns come out about
        // equally tall for a typical production, so the form fits a 1280 x 800 window without scrolling.
        VBox left = new VBox(film(), languages());
        VBox right = new VBox(money(), calendar());
        for (VBox column : List.of(left, right)) {
            column.getStyleClass().add("overview-column");
            column.setPrefWidth(0); // both columns share the width equally, whatever their content wants
            column.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(column, Priority.ALWAYS);
        }
        HBox columns = new HBox(left, right);
        columns.getStyleClass().add("overview-columns");
        content.getChildren().addAll(heading(), columns);

        root.setContent(content);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().addAll("overview-scroll", Tweaks.EDGE_TO_EDGE);
    }

    private Node heading() {
        Label title = new Label();
        title.setId("overview-heading");
        title.getStyleClass().add("overview-title");
        title.textProperty().bind(model.headingProperty());
        Label summary = new Label();
        summary.setId("overview-summary");
        summary.getStyleClass().add("overview-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label estimate = new Label();
        estimate.setId("overview-estimate");
        estimate.getStyleClass().add("overview-estimate");
        estimate.textProperty().bind(model.estimateSummaryProperty());
        Label error = message(model.estimateErrorProperty(), "overview-estimate-error", "field-error");
        for (Label l : List.of(title, summary, estimate)) {
            l.setWrapText(true); // a title may be long; it wraps rather than pushing the form wider
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(title, summary, estimate, error);
        box.getStyleClass().add("overview-heading");
        return box;
    }

    // ---- sections

    private Node film() {
        GridPane grid = grid();
        int row = 0;
        addRow(grid, row++, "title", typed(new TextField(), model.title()), model.title());
        TextArea logline = new TextArea();
        logline.setWrapText(true);
        logline.setPrefRowCount(5);
        addRow(grid, row++, "logline", typed(logline, model.logline()), model.logline());
        ComboBox<Genre> genre = choice(Genre.values(), model.genreProperty().get(), model::setGenre, "genre");
        model.genreProperty().addListener((obs, old, now) -> genre.setValue(now));
        addRow(grid, row++, "genre", genre, null);
        ComboBox<VisualStyle> style = choice(VisualStyle.values(), model.visualStyleProperty().get(),
                model::setVisualStyle, "visualStyle");
        model.visualStyleProperty().addListener((obs, old, now) -> style.setValue(now));
        addRow(grid, row++, "visualStyle", style, null);
        addRow(grid, row, "runtime", withUnit(typed(narrow(new TextField(), 7), model.runtime()),
                messages.get("overview.unit.minutes")), model.runtime());
        return section(MaterialDesignM.MOVIE_OPEN_OUTLINE, "overview.section.film", grid);
    }

    private Node money() {
        GridPane grid = grid();
        TextField currency = narrow(new TextField(), 6);
        addRow(grid, 0, "currency", typed(currency, model.currency()), model.currency());
        rates.getStyleClass().add("rate-list");
        model.exchangeRates().addListener((ListChangeListener<ExchangeRateRow>) c -> showRates());
        model.currencyCodeProperty().addListener((obs, old, now) -> showRates());
        showRates();
        Label ratesHint = hint(messages.get("overview.hint.rates"));
        VBox rateBox = new VBox(ratesHint, rates, addRateRow(),
                message(model.exchangeRateErrorProperty(), "overview-exchangeRates-error", "field-error"));
        rateBox.getStyleClass().add("field-box");
        addRow(grid, 1, "exchangeRates", rateBox, null);
        addRow(grid, 2, "contingency", withUnit(typed(narrow(new TextField(), 7), model.contingency()), "%"),
                model.contingency());
        ComboBox<PayModel> pay = choice(PayModel.values(), model.payModelProperty().get(), model::setPayModel,
                "payModel");
        model.payModelProperty().addListener((obs, old, now) -> pay.setValue(now));
        Label payNote = message(model.payModelNoteProperty(), "overview-payModel-note", "field-hint");
        payNote.setWrapText(true);
        Label paySplit = message(model.paySummaryProperty(), "overview-pay-summary", "field-hint");
        paySplit.setWrapText(true);
        VBox payBox = new VBox(pay, paySplit, payNote);
        payBox.getStyleClass().add("field-box");
        addRow(grid, 3, "payModel", payBox, null);
        return section(MaterialDesignC.CASH_MULTIPLE, "overview.section.money", grid);
    }

    private Node calendar() {
        GridPane grid = grid();
        DatePicker start = datePicker("overview-startDate", model::refuseStartDate);
        start.setValue(model.startDateProperty().get());
        model.startDateProperty().addListener((obs, old, now) -> start.setValue(now));
        start.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.startDateProperty().get())) {
                model.setStartDate(now);
            }
        });
        VBox startBox = new VBox(start, message(model.startDateErrorProperty(), "overview-startDate-error",
                "field-error"), message(model.startDateHintProperty(), "overview-startDate-hint", "field-hint"));
        startBox.getStyleClass().add("field-box");
        addRow(grid, 0, "startDate", startBox, null);

        week.getStyleClass().add("working-week");
        List<DayOfWeek> days = model.week();
        for (int i = 0; i < days.size(); i++) {
            DayOfWeek day = days.get(i);
            ToggleButton toggle = new ToggleButton(model.dayName(day));
            toggle.setId("overview-day-" + day.name().toLowerCase(Locale.ROOT));
            toggle.setUserData(day);
            toggle.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == days.size() - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            toggle.setOnAction(e -> {
                model.setWorkingDay(day, toggle.isSelected());
                showWeek(); // a refused change springs back
            });
            week.getChildren().add(org.reelwright.ui.common.Fit.whole(toggle));
        }
        model.workingDaysProperty().addListener((obs, old, now) -> showWeek());
        showWeek();
        VBox weekBox = new VBox(week, message(model.workingWeekErrorProperty(), "overview-workingWeek-error",
                "field-error"), message(model.workingWeekHintProperty(), "overview-workingWeek-hint", "field-hint"));
        weekBox.getStyleClass().add("field-box");
        addRow(grid, 1, "workingWeek", weekBox, null);

        holidayChips.getStyleClass().add("holiday-chips");
        holidayChips.setId("overview-holidays");
        model.holidays().addListener((ListChangeListener<HolidayRow>) c -> showHolidays());
        showHolidays();
        DatePicker pick = datePicker("overview-holiday-date", model::refuseHoliday);
        pick.setPromptText(messages.get("overview.prompt.holiday"));
        Button add = new Button(messages.get("overview.holiday.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("overview-holiday-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> {
            if (model.addHoliday(pick.getValue())) {
                pick.setValue(null);
            }
        });
        HBox adding = new HBox(pick, add);
        adding.getStyleClass().add("inline-row");
        VBox holidayBox = new VBox(holidayChips, adding,
                message(model.holidayErrorProperty(), "overview-holidays-error", "field-error"));
        holidayBox.getStyleClass().add("field-box");
        addRow(grid, 2, "holidays", holidayBox, null);
        return section(MaterialDesignC.CALENDAR_MONTH_OUTLINE, "overview.section.calendar", grid);
    }

    private Node languages() {
        GridPane grid = grid();
        TextField dubbing = typed(new TextField(), model.dubbing());
        dubbing.setPromptText(messages.get("overview.prompt.languages"));
        addRow(grid, 0, "dubbing", dubbing, model.dubbing());
        TextField subtitles = typed(new TextField(), model.subtitles());
        subtitles.setPromptText(messages.get("overview.prompt.languages"));
        addRow(grid, 1, "subtitles", subtitles, model.subtitles());
        addRow(grid, 2, "festivals", typed(narrow(new TextField(), 7), model.festivals()), model.festivals());
        return section(MaterialDesignT.TRANSLATE, "overview.section.languages", grid);
    }

    // ---- exchange rates and holidays, rebuilt when their lists change

    private void showRates() {
        String base = model.currencyCodeProperty().get();
        rates.getChildren().clear();
        for (ExchangeRateRow row : model.exchangeRates()) {
            TextField value = narrow(new TextField(row.valueText()), 8);
            value.setId("overview-rate-" + row.code());
            Runnable commit = () -> {
                if (!value.getText().equals(row.valueText())) {
                    model.putExchangeRate(row.code(), value.getText());
                }
            };
            value.setOnAction(e -> commit.run());
            value.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commit.run();
                }
            });
            Label inverse = new Label(row.inverse());
            inverse.getStyleClass().add("field-hint");
            org.reelwright.ui.common.Fit.whole(inverse);
            Label code = fixed(messages.get("overview.rate.one", row.code()));
            code.setTooltip(new Tooltip(row.name()));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = iconButton(MaterialDesignC.CLOSE, messages.get("overview.rate.remove", row.code()));
            remove.setId("overview-rate-remove-" + row.code());
            remove.setOnAction(e -> model.removeExchangeRate(row.code()));
            HBox line = new HBox(code, value, fixed(base), inverse, spacer, remove);
            line.getStyleClass().addAll("inline-row", "rate-row");
            rates.getChildren().add(line);
        }
        if (model.exchangeRates().isEmpty()) {
            rates.getChildren().add(hint(messages.get("overview.rate.none")));
        }
    }

    private Node addRateRow() {
        TextField code = narrow(new TextField(), 4);
        code.setId("overview-rate-new-code");
        code.setPromptText(messages.get("overview.prompt.code"));
        TextField value = narrow(new TextField(), 8);
        value.setId("overview-rate-new-value");
        value.setPromptText(messages.get("overview.prompt.rate"));
        Label base = fixed("");
        base.textProperty().bind(model.currencyCodeProperty());
        Button add = new Button(messages.get("overview.rate.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("overview-rate-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        Runnable put = () -> {
            if (model.putExchangeRate(code.getText(), value.getText())) {
                code.clear();
                value.clear();
            }
        };
        add.setOnAction(e -> put.run());
        value.setOnAction(e -> put.run());
        HBox row = new HBox(fixed("1"), code, fixed("="), value, base, add);
        row.getStyleClass().add("inline-row");
        return row;
    }

    private void showHolidays() {
        holidayChips.getChildren().clear();
        for (HolidayRow row : model.holidays()) {
            Label text = new Label(row.text());
            Button remove = iconButton(MaterialDesignC.CLOSE, messages.get("overview.holiday.remove", row.text()));
            remove.setId("overview-holiday-remove-" + row.date());
            remove.setOnAction(e -> model.removeHoliday(row.date()));
            HBox chip = new HBox(text, remove);
            chip.getStyleClass().add("holiday-chip");
            if (!row.onWorkingDay()) {
                chip.getStyleClass().add("day-off");
                Tooltip.install(chip, new Tooltip(messages.get("overview.holiday.dayOff")));
            }
            holidayChips.getChildren().add(chip);
        }
        if (model.holidays().isEmpty()) {
            holidayChips.getChildren().add(hint(messages.get("overview.holiday.none")));
        }
    }

    private void showWeek() {
        for (Node n : week.getChildren()) {
            ToggleButton toggle = (ToggleButton) n;
            toggle.setSelected(model.workingDaysProperty().get().contains((DayOfWeek) toggle.getUserData()));
        }
    }

    // ---- building blocks

    private Node section(org.kordamp.ikonli.Ikon icon, String titleKey, GridPane grid) {
        Label title = new Label(messages.get(titleKey), new FontIcon(icon));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(title, grid);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH, LABEL_WIDTH, LABEL_WIDTH);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints(120, 200, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** A labelled row; a typed field gets its message and hint under it. */
    private void addRow(GridPane grid, int row, String field, Node control, FormField model) {
        Label label = new Label(this.model.label(field));
        label.getStyleClass().add("form-label");
        label.setLabelFor(control);
        label.setWrapText(true);
        GridPane.setValignment(label, VPos.TOP);
        Node cell = control;
        if (model != null) {
            Label hint = message(model.hintProperty(), "overview-" + field + "-hint", "field-hint");
            // While the box holds a refused value the hint would describe the saved one, so only the reason shows.
            hint.visibleProperty().bind(model.hintProperty().isNotEmpty().and(model.errorProperty().isEmpty()));
            VBox box = new VBox(control, message(model.errorProperty(), "overview-" + field + "-error",
                    "field-error"), hint);
            box.getStyleClass().add("field-box");
            cell = box;
        }
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
    }

    /** Binds a box to a field: commit on Enter and on focus loss, Escape reverts, red while refused. */
    private <T extends TextInputControl> T typed(T control, FormField field) {
        control.setId("overview-" + field.id());
        control.textProperty().bindBidirectional(field.textProperty());
        control.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                field.commit();
            }
        });
        control.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                field.commit();
                e.consume(); // a logline is one paragraph: Enter commits instead of breaking the line
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.revert();
                e.consume();
            }
        });
        field.errorProperty().addListener((obs, old, now) -> control.pseudoClassStateChanged(Styles.STATE_DANGER,
                !now.isEmpty()));
        return control;
    }

    private <E extends Enum<E> & CodedEnum> ComboBox<E> choice(E[] values, E initial, Consumer<E> choose,
            String id) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setValue(initial);
        box.setId("overview-" + id);
        box.setCellFactory(v -> new NameCell<>());
        box.setButtonCell(new NameCell<>());
        box.setPrefWidth(220);
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                choose.accept(now);
            }
        });
        return box;
    }

    private DatePicker datePicker(String id, Consumer<String> refuse) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(170);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return model.formatDate(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return model.parseDate(text).orElseGet(() -> {
                    refuse.accept(text.strip());
                    return picker.getValue(); // keep the last good date in the box
                });
            }
        });
        return picker;
    }

    private Label message(ObservableStringValue text, String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-hint");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T extends TextField> T narrow(T field, int columns) {
        field.setPrefColumnCount(columns);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        return field;
    }

    private static Node withUnit(TextField field, String unit) {
        HBox box = new HBox(field, fixed(unit));
        box.getStyleClass().add("inline-row");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String description) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(description));
        button.setAccessibleText(description);
        return button;
    }

    private final class NameCell<E extends Enum<E> & CodedEnum> extends ListCell<E> {
        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.name(item));
        }
    }
}
