package org.reelwright.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.function.Function;
import org.reelwright.ui.common.WhileShown;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.reelwright.app.DisclosureProfiles;
import org.reelwright.app.Language;
import org.reelwright.app.PlanExport;
import org.reelwright.app.Planning;
import org.reelwright.app.ReelwrightVersion;
import org.reelwright.domain.Production;
import org.reelwright.report.DisclosureProfile;
import org.reelwright.ui.benchmarks.BenchmarksView;
import org.reelwright.ui.benchmarks.BenchmarksViewModel;
import org.reelwright.ui.budget.BudgetView;
import org.reelwright.ui.budget.BudgetViewModel;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Dialogs;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.compare.CompareView;
import org.reelwright.ui.compare.CompareViewModel;
import org.reelwright.ui.disclosure.DisclosureView;
import org.reelwright.ui.disclosure.DisclosureViewModel;
import org.reelwright.ui.history.HistoryView;
import org.reelwright.ui.history.HistoryViewModel;
import org.reelwright.ui.home.HomeActions;
import org.reelwright.ui.home.HomeView;
import org.reelwright.ui.home.HomeViewModel;
import org.reelwright.ui.print.PrintDialog;
import org.reelwright.ui.print.PrintViewModel;
import org.reelwright.ui.production.ProductionOverviewView;
import org.reelwright.ui.production.ProductionOverviewViewModel;
import org.reelwright.ui.risks.RisksView;
import org.reelwright.ui.risks.RisksViewModel;
import org.reelwright.ui.scenes.ScenesView;
import org.reelwright.ui.scenes.ScenesViewModel;
import org.reelwright.ui.schedule.DependenciesViewModel;
import org.reelwright.ui.schedule.ScheduleView;
import org.reelwright.ui.schedule.ScheduleViewModel;
import org.reelwright.ui.shoot.ShootListsViewModel;
import org.reelwright.ui.shoot.ShootView;
import org.reelwright.ui.shoot.ShootViewModel;
import org.reelwright.ui.stages.StagesBoardView;
import org.reelwright.ui.stages.StagesBoardViewModel;
import org.reelwright.ui.theme.Theme;

/**
 * The main window: menus, a navigation of the production's panels (scenes and shots, compare, schedule, …) beside
 * the selected panel, and a status bar. Written in code rather than FXML (docs/decisions/0001-views-in-code.md).
 */
public final class MainWindow {
    /** The Shoot panel's key ("shoot days"); the digits belong to the ten panels that had them before it. */
    static final String SHOOT_SHORTCUT = "Shortcut+Shift+D";
    /** The window's size on a screen that takes it (a smaller one gets its usable area). */
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final MainWindowViewModel model;
    private final Messages messages;
    private final BackgroundWork work;
    private final List<Panel> panels;
    /** The panels' contents made so far, by panel id (each is made on its first visit). */
    private final java.util.Map<String, Node> built = new java.util.HashMap<>();
    private final ListView<Panel> navigation = new ListView<>();
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private Dialogs dialogs;
    private Consumer<Theme> onTheme = theme -> { };
    /** Told which panel is shown, so panels that read the workspace can read it afresh. */
    private Consumer<String> onPanel = id -> { };
    /** Dividers whose place the workspace remembers (the navigation's first). */
    private final List<SplitPane> splits = new ArrayList<>();
    /** What this window's panels show; bound to the model's production until {@link #dispose()}. */
    private ObjectProperty<Production> shown;
    private ScenesViewModel scenesModel;
    private Consumer<Language> onLanguage = language -> { };
    private javafx.event.EventHandler<javafx.stage.WindowEvent> layoutSaver;
    /** The print dialog's model; null when this window was built without printing (the items do nothing). */
    private PrintViewModel printModel;
    /** Call sheets in this window's language; null when this window was built without printing. */
    private org.reelwright.app.CallSheets callSheets;
    /** Shows the Shoot panel at its call sheet (made on first use) and gives its view model. */
    private Supplier<ShootViewModel> shootPanel;
    /** File → Print… and Print Preview share one dialog, made on first use and owned by this window. */
    private PrintDialog printDialog;
    /** Writes the disclosure pack; null when this window was built without printing (the item does nothing). */
    private PlanExport planExport;
    /** The statement profile chosen in the disclosure panel, or null before the panel is made. */
    private Supplier<DisclosureProfile> disclosureProfile = () -> null;

    /** @param panels the panels of the navigation, in order; the first is shown first */
    public MainWindow(MainWindowViewModel model, Messages messages, BackgroundWork work, List<Panel> panels) {
        this.model = model;
        this.messages = messages;
        this.work = work;
        this.panels = List.copyOf(panels);
        root.setTop(menuBar());
        root.setCenter(body());
        root.setBottom(statusBar());
        root.setPrefSize(WIDTH, HEIGHT);
    }

    /** Puts the window on {@code stage}; dialogs are owned by it. */
    public void show(Stage stage, Dialogs dialogsForStage) {
        this.dialogs = dialogsForStage;
        if (StartupShell.isShell(stage.getScene())) {
            // The window is on screen already with the start-up shell: take over its scene, so the window keeps its
            // place and size and only its content changes.
            stage.getScene().setRoot(root);
        } else {
            javafx.scene.Scene scene = new javafx.scene.Scene(root);
            Theme.style(scene);
            stage.setScene(scene);
            dress(stage, root);
        }
        stage.titleProperty().bind(model.titleProperty());
        model.setErrorHandler(message -> dialogs.showError(messages.get("error.title"), message));
        stage.show();
    }

    /** The window's icons, least size and place on the screen, the same for the start-up shell and the window. */
    static void dress(Stage stage, javafx.scene.layout.Region content) {
        stage.getIcons().setAll(WindowIcons.all());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        fitScreen(stage, content);
    }

    /**
     * On a screen smaller than the window's 1280×800 (a 1366×768 laptop: 768 px less a task bar), the window takes
     * the screen's usable area instead, so its status bar and the bottom of every panel are not below the screen's
     * edge.
     */
    private static void fitScreen(Stage stage, javafx.scene.layout.Region content) {
        javafx.geometry.Rectangle2D usable = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (content.getPrefWidth() > usable.getWidth() || content.getPrefHeight() > usable.getHeight()) {
            stage.setX(usable.getMinX());
            stage.setY(usable.getMinY());
            stage.setWidth(Math.min(content.getPrefWidth(), usable.getWidth()));
            stage.setHeight(Math.min(content.getPrefHeight(), usable.getHeight()));
        }
    }

    public Parent root() {
        return root;
    }

    /**
     * Puts the dividers where they were last time, and remembers them when the window closes (as workspace
     * settings, so the next start looks the same).
     */
    public void rememberLayout(Stage stage) {
        model.workspace().ifPresent(workspace -> {
            for (int i = 0; i < splits.size(); i++) {
                SplitPane split = splits.get(i);
                String key = "ui.divider." + i;
                work.run("", () -> workspace.setting(key), value -> value.ifPresent(v -> {
                    try {
                        split.setDividerPositions(Double.parseDouble(v));
                    } catch (NumberFormatException e) {
                        // a setting from another version: keep the default
                    }
                }), e -> { });
            }
            saveLayoutOnClose(stage);
        });
    }

    /** Writes the dividers' places to the workspace when the stage closes. */
    private void saveLayoutOnClose(Stage stage) {
        model.workspace().ifPresent(workspace -> {
            // Written on the FX thread on purpose: the background thread is a daemon and would not outlive the
            // window; a handful of settings rows take a few milliseconds.
            layoutSaver = e -> {
                for (int i = 0; i < splits.size(); i++) {
                    try {
                        workspace.putSetting("ui.divider." + i, Double.toString(
                                splits.get(i).getDividerPositions()[0]));
                    } catch (Exception failure) {
                        // losing a divider's place is not worth stopping the close for
                    }
                }
            };
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, layoutSaver);
        });
    }

    /** Where the View menu's theme choice goes (the application restyles every window). */
    public void setOnTheme(Consumer<Theme> handler) {
        this.onTheme = handler;
    }

    /** From a risk to what it concerns: a shot in Scenes & shots, a stage on the Stages board. */
    private void showSubject(ScenesViewModel scenes, String subjectId) {
        Production p = model.productionProperty().get();
        if (p == null) {
            return;
        }
        for (org.reelwright.domain.StageId stage : org.reelwright.domain.StageId.values()) {
            if (stage.id().equals(subjectId)) {
                showPanel("stages");
                return;
            }
        }
        p.scenes().stream().filter(sc -> sc.shots().stream().anyMatch(sh -> sh.id().toString().equals(subjectId)))
                .findFirst().ifPresentOrElse(scene -> {
                    scenes.clearFilters();
                    scenes.selectedSceneProperty().set(scene.id());
                    showPanel("scenes");
                }, () -> showPanel("overview"));
    }

    /** Shows the panel with this id. */
    public void showPanel(String id) {
        for (Panel panel : panels) {
            if (panel.id().equals(id)) {
                navigation.getSelectionModel().select(panel);
                return;
            }
        }
    }

    /**
     * Builds the window with its panels and their view models, all sharing the open production and its edit
     * history. The one place the shell composes feature views (ArchitectureTest allows the shell this).
     */
    public static MainWindow assemble(MainWindowViewModel model, Supplier<Planning> planning, Messages messages,
            BackgroundWork work, Locale locale) {
        return assemble(model, planning, null, messages, work, locale);
    }

    /** @param planExport prints and exports the plan; null leaves File → Print without effect */
    public static MainWindow assemble(MainWindowViewModel model, Supplier<Planning> planning, PlanExport planExport,
            Messages messages, BackgroundWork work, Locale locale) {
        Formats formats = new Formats(locale);
        // The panels follow the open production through this window's own property, so that a window replaced
        // by another (a language switch) can let go of them: {@link #dispose()} unbinds it.
        ObjectProperty<Production> shown = new SimpleObjectProperty<>();
        shown.bind(model.productionProperty());
        // Each panel follows the production only while it is on screen (WhileShown): an edit costs the work of the
        // panel the user is looking at, not of all ten.
        ObjectProperty<String> onScreen = new SimpleObjectProperty<>("home");
        Function<String, ReadOnlyObjectProperty<Production>> whileShown = id -> WhileShown.follow(shown,
                Bindings.equal(onScreen, id));
        Consumer<String> errors = message -> model.showError(message);
        ScenesViewModel scenesModel = new ScenesViewModel(planning, work, messages, whileShown.apply("scenes"),
                model::apply);
        ScenesView scenes = new ScenesView(scenesModel, messages, errors);
        MainWindow[] self = new MainWindow[1];
        // Every panel but Scenes & shots (shown first) is built on its first visit: built up front, the nine
        // others were most of the first window's classes, nodes and styling, for panels the user may never open.
        HomeViewModel[] homeModel = new HomeViewModel[1];
        HistoryViewModel[] historyModel = new HistoryViewModel[1];
        List<Panel> panels = new ArrayList<>();
        panels.add(new Panel("home", messages.get("nav.home"), MaterialDesignH.HOME_OUTLINE, () -> {
            homeModel[0] = new HomeViewModel(model::workspace, work, messages, shown,
                    new HomeActions(model::newProduction, model::openSample,
                            () -> model.openBundledSample(org.reelwright.app.ProductionDocuments.Sample.ZH_SHORT),
                            () -> model.openBundledSample(
                                    org.reelwright.app.ProductionDocuments.Sample.NO_BUDGET_SHORT),
                            () -> self[0].importScript(),
                            () -> self[0].open(), id -> {
                                model.openFromWorkspace(id);
                                self[0].showPanel("scenes");
                            }, file -> {
                                model.openRecent(file);
                                self[0].showPanel("scenes");
                            }));
            return new HomeView(homeModel[0], messages, locale).root();
        }));
        panels.add(new Panel("overview", messages.get("nav.overview"), MaterialDesignI.INFORMATION_OUTLINE,
                () -> new ProductionOverviewView(new ProductionOverviewViewModel(planning, work, messages, formats,
                        whileShown.apply("overview"), model::apply), messages).root()));
        panels.add(new Panel("scenes", messages.get("nav.scenes"), MaterialDesignM.MOVIE_OPEN_OUTLINE,
                scenes::root));
        panels.add(new Panel("stages", messages.get("nav.stages"), MaterialDesignV.VIEW_DASHBOARD_OUTLINE,
                () -> new StagesBoardView(new StagesBoardViewModel(planning, work, messages, formats,
                        whileShown.apply("stages"), model::apply), messages).root()));
        panels.add(new Panel("compare", messages.get("nav.compare"), MaterialDesignS.SCALE_BALANCE,
                () -> new CompareView(new CompareViewModel(planning, work, messages, formats,
                        whileShown.apply("compare"), model::apply), messages, formats, () -> shown.get() == null
                                ? java.util.Currency.getInstance("USD") : shown.get().currency()).root()));
        panels.add(new Panel("schedule", messages.get("nav.schedule"), MaterialDesignC.CHART_GANTT, () -> {
            ReadOnlyObjectProperty<Production> scheduleShows = whileShown.apply("schedule");
            return new ScheduleView(new ScheduleViewModel(planning, work, messages, formats, scheduleShows),
                    messages, formats, new DependenciesViewModel(scheduleShows, model::apply, locale)).root();
        }));
        ShootView[] shootView = new ShootView[1];
        ShootViewModel[] shootModel = new ShootViewModel[1];
        panels.add(new Panel("shoot", messages.get("nav.shoot"), MaterialDesignF.FILMSTRIP, SHOOT_SHORTCUT, () -> {
            ReadOnlyObjectProperty<Production> shootShows = whileShown.apply("shoot");
            shootModel[0] = new ShootViewModel(planning, work, messages, formats, shootShows, model::apply);
            shootView[0] = new ShootView(shootModel[0], new ShootListsViewModel(messages, shootShows, model::apply),
                    messages);
            shootView[0].setOnPrintCallSheet(() -> self[0].printCallSheet());
            return shootView[0].root();
        }));
        panels.add(new Panel("budget", messages.get("nav.budget"), MaterialDesignC.CASH_MULTIPLE,
                () -> new BudgetView(new BudgetViewModel(planning, work, messages, formats, locale,
                        whileShown.apply("budget")), messages).root()));
        panels.add(new Panel("benchmarks", messages.get("nav.benchmarks"), MaterialDesignB.BOOK_OPEN_VARIANT,
                () -> new BenchmarksView(new BenchmarksViewModel(planning, work, messages, locale,
                        whileShown.apply("benchmarks"), model::apply), messages).root()));
        panels.add(new Panel("risks", messages.get("nav.risks"), MaterialDesignA.ALERT_OUTLINE, () -> {
            RisksView risks = new RisksView(new RisksViewModel(planning, work, messages, whileShown.apply("risks")),
                    messages);
            risks.setOnShowSubject(flag -> self[0].showSubject(scenesModel, flag.subjectId()));
            risks.setOnShowDisclosure(() -> self[0].showPanel("disclosure"));
            return risks.root();
        }));
        panels.add(new Panel("disclosure", messages.get("nav.disclosure"), MaterialDesignF.FILE_CERTIFICATE_OUTLINE,
                "Shortcut+D", () -> {
                    DisclosureViewModel disclosureModel = new DisclosureViewModel(planning, work, messages,
                            whileShown.apply("disclosure"), model::apply);
                    DisclosureView disclosure = new DisclosureView(disclosureModel, messages, errors);
                    disclosure.setOnShowSubject(id -> self[0].showSubject(scenesModel, id));
                    disclosure.setOnExportPack(() -> self[0].exportDisclosurePack());
                    self[0].disclosureProfile = disclosureModel.profileProperty()::get;
                    return disclosure.root();
                }));
        panels.add(new Panel("history", messages.get("nav.history"), MaterialDesignH.HISTORY, () -> {
            historyModel[0] = new HistoryViewModel(model::workspace, planning, work, messages, formats,
                    whileShown.apply("history"), model::apply);
            return new HistoryView(historyModel[0], messages, locale).root();
        }));
        MainWindow window = new MainWindow(model, messages, work, panels);
        self[0] = window;
        window.shown = shown;
        window.scenesModel = scenesModel;
        window.onPanel = id -> {
            onScreen.set(id);
            if (id.equals("home") && homeModel[0] != null) {
                homeModel[0].refresh();
            } else if (id.equals("history") && historyModel[0] != null) {
                historyModel[0].refresh();
            }
        };
        window.splits.add(scenes.splitPane());
        window.planExport = planExport;
        if (planExport != null) {
            window.printModel = new PrintViewModel(planExport, shown, work, messages);
            window.callSheets = planExport.callSheets();
        }
        window.shootPanel = () -> {
            window.showPanel("shoot");
            shootView[0].showCallSheet();
            return shootModel[0];
        };
        window.showPanel("scenes");
        return window;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(
                item("menu.file.new", "Shortcut+N", MaterialDesignF.FILE_OUTLINE, model::newProduction),
                item("menu.file.open", "Shortcut+O", MaterialDesignF.FOLDER_OPEN_OUTLINE, this::open),
                item("menu.file.openSample", null, MaterialDesignM.MOVIE_OPEN_STAR_OUTLINE, model::openSample),
                item("menu.file.openSampleZh", null, MaterialDesignM.MOVIE_OPEN_STAR_OUTLINE,
                        () -> model.openBundledSample(org.reelwright.app.ProductionDocuments.Sample.ZH_SHORT)),
                item("menu.file.openSampleNoBudget", null, MaterialDesignM.MOVIE_OPEN_STAR_OUTLINE,
                        () -> model.openBundledSample(org.reelwright.app.ProductionDocuments.Sample.NO_BUDGET_SHORT)),
                new SeparatorMenuItem(),
                item("menu.file.importScript", "Shortcut+I", MaterialDesignS.SCRIPT_TEXT_OUTLINE, this::importScript),
                item("menu.file.importShots", null, MaterialDesignT.TABLE_ARROW_LEFT, this::importShotList),
                item("menu.file.exportShots", null, MaterialDesignT.TABLE_ARROW_RIGHT, this::exportShotList),
                item("menu.file.exportDisclosure", null, MaterialDesignF.FILE_CERTIFICATE_OUTLINE,
                        this::exportDisclosurePack),
                new SeparatorMenuItem(),
                item("menu.file.save", "Shortcut+S", MaterialDesignC.CONTENT_SAVE_OUTLINE, this::save),
                item("menu.file.saveAs", "Shortcut+Shift+S", MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE,
                        this::saveAs),
                new SeparatorMenuItem(),
                item("menu.file.print", "Shortcut+P", MaterialDesignP.PRINTER_OUTLINE, () -> print(false)),
                item("menu.file.printPreview", null, MaterialDesignP.PRINTER_EYE, () -> print(true)),
                item("menu.file.printCallSheet", null, MaterialDesignC.CLIPBOARD_TEXT_OUTLINE, this::printCallSheet),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", MaterialDesignE.EXIT_TO_APP, Platform::exit));
        Menu edit = new Menu(messages.get("menu.edit"));
        edit.setId("menu-edit");
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", MaterialDesignU.UNDO, model::undo);
        undo.textProperty().bind(model.undoLabelProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", "Shortcut+Shift+Z", MaterialDesignR.REDO, model::redo);
        redo.textProperty().bind(model.redoLabelProperty());
        redo.disableProperty().bind(model.canRedoProperty().not());
        edit.getItems().addAll(undo, redo);
        Menu view = new Menu(messages.get("menu.view"));
        view.setId("menu-view");
        int digit = 0;
        for (Panel panel : panels) {
            // the digits in the navigation's order, the tenth (History) on Shortcut+0 as in a key row; a panel with
            // a shortcut of its own (Disclosure, Shortcut+D) leaves the digits to the others
            String shortcut = panel.shortcut() != null ? panel.shortcut()
                    : digit < 10 ? "Shortcut+" + (++digit) % 10 : null;
            view.getItems().add(item(panel.title(), shortcut, panel.icon(), () -> showPanel(panel.id()),
                    "menu-view-" + panel.id()));
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("menu.view.light", null, MaterialDesignW.WHITE_BALANCE_SUNNY, () -> onTheme.accept(Theme.LIGHT)),
                item("menu.view.dark", null, MaterialDesignW.WEATHER_NIGHT, () -> onTheme.accept(Theme.DARK)),
                new SeparatorMenuItem(), languageMenu());
        Menu help = new Menu(messages.get("menu.help"));
        help.setId("menu-help");
        help.getItems().addAll(item("menu.help.shortcuts", "F1", MaterialDesignK.KEYBOARD_OUTLINE,
                this::showShortcuts), item("menu.help.about", null, MaterialDesignI.INFORMATION_OUTLINE,
                this::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * View → Language: each language named in itself, so a user who cannot read the current one still finds
     * their own; the current one is ticked.
     */
    private Menu languageMenu() {
        Menu menu = new Menu(messages.get("menu.view.language"), new FontIcon(MaterialDesignT.TRANSLATE));
        menu.setId("menu-view-language");
        ToggleGroup group = new ToggleGroup();
        Language current = Language.of(messages.locale());
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId("menu-view-language-" + language.tag());
            item.setToggleGroup(group);
            item.setSelected(language == current);
            item.setOnAction(e -> {
                if (language != current) {
                    onLanguage.accept(language);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Where the View menu's language choice goes (the application rebuilds the window in that language). */
    public void setOnLanguage(Consumer<Language> handler) {
        this.onLanguage = handler;
    }

    /** The ids of the panels made so far (each is made on its first visit). */
    java.util.Set<String> madePanels() {
        return java.util.Set.copyOf(built.keySet());
    }

    /** The id of the panel shown now (e.g. "scenes"). */
    public String shownPanel() {
        Panel panel = navigation.getSelectionModel().getSelectedItem();
        return panel == null ? "scenes" : panel.id();
    }

    /** The scene selected in Scenes &amp; shots, if any. */
    public java.util.Optional<org.reelwright.domain.SceneId> selectedScene() {
        return scenesModel == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(scenesModel.selectedSceneProperty().get());
    }

    public void selectScene(org.reelwright.domain.SceneId scene) {
        if (scenesModel != null) {
            scenesModel.selectedSceneProperty().set(scene);
        }
    }

    /**
     * Takes the place of {@code previous} on its stage: same dividers, same panel; the previous window lets go of
     * the production and of the stage's close handler.
     */
    public void replace(MainWindow previous, Stage stage) {
        for (int i = 0; i < splits.size() && i < previous.splits.size(); i++) {
            splits.get(i).setDividerPositions(previous.splits.get(i).getDividerPositions());
        }
        String panel = previous.shownPanel();
        java.util.Optional<org.reelwright.domain.SceneId> scene = previous.selectedScene();
        this.dialogs = previous.dialogs;
        model.setErrorHandler(message -> dialogs.showError(messages.get("error.title"), message));
        boolean remembered = previous.layoutSaver != null;
        previous.dispose(stage);
        if (remembered) {
            saveLayoutOnClose(stage);
        }
        stage.getScene().setRoot(root);
        showPanel(panel);
        scene.ifPresent(this::selectScene);
    }

    /** Stops following the production (the panels keep their last state but compute nothing more). */
    private void dispose(Stage stage) {
        if (shown != null) {
            shown.unbind();
        }
        if (layoutSaver != null) {
            stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, layoutSaver);
            layoutSaver = null;
        }
        printDialog = null; // made again, owned by the new window, on first use
    }

    private MenuItem item(String key, String accelerator, Ikon icon, Runnable action) {
        return item(messages.get(key), accelerator, icon, action, key.replace('.', '-'));
    }

    private MenuItem item(String text, String accelerator, Ikon icon, Runnable action, String id) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node body() {
        navigation.setId("navigation");
        navigation.getStyleClass().add("navigation");
        navigation.getItems().setAll(panels);
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Panel panel, boolean empty) {
                super.updateItem(panel, empty);
                if (empty || panel == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                } else {
                    setText(panel.title());
                    setGraphic(new FontIcon(panel.icon()));
                    setId("nav-" + panel.id());
                }
            }
        });
        navigation.setPrefWidth(170);
        navigation.setMinWidth(150);
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, panel) -> {
            if (panel != null) {
                content.getChildren().setAll(built.computeIfAbsent(panel.id(), id -> panel.content().get()));
                onPanel.accept(panel.id());
            }
        });
        if (!panels.isEmpty()) {
            navigation.getSelectionModel().select(0);
        }
        content.setId("content");
        SplitPane split = new SplitPane(navigation, content);
        splits.add(0, split);
        split.setId("main-split");
        split.setDividerPositions(0.13);
        SplitPane.setResizableWithParent(navigation, false);
        return split;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(model.statusProperty());
        Label summary = new Label();
        summary.setId("status-summary");
        summary.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.visibleProperty().bind(work.busyProperty());
        progress.managedProperty().bind(work.busyProperty());
        Label working = new Label();
        working.textProperty().bind(work.descriptionProperty());
        HBox bar = new HBox(summary, spacer, progress, working, status);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(messages.get("shortcuts.title"));
        alert.setHeaderText(messages.get("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        String[][] rows = {{"Ctrl+N", "menu.file.new"}, {"Ctrl+O", "menu.file.open"}, {"Ctrl+S", "menu.file.save"},
            {"Ctrl+Shift+S", "menu.file.saveAs"}, {"Ctrl+Z", "menu.edit.undo"}, {"Ctrl+Shift+Z", "menu.edit.redo"},
            {"Ctrl+P", "menu.file.print"}, {"Ctrl+I", "menu.file.importScript"},
            {"Ctrl+1 … Ctrl+9, Ctrl+0", "shortcuts.panels"}, {"Ctrl+D", "shortcuts.disclosure"},
            {"Ctrl+Shift+D", "shortcuts.shoot"},
            {"Alt+↑ / Alt+↓", "shortcuts.moveStrip"}, {"F2", "shortcuts.editCell"},
            {"Delete", "shortcuts.deleteShots"}, {"F1", "menu.help.shortcuts"}, {"Ctrl+Q", "menu.file.quit"}};
        for (int i = 0; i < rows.length; i++) {
            Label keys = new Label(rows[i][0].replace("Ctrl", messages.get("shortcuts.ctrl")));
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(i, keys, new Label(messages.get(rows[i][1])));
        }
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text"));
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(messages.get("menu.help.about"));
        alert.setHeaderText(messages.get("about.header", ReelwrightVersion.current()));
        alert.show();
    }

    private void print(boolean preview) {
        if (printModel == null) {
            return;
        }
        if (printDialog == null) {
            printDialog = new PrintDialog(printModel, messages, work, dialogs, root.getScene().getWindow());
        }
        if (preview) {
            printDialog.showPreview();
        } else {
            printDialog.show();
        }
    }

    /**
     * File → Print Call Sheet…: shows the Shoot panel's call sheet (whose day is chosen there) and saves it as a PDF
     * where the user says, in the window's language; written in the background, the status bar says when it is.
     */
    void printCallSheet() {
        Production production = model.productionProperty().get();
        if (callSheets == null || production == null || shootPanel == null) {
            return;
        }
        ShootViewModel shoot = shootPanel.get();
        int day = shoot.callSheetDayProperty().get();
        if (day < 1) {
            dialogs.showError(messages.get("error.title"), messages.get("shoot.board.empty"));
            return;
        }
        Production printed = shoot.productionProperty().get() == null ? production : shoot.productionProperty().get();
        dialogs.chooseFileToSave(messages.get("dialog.printCallSheet"), org.reelwright.app.CallSheets
                .suggestedFileName(printed, day), messages.get("print.filter"), "pdf").ifPresent(target -> work.run(
                        messages.get("work.callSheet", day), () -> callSheets.writePdf(printed, day, messages.locale(),
                                target), done -> model.announce(messages.get("status.callSheetSaved", day,
                                        target.getFileName().toString())), failure -> dialogs.showError(
                                                messages.get("error.title"), messages.messageOf(failure))));
    }

    private void importScript() {
        dialogs.chooseFileToOpen(messages.get("dialog.importScript"), messages.get("filter.screenplay"), "fountain",
                "fdx", "spmd", "txt").ifPresent(model::importScript);
    }

    private void importShotList() {
        dialogs.chooseFileToOpen(messages.get("dialog.importShots"), messages.get("filter.csv"), "csv")
                .ifPresent(model::importShotList);
    }

    private void exportShotList() {
        dialogs.chooseFileToSave(messages.get("dialog.exportShots"), model.suggestedFileName()
                .replaceFirst("\\.json$", "") + "-shots.csv", messages.get("filter.csv"), "csv")
                .ifPresent(model::exportShotList);
    }

    /**
     * File → Export Disclosure Pack…: the statement (for the profile chosen in the disclosure panel, or the general
     * festival statement), the register, the shot map, the consents and the sources, as a PDF the user names.
     */
    void exportDisclosurePack() {
        if (planExport == null || shown.get() == null) {
            return;
        }
        DisclosureProfile chosen = disclosureProfile.get();
        String profile = chosen != null ? chosen.id() : DisclosureProfiles.DEFAULT_ID;
        dialogs.chooseFileToSave(messages.get("dialog.exportDisclosure"), model.suggestedFileName()
                .replaceFirst("\\.json$", "") + "-disclosure.pdf", messages.get("print.filter"), "pdf")
                .ifPresent(pdf -> model.exportDisclosurePack(planExport, profile, pdf));
    }

    private void open() {
        dialogs.chooseFileToOpen(messages.get("dialog.open"), messages.get("filter.project"), model.fileExtension())
                .ifPresent(model::open);
    }

    private void save() {
        if (!model.save()) {
            saveAs();
        }
    }

    private void saveAs() {
        dialogs.chooseFileToSave(messages.get("dialog.saveAs"), model.suggestedFileName(),
                messages.get("filter.project"), model.fileExtension()).ifPresent(model::saveAs);
    }
}
