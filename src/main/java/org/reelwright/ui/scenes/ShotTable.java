package org.reelwright.ui.scenes;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.VfxLevel;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Severity;
import org.reelwright.ui.common.CellStates;
import org.reelwright.ui.common.ChoiceNames;
import org.reelwright.ui.common.CheckCell;
import org.reelwright.ui.common.Messages;

/**
 * The shot list: every attribute the estimator reads, edited in place (lists for enums, typed text for numbers and
 * words), several rows selectable for one change, rows dragged to a new place within their scene, and each row's
 * flags as an icon whose tooltip gives the message.
 */
final class ShotTable extends TableView<ShotRow> {
    private static final DataFormat SHOT_ID = new DataFormat("application/x-reelwright-shot-id");
    private static final CellStates AI_SHOT = new CellStates("ai-shot");
    private static final CellStates FLAG_STATES = CellStates.ofCodes("flag-", Severity.values());

    private final Messages messages;
    private final ScenesViewModel model;
    private final Consumer<String> errors;

    /** @param errors where a value the domain refuses goes (e.g. -3 typed as a duration) */
    ShotTable(ScenesViewModel model, Messages messages, Consumer<String> errors) {
        super(model.rows());
        this.model = model;
        this.messages = messages;
        this.errors = errors;
        setId("shot-table");
        getStyleClass().add("shot-table");
        setEditable(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(messages.get("table.noShots"));
        placeholder.getStyleClass().add("empty-hint");
        setPlaceholder(placeholder);
        getColumns().add(flagColumn());
        TableColumn<ShotRow, String> sceneColumn = readOnly(messages.get("column.scene"), r -> r.scene().number(), 52);
        sceneColumn.setId("column-scene");
        // With one scene selected every row has the same scene: its column would only take room.
        sceneColumn.visibleProperty().bind(model.selectedSceneProperty().isNull());
        getColumns().add(sceneColumn);
        getColumns().add(textColumn("column-number", messages.get("column.shot"), Shot::number, Shot::withNumber, 58));
        getColumns().add(choiceColumn(messages.get("column.size"), ShotSize.values(), Shot::size, Shot::withSize, 118));
        getColumns().add(choiceColumn(messages.get("column.movement"), CameraMovement.values(), Shot::movement,
                Shot::withMovement, 108));
        getColumns().add(durationColumn());
        getColumns().add(choiceColumn(messages.get("column.vfx"), VfxLevel.values(), Shot::vfx, Shot::withVfx, 84));
        getColumns().add(choiceColumn(messages.get("column.method"), ProductionMethod.values(), Shot::method,
                Shot::withMethod, 148));
        getColumns().add(facesColumn());
        getColumns().add(textColumn("column-description", messages.get("column.description"), Shot::description,
                Shot::withDescription, 220));
        getColumns().add(textColumn("column-notes", messages.get("column.notes"), Shot::notes, Shot::withNotes, 110));
        org.reelwright.ui.common.Fit.headers(this);
        setRowFactory(table -> new ShotTableRow());
        // Another production opened starts at its first row, not where the previous one was scrolled to.
        model.productionProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.id().equals(now.id()))) {
                scrollTo(0);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && getEditingCell() == null
                    && !getSelectionModel().isEmpty()) {
                model.delete(selectedIds());
                e.consume();
            }
        });
    }

    /** Ids of the selected shots, in table order. */
    List<ShotId> selectedIds() {
        return getSelectionModel().getSelectedItems().stream().map(r -> r.shot().id()).collect(Collectors.toList());
    }

    /** Selects exactly these shots (after Duplicate: the copies). */
    void selectAll(List<ShotId> ids) {
        getSelectionModel().clearSelection();
        for (int i = 0; i < getItems().size(); i++) {
            if (ids.contains(getItems().get(i).shot().id())) {
                getSelectionModel().select(i);
            }
        }
    }

    void select(ShotId id) {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i).shot().id().equals(id)) {
                getSelectionModel().clearAndSelect(i);
                scrollTo(i);
                return;
            }
        }
    }

    private void commit(Shot edited, String field) {
        model.edit(edited, field);
    }

    private TableColumn<ShotRow, List<RiskFlag>> flagColumn() {
        TableColumn<ShotRow, List<RiskFlag>> column = new TableColumn<>();
        column.setId("column-flags");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().flags()));
        // The icon and the tooltip are the cell's own for its life, changed in place: a new icon or tooltip per
        // update (as rows are reused while scrolling and after each edit) is a node to style anew each time.
        column.setCellFactory(c -> new TableCell<>() {
            private final FontIcon icon = new FontIcon(MaterialDesignI.INFORMATION_OUTLINE);
            private final Tooltip tip = new Tooltip();

            {
                icon.getStyleClass().add("flag-icon");
                icon.setVisible(false);
                setGraphic(icon);
            }

            @Override
            protected void updateItem(List<RiskFlag> flags, boolean empty) {
                super.updateItem(flags, empty);
                if (empty || flags == null || flags.isEmpty()) {
                    FLAG_STATES.show(this, null);
                    icon.setVisible(false);
                    setTooltip(null);
                    return;
                }
                Severity worst = flags.stream().map(RiskFlag::severity).max(Enum::compareTo).orElseThrow();
                icon.setIconCode(worst == Severity.HIGH ? MaterialDesignA.ALERT
                        : worst == Severity.MEDIUM ? MaterialDesignA.ALERT_OUTLINE : MaterialDesignI.INFORMATION_OUTLINE);
                icon.setVisible(true);
                FLAG_STATES.show(this, "flag-" + worst.id());
                tip.setText(flags.stream().map(f -> messages.get("scenes.flagTip",
                        messages.get("severity." + f.severity().id()), f.message(), f.source()))
                        .collect(Collectors.joining("\n\n")));
                setTooltip(tip);
            }
        });
        column.setPrefWidth(34);
        column.setMinWidth(34);
        column.setMaxWidth(34);
        column.setSortable(false);
        return column;
    }

    private TableColumn<ShotRow, String> readOnly(String title, Function<ShotRow, String> value, double width) {
        TableColumn<ShotRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setSortable(false);
        column.setEditable(false);
        return column;
    }

    private TableColumn<ShotRow, String> textColumn(String id, String title, Function<Shot, String> get,
            BiFunction<Shot, String, Shot> set, double width) {
        TableColumn<ShotRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(get.apply(cell.getValue().shot())));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        column.setOnEditCommit(e -> {
            if (e.getNewValue() != null && !e.getNewValue().equals(e.getOldValue())) {
                try {
                    commit(set.apply(e.getRowValue().shot(), e.getNewValue()), title);
                } catch (InvalidInputException invalid) {
                    errors.accept(invalid.message(messages.locale()));
                    refresh();
                }
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        column.setSortable(false);
        return column;
    }

    /** A column edited by picking one of an enum's values, shown by their display names. */
    private <E extends Enum<E> & CodedEnum> TableColumn<ShotRow, E> choiceColumn(String title, E[] values,
            Function<Shot, E> get, BiFunction<Shot, E, Shot> set, double width) {
        TableColumn<ShotRow, E> column = new TableColumn<>(title);
        column.setId("column-" + values[0].getDeclaringClass().getSimpleName());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(get.apply(cell.getValue().shot())));
        column.setCellFactory(ComboBoxTableCell.forTableColumn(ChoiceNames.of(List.of(values), messages::name),
                values));
        column.setOnEditCommit(e -> {
            if (e.getNewValue() != null && e.getNewValue() != e.getOldValue()) {
                commit(set.apply(e.getRowValue().shot(), e.getNewValue()), title);
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(Math.round(width * 0.7));
        column.setSortable(false);
        return column;
    }

    private TableColumn<ShotRow, Boolean> facesColumn() {
        String title = messages.get("column.faces");
        TableColumn<ShotRow, Boolean> column = new TableColumn<>(title);
        column.setId("column-faces");
        column.setCellValueFactory(cell -> {
            ShotRow row = cell.getValue();
            javafx.beans.property.SimpleBooleanProperty value =
                    new javafx.beans.property.SimpleBooleanProperty(row.shot().realisticFaces());
            value.addListener((obs, old, now) -> {
                if (now != row.shot().realisticFaces()) {
                    commit(row.shot().withRealisticFaces(now), title);
                }
            });
            return value;
        });
        column.setCellFactory(CheckCell.factory());
        column.setPrefWidth(58);
        column.setMinWidth(58);
        column.setSortable(false);
        return column;
    }

    /** Seconds, typed; anything that is not a number between 0.1 and 600 is refused with the domain's message. */
    private TableColumn<ShotRow, Double> durationColumn() {
        String title = messages.get("column.duration");
        TableColumn<ShotRow, Double> column = new TableColumn<>(title);
        column.setId("column-duration");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().shot().durationSeconds()));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Double seconds) {
                return seconds == null ? "" : messages.get("format.seconds", seconds);
            }

            @Override
            public Double fromString(String text) {
                String digits = text == null ? "" : text.replace(messages.get("format.secondsUnit"), "").strip()
                        .replace(',', '.');
                try {
                    return Double.valueOf(digits);
                } catch (NumberFormatException e) {
                    return Double.NaN; // the domain refuses NaN with a message naming the shot
                }
            }
        }));
        column.setOnEditCommit(e -> {
            Double seconds = e.getNewValue();
            if (seconds == null || seconds.equals(e.getOldValue())) {
                return;
            }
            try {
                commit(e.getRowValue().shot().withDurationSeconds(seconds), title);
            } catch (InvalidInputException invalid) {
                errors.accept(invalid.message(messages.locale()));
                refresh();
            }
        });
        column.setPrefWidth(80);
        column.setMinWidth(80);
        column.setSortable(false);
        return column;
    }

    /** Marks AI shots, and lets a row be dragged onto another row of the same scene to move it there. */
    private final class ShotTableRow extends TableRow<ShotRow> {
        ShotTableRow() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                var board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(SHOT_ID, getItem().shot().id().toString());
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (getItem() != null && e.getDragboard().hasContent(SHOT_ID)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (getItem() != null && e.getDragboard().hasContent(SHOT_ID)) {
                    ShotId moving = ShotId.parse((String) e.getDragboard().getContent(SHOT_ID));
                    model.moveBefore(moving, getItem().shot().id());
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(ShotRow row, boolean empty) {
            super.updateItem(row, empty);
            AI_SHOT.show(this, !empty && row != null && row.shot().isAiGenerated() ? "ai-shot" : null);
        }
    }
}
