package org.reelwright.ui.shell;

import java.io.InputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.reelwright.app.Planning;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.compare.CompareView;
import org.reelwright.ui.compare.CompareViewModel;
import org.reelwright.ui.schedule.DependenciesViewModel;
import org.reelwright.ui.schedule.ScheduleView;
import org.reelwright.ui.schedule.ScheduleViewModel;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Dialogs;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;

/**
 * The main window: menu bar, the scene → shot outline, the shot table of the selected scene, and a status bar.
 * Written in code rather than FXML (docs/decisions/0001-views-in-code.md).
 */
public final class MainWindow {
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private final MainWindowViewModel model;
    private final Messages messages;
    private final BackgroundWork work;
    private final ProductionTree tree;
    private final ShotTable shots;
    private final Label sceneTitle = new Label();
    private final BorderPane root = new BorderPane();
    private Dialogs dialogs;

    /**
     * @param compare the comparison panel, shown in its own tab
     * @param schedule the schedule panel (Gantt and strip plan), shown in its own tab
     */
    public MainWindow(MainWindowViewModel model, Messages messages, BackgroundWork work, Node compare,
            Node schedule) {
        this.model = model;
        this.messages = messages;
        this.work = work;
        this.tree = new ProductionTree(messages);
        this.shots = new ShotTable(messages, model::apply,
                message -> dialogs.showError(messages.get("error.title"), message));
        root.setTop(menuBar());
        Tab shotsTab = new Tab(messages.get("tab.shots"), body());
        shotsTab.setId("tab-shots");
        Tab compareTab = new Tab(messages.get("tab.compare"), compare);
        compareTab.setId("tab-compare");
        Tab scheduleTab = new Tab(messages.get("tab.schedule"), schedule);
        scheduleTab.setId("tab-schedule");
        TabPane tabs = new TabPane(shotsTab, compareTab, scheduleTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        root.setBottom(statusBar());
        root.setPrefSize(1280, 800);
        bind();
    }

    /** Puts the window on {@code stage}; dialogs are owned by it. */
    public void show(Stage stage, Dialogs dialogsForStage) {
        this.dialogs = dialogsForStage;
        javafx.scene.Scene scene = new javafx.scene.Scene(root);
        Theme.style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.getIcons().setAll(icons());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        model.setErrorHandler(message -> dialogs.showError(messages.get("error.title"), message));
        stage.show();
    }

    public Parent root() {
        return root;
    }

    /**
     * Builds the window with its panels and their view models, all sharing the open production. The one place the
     * shell composes feature views (ArchitectureTest allows the shell this).
     */
    public static MainWindow assemble(MainWindowViewModel model, Supplier<Planning> planning, Messages messages,
            BackgroundWork work, Locale locale) {
        Formats formats = new Formats(locale);
        CompareViewModel compareModel = new CompareViewModel(planning, work, messages, formats,
                model.productionProperty(), model::apply);
        CompareView compare = new CompareView(compareModel, messages, formats, () -> model.productionProperty().get()
                == null ? java.util.Currency.getInstance("USD") : model.productionProperty().get().currency());
        ScheduleViewModel scheduleModel = new ScheduleViewModel(planning, work, messages, formats,
                model.productionProperty());
        ScheduleView schedule = new ScheduleView(scheduleModel, messages, formats,
                new DependenciesViewModel(model.productionProperty(), model::apply));
        return new MainWindow(model, messages, work, compare.root(), schedule.root());
    }

    private MenuBar menuBar() {
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(
                item("menu.file.new", "Shortcut+N", MaterialDesignF.FILE_OUTLINE, model::newProduction),
                item("menu.file.open", "Shortcut+O", MaterialDesignF.FOLDER_OPEN_OUTLINE, this::open),
                item("menu.file.openSample", null, MaterialDesignM.MOVIE_OPEN_STAR_OUTLINE, model::openSample),
                new SeparatorMenuItem(),
                item("menu.file.save", "Shortcut+S", MaterialDesignC.CONTENT_SAVE_OUTLINE, this::save),
                item("menu.file.saveAs", "Shortcut+Shift+S", MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE,
                        this::saveAs),
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
        MenuBar bar = new MenuBar(file, edit);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, String accelerator, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key), new FontIcon(icon));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node body() {
        Label outlineTitle = new Label(messages.get("pane.scenes"));
        outlineTitle.getStyleClass().add("pane-title");
        VBox outline = new VBox(outlineTitle, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        sceneTitle.getStyleClass().add("pane-title");
        sceneTitle.setId("scene-title");
        VBox shotPane = new VBox(sceneTitle, shots);
        VBox.setVgrow(shots, Priority.ALWAYS);
        SplitPane split = new SplitPane(outline, shotPane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(outline, false);
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

    private void bind() {
        model.productionProperty().addListener((obs, old, production) -> {
            TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
            Object value = selected == null ? null : selected.getValue();
            tree.show(production);
            reselect(value);
            Scene scene = model.selectedSceneProperty().get();
            if (scene != null && old != null) {
                Shot shot = shots.getSelectionModel().getSelectedItem();
                shots.show(scene);
                if (shot != null) {
                    scene.shot(shot.id()).ifPresent(shots::select);
                }
            }
        });
        model.selectedSceneProperty().addListener((obs, old, scene) -> {
            shots.show(scene);
            sceneTitle.setText(scene == null ? messages.get("pane.shots")
                    : messages.get("pane.shotsOf", scene.number(), scene.heading().text()));
            tree.select(scene);
        });
        sceneTitle.setText(messages.get("pane.shots"));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> selected(item));
    }

    /** After the production changes, selects the same scene or shot again (by id) in the rebuilt outline. */
    private void reselect(Object value) {
        if (value instanceof Scene scene) {
            model.productionProperty().get().scene(scene.id()).ifPresent(tree::select);
        } else if (value instanceof Shot shot) {
            model.productionProperty().get().sceneOf(shot.id()).ifPresent(tree::select);
        }
    }

    private void selected(TreeItem<Object> item) {
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof Scene scene) {
            model.selectedSceneProperty().set(scene);
        } else if (item.getValue() instanceof Shot shot && item.getParent().getValue() instanceof Scene scene) {
            model.selectedSceneProperty().set(scene);
            shots.select(shot);
        }
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

    private static List<Image> icons() {
        java.util.ArrayList<Image> images = new java.util.ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = MainWindow.class.getResourceAsStream("/org/reelwright/icons/reelwright-" + size
                    + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon that cannot be read leaves the platform's default; nothing else depends on it
            }
        }
        return images;
    }
}
