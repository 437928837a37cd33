package org.reelwright.ui.shoot;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.reelwright.domain.CrewMember;
import org.reelwright.domain.Department;
import org.reelwright.domain.Performer;
import org.reelwright.domain.ShootLocation;
import org.reelwright.estimate.DayOutOfDays;
import org.reelwright.ui.common.CellStates;
import org.reelwright.ui.common.EditableColumns;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.Messages;

/**
 * The Shoot panel: the stripboard (strips under day breaks, dragged or moved with Alt+Up/Down), the cast and the
 * crew as editable lists, the day-out-of-days grid, and the call sheet of a chosen day. Written in code
 * (docs/decisions/0001-views-in-code.md).
 */
public final class ShootView {
    private final ShootViewModel model;
    private final ShootListsViewModel lists;
    private final Messages messages;
    private final TabPane tabs = new TabPane();
    private final VBox root = new VBox();
    private Stripboard board;
    /** The DOOD's day columns as made last, one per shoot day. */
    private final List<TableColumn<DayOutOfDays.Row, String>> doodDays = new ArrayList<>();
    private final DateTimeFormatter doodDate;
    /** What "Save as PDF…" on the call sheet does: File → Print Call Sheet… of the window. */
    private Runnable printCallSheet = () -> { };

    public ShootView(ShootViewModel model, ShootListsViewModel lists, Messages messages) {
        this.model = model;
        this.lists = lists;
        this.messages = messages;
        this.doodDate = DateTimeFormatter.ofPattern(messages.get("shoot.dood.date"), messages.locale());
        build();
    }

    public Node root() {
        return root;
    }

    /** Brings the call sheet forward (File → Print Call Sheet… shows which day it prints). */
    public void showCallSheet() {
        tabs.getSelectionModel().select(tabs.getTabs().size() - 1);
    }

    /** What the call sheet's "Save as PDF…" does (the window's File → Print Call Sheet…). */
    public void setOnPrintCallSheet(Runnable action) {
        this.printCallSheet = action;
    }

    private void build() {
        root.setId("shoot-view");
        root.getStyleClass().add("shoot-view");
        tabs.setId("shoot-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("shoot-tab-board", "shoot.tab.board", stripboard()),
                tab("shoot-tab-cast", "shoot.tab.cast", castList()),
                tab("shoot-tab-crew", "shoot.tab.crew", crewList()),
                tab("shoot-tab-locations", "shoot.tab.locations", locationList()),
                doodTab(),
                tab("shoot-tab-callsheet", "shoot.tab.callSheet", new CallSheetPane(model, messages,
                        () -> printCallSheet.run()).root()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().add(tabs);
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Tab doodTab() {
        Tab tab = tab("shoot-tab-dood", "shoot.tab.dood", null);
        tab.setContent(doodGrid(tab));
        return tab;
    }

    private Node stripboard() {
        board = new Stripboard(model.rows());
        board.setOnMove(model::move);
        board.list().setPlaceholder(new Label(messages.get("shoot.board.empty")));
        Label summary = new Label();
        summary.setId("shoot-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label castLine = new Label();
        castLine.setId("shoot-cast-line");
        castLine.getStyleClass().add("shoot-cast-line");
        castLine.textProperty().bind(model.castLineProperty());
        Button keep = new Button(messages.get("shoot.board.keep"), new FontIcon(MaterialDesignL.LOCK_OUTLINE));
        keep.setId("shoot-keep");
        keep.setOnAction(e -> model.arrange());
        keep.disableProperty().bind(model.arrangedProperty());
        Button automatic = new Button(messages.get("shoot.board.automaticPass"),
                new FontIcon(MaterialDesignA.AUTO_FIX));
        automatic.setId("shoot-automatic");
        automatic.setOnAction(e -> model.automaticPass());
        automatic.disableProperty().bind(model.arrangedProperty().not());
        Label hint = Fit.wrapping(new Label(messages.get("shoot.board.hint")));
        hint.getStyleClass().add("shoot-hint");
        Node head = Fit.row("shoot-toolbar", summary, castLine, keep, automatic);
        VBox.setVgrow(board.list(), Priority.ALWAYS);
        VBox box = new VBox(head, hint, ErrorLabel.showing(model.errorProperty()), columnHeads(), board.list());
        box.getStyleClass().add("shoot-board");
        return box;
    }

    /** The names of a strip's parts above the board, on the strip's own grid. */
    private Node columnHeads() {
        HBox heads = new HBox(head("shoot.column.scene", "strip-number"), head("shoot.column.intExt",
                "strip-letters"), head("shoot.column.set", "strip-heading"), head("shoot.column.synopsis",
                        "strip-synopsis"), head("shoot.column.pages", "strip-pages"), head("shoot.column.cast",
                                "strip-cast"));
        heads.getStyleClass().addAll("strip-row", "stripboard-head");
        heads.setAlignment(Pos.CENTER_LEFT);
        return heads;
    }

    private Label head(String key, String part) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(part);
        if (part.equals("strip-synopsis")) {
            HBox.setHgrow(label, Priority.ALWAYS);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinWidth(Region.USE_PREF_SIZE);
        } else {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        return label;
    }

    private Node castList() {
        TableView<Performer> table = new TableView<>(lists.cast());
        table.setId("shoot-cast-table");
        table.setPlaceholder(Fit.wrapping(new Label(messages.get("shoot.cast.empty"))));
        EditableColumns<Performer> columns = new EditableColumns<>(table, messages, lists::showError);
        PayChoice[] pays = PayChoice.values();
        table.getColumns().addAll(List.of(
                columns.readOnly("cast-number", messages.get("shoot.cast.number"), p -> Integer.toString(
                        p.castNumber()), 60),
                columns.text("cast-name", messages.get("shoot.cast.name"), Performer::name, lists::setName, 160),
                columns.text("cast-characters", messages.get("shoot.cast.characters"), p -> String.join(", ",
                        p.characters()), lists::setCharacters, 180),
                columns.text("cast-contact", messages.get("shoot.cast.contact"), Performer::contact,
                        lists::setContact, 170),
                columns.text("cast-unavailable", messages.get("shoot.cast.unavailable"), p -> ShootListsViewModel
                        .dates(p.unavailableDates()), lists::setUnavailableDates, 200),
                columns.choice("cast-pay", messages.get("shoot.cast.pay"), pays, c -> messages.get(c.key()),
                        p -> PayChoice.of(p.payTerm()), (p, choice) -> lists.setPayTerm(p, choice.term()), 140),
                columns.text("cast-makeup", messages.get("shoot.cast.makeUp"), p -> Integer.toString(
                        p.makeUpMinutes()), lists::setMakeUpMinutes, 90),
                columns.check("cast-travels", messages.get("shoot.cast.travels"), Performer::travels,
                        lists::setTravels, 70)));
        Fit.headers(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(messages.get("shoot.cast.add"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        add.setId("shoot-cast-add");
        add.setOnAction(e -> lists.addPerformer());
        Button remove = new Button(messages.get("shoot.cast.remove"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("shoot-cast-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .ifPresent(lists::removePerformer));
        Label hint = Fit.wrapping(new Label(messages.get("shoot.cast.hint")));
        hint.getStyleClass().add("shoot-hint");
        VBox box = new VBox(Fit.row("shoot-toolbar", add, remove), hint, ErrorLabel.showing(lists.errorProperty()),
                table);
        box.getStyleClass().add("shoot-list");
        return box;
    }

    private Node crewList() {
        TableView<CrewMember> table = new TableView<>(lists.crew());
        table.setId("shoot-crew-table");
        table.setPlaceholder(Fit.wrapping(new Label(messages.get("shoot.crew.empty"))));
        EditableColumns<CrewMember> columns = new EditableColumns<>(table, messages, lists::showError);
        table.getColumns().addAll(List.of(
                columns.text("crew-name", messages.get("shoot.crew.name"), CrewMember::name,
                        (c, text) -> lists.setCrewName(lists.crew().indexOf(c), text), 180),
                columns.choice("crew-department", messages.get("shoot.crew.department"), Department.values(),
                        messages::name, CrewMember::department,
                        (c, d) -> lists.setCrewDepartment(lists.crew().indexOf(c), d), 170),
                columns.text("crew-role", messages.get("shoot.crew.role"), CrewMember::role,
                        (c, text) -> lists.setCrewRole(lists.crew().indexOf(c), text), 170),
                columns.text("crew-contact", messages.get("shoot.crew.contact"), CrewMember::contact,
                        (c, text) -> lists.setCrewContact(lists.crew().indexOf(c), text), 200),
                columns.text("crew-call", messages.get("shoot.crew.callOffset"), c -> messages.get(
                        "shoot.crew.offset", c.callOffsetMinutes()), (c, text) -> lists.setCrewCallOffset(
                                lists.crew().indexOf(c), text), 150)));
        Fit.headers(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(messages.get("shoot.crew.add"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        add.setId("shoot-crew-add");
        add.setOnAction(e -> lists.addCrewMember());
        Button remove = new Button(messages.get("shoot.crew.remove"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("shoot-crew-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> lists.removeCrewMember(table.getSelectionModel().getSelectedIndex()));
        VBox box = new VBox(Fit.row("shoot-toolbar", add, remove), ErrorLabel.showing(lists.errorProperty()),
                table);
        box.getStyleClass().add("shoot-list");
        return box;
    }

    private Node locationList() {
        TableView<ShootLocation> table = new TableView<>(lists.locations());
        table.setId("shoot-location-table");
        EditableColumns<ShootLocation> columns = new EditableColumns<>(table, messages, lists::showError);
        table.getColumns().addAll(List.of(
                columns.readOnly("location-name", messages.get("shoot.location.name"), ShootLocation::name, 180),
                columns.text("location-address", messages.get("shoot.location.address"), ShootLocation::address,
                        lists::setAddress, 220),
                columns.text("location-coordinates", messages.get("shoot.location.coordinates"),
                        l -> l.hasCoordinates() ? l.latitude() + ", " + l.longitude() : "", lists::setCoordinates,
                        160),
                columns.text("location-zone", messages.get("shoot.location.timeZone"), ShootLocation::timeZone,
                        lists::setTimeZone, 120),
                columns.text("location-available", messages.get("shoot.location.available"), l -> ShootListsViewModel
                        .dates(l.availableDates()), lists::setAvailableDates, 180),
                columns.text("location-hospital", messages.get("shoot.location.hospital"),
                        ShootLocation::nearestHospital, lists::setNearestHospital, 200)));
        Fit.headers(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        TextField emergency = new TextField();
        emergency.setId("shoot-emergency");
        emergency.setPrefColumnCount(30);
        emergency.setText(lists.emergencyContactProperty().get());
        lists.emergencyContactProperty().addListener((obs, old, now) -> emergency.setText(now));
        emergency.setOnAction(e -> lists.setEmergencyContact(emergency.getText()));
        emergency.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                lists.setEmergencyContact(emergency.getText());
            }
        });
        Label hint = Fit.wrapping(new Label(messages.get("shoot.location.hint")));
        hint.getStyleClass().add("shoot-hint");
        VBox box = new VBox(Fit.row("shoot-toolbar", Fit.group(new Label(messages.get("shoot.location.emergency")),
                emergency)), hint, ErrorLabel.showing(lists.errorProperty()), table);
        box.getStyleClass().add("shoot-list");
        return box;
    }

    /** Performers × shoot days with the DOOD codes, then each performer's totals; columns follow the schedule. */
    private Node doodGrid(Tab tab) {
        TableView<DayOutOfDays.Row> table = new TableView<>();
        table.setId("shoot-dood-table");
        table.getStyleClass().add("dood-table");
        table.setFixedCellSize(28);
        table.setPlaceholder(Fit.wrapping(new Label(messages.get("shoot.dood.empty"))));
        // Made when the tab is in sight: a schedule of 150 days is 150 columns, not worth rebuilding behind the
        // board on every drop.
        boolean[] stale = {true};
        model.doodProperty().addListener((obs, old, dood) -> {
            stale[0] = true;
            if (tab.isSelected()) {
                showDood(table, dood);
                stale[0] = false;
            }
        });
        tab.selectedProperty().addListener((obs, was, is) -> {
            if (is && stale[0]) {
                showDood(table, model.doodProperty().get());
                stale[0] = false;
            }
        });
        Label legend = Fit.wrapping(new Label(messages.get("shoot.dood.legend")));
        legend.getStyleClass().add("shoot-hint");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(legend, table);
        box.getStyleClass().add("shoot-list");
        return box;
    }

    /**
     * The grid of {@code dood}: the day columns are made again only when the number of days changes (all at once:
     * adding columns one by one re-lays the header out each time); otherwise only their dates and the rows change.
     */
    private void showDood(TableView<DayOutOfDays.Row> table, DayOutOfDays dood) {
        if (dood == null) {
            table.getColumns().clear();
            table.getItems().clear();
            doodDays.clear();
            return;
        }
        if (dood.dates().size() != doodDays.size()) {
            doodDays.clear();
            List<TableColumn<DayOutOfDays.Row, ?>> columns = new ArrayList<>();
            columns.add(text("shoot.dood.number", r -> r.castNumber() == 0 ? "\u2014"
                    : Integer.toString(r.castNumber()), 50));
            columns.add(text("shoot.dood.name", DayOutOfDays.Row::name, 210));
            for (int i = 0; i < dood.dates().size(); i++) {
                int index = i;
                TableColumn<DayOutOfDays.Row, String> column = new TableColumn<>();
                column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().codes().get(index).text()));
                column.setCellFactory(c -> new CodeCell());
                column.setSortable(false);
                column.setPrefWidth(48);
                doodDays.add(column);
            }
            columns.addAll(doodDays);
            columns.add(text("shoot.dood.work", r -> Integer.toString(r.workDays()), 60));
            columns.add(text("shoot.dood.hold", r -> Integer.toString(r.holdDays()), 60));
            columns.add(text("shoot.dood.travel", r -> Integer.toString(r.travelDays()), 60));
            columns.add(text("shoot.dood.paid", r -> Integer.toString(r.paidDays()), 60));
            table.getColumns().setAll(columns);
        }
        for (int i = 0; i < doodDays.size(); i++) {
            doodDays.get(i).setText(messages.get("shoot.dood.day", i + 1, doodDate.format(dood.dates().get(i))));
        }
        Fit.headers(table);
        table.getItems().setAll(dood.rows());
    }

    private TableColumn<DayOutOfDays.Row, String> text(String key,
            java.util.function.Function<DayOutOfDays.Row, String> value, double width) {
        TableColumn<DayOutOfDays.Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        column.setPrefWidth(width);
        return column;
    }

    /** A DOOD code in its cell, shaded by kind (work, hold, travel, drop) for reading across a row. */
    private static final class CodeCell extends TableCell<DayOutOfDays.Row, String> {
        private static final CellStates KINDS = new CellStates("dood-work", "dood-hold", "dood-travel", "dood-drop");
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty ? null : code);
            KINDS.show(this, empty || code == null || code.isEmpty() ? null : switch (code) {
                case "H" -> "dood-hold";
                case "T" -> "dood-travel";
                case "D" -> "dood-drop";
                default -> "dood-work";
            });
        }
    }
}
