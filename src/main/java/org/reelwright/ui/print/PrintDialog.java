package org.reelwright.ui.print;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PlanSection;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.ChoiceNames;
import org.reelwright.ui.common.Dialogs;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;

/**
 * File → Print… and File → Print Preview: one window with the page setup (paper, orientation, margins), the plan's
 * scenario and sections at the left, the pages as they will print at the right, and the buttons Print… and
 * Export PDF…. Print Preview opens the same window, larger, so the settings that change the pages stay at hand.
 * Every change lays the plan out again in the background; the page count follows.
 */
public final class PrintDialog {
    private final PrintViewModel model;
    private final Messages messages;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final PlanPrinter printer;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();

    /** A dialog that prints through JavaFX's printer job, owned by {@code owner}. */
    public PrintDialog(PrintViewModel model, Messages messages, BackgroundWork work, Dialogs dialogs, Window owner) {
        this(model, messages, work, dialogs, owner, null);
    }

    /**
     * @param printer where Print sends pages; null for the system's printers through JavaFX
     */
    PrintDialog(PrintViewModel model, Messages messages, BackgroundWork work, Dialogs dialogs, Window owner,
            PlanPrinter printer) {
        this.model = model;
        this.messages = messages;
        this.work = work;
        this.dialogs = dialogs;
        this.printer = printer != null ? printer : new FxPlanPrinter(stage, messages);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(messages.get("print.title"));
        build();
        Scene scene = new Scene(root, 1000, 720);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.close());
        model.setErrorHandler(message -> dialogs.showError(messages.get("print.title"), message));
    }

    /** File → Print…: settings and a preview. */
    public void show() {
        stage.setTitle(messages.get("print.title"));
        open(1000, 720);
    }

    /** File → Print Preview: the same window, sized for reading the pages. */
    public void showPreview() {
        stage.setTitle(messages.get("print.previewTitle"));
        open(1180, 900);
    }

    Stage stage() {
        return stage;
    }

    private void open(double width, double height) {
        if (!stage.isShowing()) {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            model.open();
        }
        stage.toFront();
    }

    private void build() {
        root.getStyleClass().add("print-dialog");
        root.setLeft(settings());
        root.setCenter(new PrintPreview(model, messages).root());
        root.setBottom(buttons());
    }

    private VBox settings() {
        ComboBox<PageSetup.Paper> paper = choice("print-paper", List.of(PageSetup.Paper.values()),
                p -> messages.get("print.paper." + p.name().toLowerCase(java.util.Locale.ROOT)));
        paper.valueProperty().bindBidirectional(model.paperProperty());
        ComboBox<PageSetup.Orientation> orientation = choice("print-orientation",
                List.of(PageSetup.Orientation.values()),
                o -> messages.get("print.orientation." + o.name().toLowerCase(java.util.Locale.ROOT)));
        orientation.valueProperty().bindBidirectional(model.orientationProperty());
        Spinner<Integer> margins = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) PageSetup.Margins.MINIMUM, 40, model.marginMillimetresProperty().get()));
        margins.setId("print-margins");
        margins.setEditable(true);
        margins.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.marginMillimetresProperty().set(value);
            }
        });
        ComboBox<Scenario> scenario = choice("print-scenario", List.of(Scenario.values()),
                s -> messages.get("print.scenario." + s.id()));
        scenario.valueProperty().bindBidirectional(model.scenarioProperty());

        GridPane setup = new GridPane();
        setup.getStyleClass().add("print-setup");
        setup.addRow(0, new Label(messages.get("print.paper")), paper);
        setup.addRow(1, new Label(messages.get("print.orientation")), orientation);
        setup.addRow(2, new Label(messages.get("print.margins")), margins);
        setup.addRow(3, new Label(messages.get("print.scenario")), scenario);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        setup.getColumnConstraints().setAll(labels, fields);

        Label sectionsTitle = new Label(messages.get("print.sections"));
        sectionsTitle.getStyleClass().add("pane-title");
        VBox sections = new VBox();
        sections.getStyleClass().add("print-sections");
        // The full plan (with the sections ticked below) or the short plan for a first meeting.
        ToggleGroup form = new ToggleGroup();
        RadioButton full = new RadioButton(messages.get("print.form.full"));
        full.setId("print-form-full");
        RadioButton brief = new RadioButton(messages.get("print.form.short"));
        brief.setId("print-form-short");
        brief.setWrapText(true);
        full.setToggleGroup(form);
        brief.setToggleGroup(form);
        (model.shortPlanProperty().get() ? brief : full).setSelected(true);
        brief.selectedProperty().addListener((o, was, now) -> model.shortPlanProperty().set(now));
        sections.getChildren().addAll(full, brief);
        for (PlanSection section : PlanSection.values()) {
            CheckBox box = new CheckBox(messages.get("print.section." + section.id()));
            box.setId("print-section-" + section.id());
            box.selectedProperty().bindBidirectional(model.sectionProperty(section));
            box.disableProperty().bind(model.shortPlanProperty());
            box.setPadding(new javafx.geometry.Insets(0, 0, 0, 20));
            sections.getChildren().add(box);
        }
        Label setupTitle = new Label(messages.get("print.pageSetup"));
        setupTitle.getStyleClass().add("pane-title");
        VBox left = new VBox(setupTitle, setup, sectionsTitle, sections);
        left.getStyleClass().add("print-settings");
        return left;
    }

    private <T> ComboBox<T> choice(String id, List<T> values, java.util.function.Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(ChoiceNames.of(values, name));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private VBox buttons() {
        Label pages = new Label();
        pages.setId("print-status");
        pages.textProperty().bind(model.statusProperty());
        Label warnings = new Label();
        warnings.setId("print-warnings");
        warnings.getStyleClass().add("print-warnings");
        warnings.setWrapText(true);
        warnings.textProperty().bind(model.warningsProperty());
        warnings.visibleProperty().bind(model.warningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.visibleProperty().bind(work.busyProperty());
        Label working = new Label();
        working.textProperty().bind(work.descriptionProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button(messages.get("print.exportPdf"));
        export.setId("print-export");
        export.disableProperty().bind(model.readyProperty().not());
        export.setOnAction(e -> dialogs.chooseFileToSave(messages.get("print.exportTitle"),
                model.suggestedFileName(), messages.get("print.filter"), "pdf").ifPresent(model::exportPdf));
        Button print = new Button(messages.get("print.print"));
        print.setId("print-print");
        print.setDefaultButton(true);
        print.disableProperty().bind(model.readyProperty().not());
        print.setOnAction(e -> model.print(printer));
        Button close = new Button(messages.get("print.close"));
        close.setId("print-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox bar = new HBox(pages, spacer, progress, working, export, print, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("print-buttons");
        return new VBox(warnings, bar);
    }
}
