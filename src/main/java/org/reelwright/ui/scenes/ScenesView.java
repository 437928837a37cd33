package org.reelwright.ui.scenes;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.Shot;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.Messages;

/**
 * Scenes and shots: the outline on the left (all scenes, each scene, its shots), and on the right the selected
 * scene's heading, length and characters, a toolbar (add, duplicate, delete; set method or VFX for every selected
 * shot), filters, and the editable shot list.
 */
public final class ScenesView {
    /** Where the divider starts, and the least of the panel's width the outline gets from it. */
    private static final double DEFAULT_DIVIDER = 0.25;
    /** The most of the panel's width the outline takes by itself to show long headings whole. */
    private static final double MOST_FOR_HEADINGS = 0.42;

    private final ScenesViewModel model;
    private final Messages messages;
    private final Consumer<String> errors;
    private final ProductionTree tree;
    private final ShotTable table;
    private final SplitPane root;
    private final VBox outline;
    /** Set once the user drags the divider: from then on its place is theirs alone. */
    private boolean dividerMovedByHand;
    /** A new place for the divider, set since the split was last laid out. */
    private boolean placeChanging;
    private final VBox sceneForm = new VBox();
    private boolean updatingForm;

    public ScenesView(ScenesViewModel model, Messages messages, Consumer<String> errors) {
        this.model = model;
        this.messages = messages;
        this.errors = errors;
        this.tree = new ProductionTree(messages);
        this.table = new ShotTable(model, messages, errors);
        Label outlineTitle = new Label(messages.get("pane.scenes"));
        outlineTitle.getStyleClass().add("pane-title");
        Button addScene = iconButton("scenes.addScene", MaterialDesignP.PLUS, e -> model.addScene());
        addScene.setId("add-scene");
        Button deleteScene = iconButton("scenes.deleteScene", MaterialDesignD.DELETE_OUTLINE,
                e -> model.deleteScene(model.selectedSceneProperty().get()));
        deleteScene.disableProperty().bind(model.selectedSceneProperty().isNull());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox outlineHead = new HBox(4, outlineTitle, grow, addScene, deleteScene);
        outlineHead.setAlignment(Pos.CENTER_LEFT);
        outline = new VBox(outlineHead, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label rows = new Label();
        rows.textProperty().bind(model.rowSummaryProperty());
        rows.getStyleClass().add("pane-title");
        rows.setId("shot-count");
        VBox shots = new VBox(sceneForm, toolbar(), filters(rows), table);
        shots.getStyleClass().add("shots-pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new SplitPane(outline, shots) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                placeChanging = false;
            }
        };
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(DEFAULT_DIVIDER);
        root.setId("scenes-view");
        SplitPane.setResizableWithParent(outline, false);
        tree.setOnLaidOut(this::fitOutlineToHeadings);
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != root; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    dividerMovedByHand = true;
                }
            }
        });
        bind();
    }

    public Node root() {
        return root;
    }

    /** The divider between outline and shot list, for the shell to remember its place. */
    public SplitPane splitPane() {
        return root;
    }

    /**
     * Widens the outline so its scene headings are whole (up to {@value #MOST_FOR_HEADINGS} of the panel), each time
     * its lines are laid out, until the user drags the divider: a place set otherwise (remembered from last time,
     * or kept across a language switch) is only widened, never narrowed. A heading longer than that is cut and
     * shows its whole text in a tooltip.
     */
    private void fitOutlineToHeadings() {
        double panel = root.getWidth();
        double width = outline.getWidth();
        // until the split is laid out after a change of place, the outline's width is still the old place's
        if (dividerMovedByHand || panel <= 0 || width <= 0 || placeChanging) {
            return;
        }
        double needed = tree.widthForHeadings();
        if (Double.isNaN(needed)) {
            return;
        }
        double target = Math.min(Math.max(needed, DEFAULT_DIVIDER * panel), MOST_FOR_HEADINGS * panel);
        if (target > width + 1) {
            // the divider's place is a fraction of the panel, a little more than the outline (the divider itself)
            double beside = root.getDividerPositions()[0] * panel - width;
            placeChanging = true;
            root.setDividerPositions((target + beside) / panel);
        }
    }

    private void bind() {
        model.productionProperty().addListener((obs, old, now) -> {
            tree.show(now);
            tree.select(model.selectedSceneProperty().get());
            showSceneForm();
        });
        tree.show(model.productionProperty().get());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item == null) {
                return;
            }
            if (item.getValue() instanceof Scene scene) {
                model.selectedSceneProperty().set(scene.id());
            } else if (item.getValue() instanceof Shot shot && item.getParent().getValue() instanceof Scene scene) {
                model.selectedSceneProperty().set(scene.id());
                table.select(shot.id());
            } else {
                model.selectedSceneProperty().set(null);
            }
        });
        model.selectedSceneProperty().addListener((obs, old, now) -> {
            tree.select(now);
            showSceneForm();
        });
        showSceneForm();
    }

    private Node toolbar() {
        Button add = iconButton("scenes.addShot", MaterialDesignP.PLUS, e -> {
            List<org.reelwright.domain.ShotId> selected = table.selectedIds();
            model.addShot(selected.isEmpty() ? null : selected.get(selected.size() - 1));
        });
        add.setId("add-shot");
        add.setText(messages.get("scenes.addShot"));
        Button duplicate = iconButton("scenes.duplicate", MaterialDesignC.CONTENT_COPY,
                e -> table.selectAll(model.duplicate(table.selectedIds())));
        duplicate.setId("duplicate-shots");
        Button delete = iconButton("scenes.delete", MaterialDesignD.DELETE_OUTLINE,
                e -> model.delete(table.selectedIds()));
        delete.setId("delete-shots");
        var nothingSelected = javafx.beans.binding.Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        duplicate.disableProperty().bind(nothingSelected);
        delete.disableProperty().bind(nothingSelected);
        Label setFor = new Label(messages.get("scenes.setForSelected"));
        ComboBox<ProductionMethod> method = bulk("bulk-method", "scenes.setMethod", ProductionMethod.values(),
                Shot::withMethod);
        ComboBox<VfxLevel> vfx = bulk("bulk-vfx", "scenes.setVfx", VfxLevel.values(), Shot::withVfx);
        method.disableProperty().bind(nothingSelected);
        vfx.disableProperty().bind(nothingSelected);
        Fit.whole(setFor);
        Fit.whole(add);
        FlowPane bar = new FlowPane(6, 4, add, duplicate, delete, new Separator(Orientation.VERTICAL), setFor, method,
                vfx);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("scenes-toolbar");
        return bar;
    }

    /** A list that applies the chosen value to every selected shot, then clears itself for the next use. */
    private <E extends Enum<E> & CodedEnum> ComboBox<E> bulk(String id, String promptKey, E[] values,
            BiFunction<Shot, E, Shot> set) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setPromptText(messages.get(promptKey));
        box.setCellFactory(v -> new NameCell<>(messages));
        box.setButtonCell(new NameCell<>(messages));
        box.setOnAction(e -> {
            E chosen = box.getValue();
            if (chosen != null) {
                model.editAll(table.selectedIds(), messages.get(promptKey), shot -> set.apply(shot, chosen));
                javafx.application.Platform.runLater(() -> box.getSelectionModel().clearSelection());
            }
        });
        return box;
    }

    private Node filters(Label rows) {
        ComboBox<String> location = new ComboBox<>(model.locations());
        location.setId("filter-location");
        location.setPromptText(messages.get("scenes.anyLocation"));
        location.valueProperty().bindBidirectional(model.locationFilterProperty());
        ComboBox<VfxLevel> vfx = new ComboBox<>(FXCollections.observableArrayList(model.vfxChoices()));
        vfx.setId("filter-vfx");
        vfx.setPromptText(messages.get("scenes.anyVfx"));
        vfx.setCellFactory(v -> new NameCell<>(messages, messages.get("scenes.anyVfx")));
        vfx.setButtonCell(new NameCell<>(messages, messages.get("scenes.anyVfx")));
        vfx.valueProperty().bindBidirectional(model.vfxFilterProperty());
        ComboBox<ProductionMethod> method = new ComboBox<>(FXCollections.observableArrayList(
                ProductionMethod.values()));
        method.setId("filter-method");
        method.setPromptText(messages.get("scenes.anyMethod"));
        method.setCellFactory(v -> new NameCell<>(messages));
        method.setButtonCell(new NameCell<>(messages));
        method.valueProperty().bindBidirectional(model.methodFilterProperty());
        CheckBox flagged = new CheckBox(messages.get("scenes.flaggedOnly"));
        flagged.setId("filter-flagged");
        flagged.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        Button clear = new Button(messages.get("scenes.clearFilters"));
        clear.setOnAction(e -> model.clearFilters());
        location.setMaxWidth(220);
        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {vfx, method, flagged, clear,
            rows}) {
            Fit.whole(fixed);
        }
        FlowPane bar = new FlowPane(6, 4, new FontIcon(MaterialDesignF.FILTER_OUTLINE), location, vfx, method,
                flagged, clear, rows);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("scenes-filters");
        return bar;
    }

    /** The selected scene's heading, length and characters, edited in place; hidden for all scenes. */
    private void showSceneForm() {
        Production p = model.productionProperty().get();
        Scene scene = p == null || model.selectedSceneProperty().get() == null ? null
                : p.scene(model.selectedSceneProperty().get()).orElse(null);
        sceneForm.getChildren().clear();
        sceneForm.setManaged(scene != null);
        sceneForm.setVisible(scene != null);
        if (scene == null) {
            return;
        }
        updatingForm = true;
        Label number = new Label(messages.get("scenes.sceneNumber", scene.number()));
        number.getStyleClass().add("scene-number");
        ComboBox<IntExt> intExt = new ComboBox<>(FXCollections.observableArrayList(IntExt.values()));
        intExt.setId("scene-intext");
        intExt.setCellFactory(v -> new NameCell<>(messages));
        intExt.setButtonCell(new NameCell<>(messages));
        intExt.setValue(scene.heading().intExt());
        TextField location = new TextField(scene.heading().location());
        location.setId("scene-location");
        location.setPrefColumnCount(22);
        ComboBox<TimeOfDay> time = new ComboBox<>(FXCollections.observableArrayList(TimeOfDay.values()));
        time.setId("scene-time");
        time.setCellFactory(v -> new NameCell<>(messages));
        time.setButtonCell(new NameCell<>(messages));
        time.setValue(scene.heading().timeOfDay());
        TextField eighths = new TextField(Integer.toString(scene.lengthEighths()));
        eighths.setId("scene-eighths");
        eighths.setPrefColumnCount(4);
        eighths.setTooltip(new Tooltip(messages.get("scenes.eighthsHint")));
        TextField characters = new TextField(String.join(", ", scene.characters()));
        characters.setId("scene-characters");
        characters.setPrefColumnCount(28);
        characters.setPromptText(messages.get("scenes.charactersHint"));
        Runnable commitHeading = () -> {
            if (!updatingForm) {
                edit(scene, messages.get("scenes.heading"), s -> s.withHeading(new SceneHeading(intExt.getValue(),
                        ScenesViewModel.location(location.getText()), time.getValue())));
            }
        };
        intExt.setOnAction(e -> commitHeading.run());
        time.setOnAction(e -> commitHeading.run());
        commitOnExit(location, commitHeading);
        commitOnExit(eighths, () -> {
            int value;
            try {
                value = Integer.parseInt(eighths.getText().strip());
            } catch (NumberFormatException e) {
                errors.accept(messages.get("scenes.eighthsNotNumber", scene.number(), eighths.getText()));
                eighths.setText(Integer.toString(scene.lengthEighths()));
                return;
            }
            edit(scene, messages.get("scenes.length"), s -> s.withLengthEighths(value));
        });
        commitOnExit(characters, () -> edit(scene, messages.get("scenes.characters"),
                s -> s.withCharacters(List.of(characters.getText().split("\\s*,\\s*")).stream()
                        .filter(c -> !c.isBlank()).toList())));
        FlowPane row = new FlowPane(8, 6, number, intExt, location, time,
                new Label(messages.get("scenes.eighths")), eighths, new Label(messages.get("scenes.characters")),
                characters);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("scene-form");
        sceneForm.getChildren().add(row);
        updatingForm = false;
    }

    private void edit(Scene scene, String field, java.util.function.UnaryOperator<Scene> change) {
        try {
            Scene changed = change.apply(scene);
            if (!changed.equals(scene)) {
                model.editScene(scene.id(), field, s -> change.apply(s));
            }
        } catch (InvalidInputException e) {
            errors.accept(e.message(messages.locale()));
            showSceneForm();
        }
    }

    private static void commitOnExit(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        ChangeListener<Boolean> onBlur = (obs, had, has) -> {
            if (had && !has) {
                commit.run();
            }
        };
        field.focusedProperty().addListener(onBlur);
    }

    private Button iconButton(String tooltipKey, Ikon icon, javafx.event.EventHandler<javafx.event.ActionEvent> on) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(messages.get(tooltipKey)));
        button.setOnAction(on);
        return button;
    }

    private static final class NameCell<E extends Enum<E> & CodedEnum> extends ListCell<E> {
        private final Messages messages;

        /** What a null item reads as (the filter's "any"), or null for no text. */
        private final String none;

        NameCell(Messages messages) {
            this(messages, null);
        }

        NameCell(Messages messages, String none) {
            this.messages = messages;
            this.none = none;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? none : item == null ? none : messages.name(item));
        }
    }
}
