package org.reelwright.ui.shoot;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.reelwright.schedule.CallSheet;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.Messages;

/**
 * The call sheet of a chosen shoot day as the crew will read it: the day, its calls, each location with address,
 * sunrise and sunset and nearest hospital, the scenes, the performers called, the crew calls, notes and the
 * emergency contact. The day's calls and notes are typed here; "Save as PDF…" prints it (File → Print Call Sheet…).
 */
final class CallSheetPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Row and header heights of the sheet's tables, so each is as tall as its rows (seen: a header is 40 px). */
    private static final double ROW = 28;
    private static final double HEADER = 42;

    private final ShootViewModel model;
    private final Messages messages;
    private final DateTimeFormatter date;
    private final VBox root = new VBox();
    private final Label title = new Label();
    private final Label calls = new Label();
    private final Label places = new Label();
    private final Label footer = new Label();
    private final TextField crewCall = new TextField();
    private final TextField shootingCall = new TextField();
    private final TextArea notes = new TextArea();
    private final TableView<CallSheet.SceneCall> scenes = new TableView<>();
    private final TableView<CallSheet.CastCall> cast = new TableView<>();
    private final TableView<CallSheet.CrewCall> crew = new TableView<>();

    CallSheetPane(ShootViewModel model, Messages messages, Runnable print) {
        this.model = model;
        this.messages = messages;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale());
        ComboBox<Integer> day = new ComboBox<>(model.days());
        day.setId("callsheet-day");
        day.setCellFactory(list -> new DayCell());
        day.setButtonCell(new DayCell());
        day.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.callSheetDayProperty().set(now);
            }
        });
        model.callSheetDayProperty().addListener((obs, old, now) -> day.setValue(now.intValue() < 1 ? null
                : now.intValue()));
        day.setValue(model.callSheetDayProperty().get() < 1 ? null : model.callSheetDayProperty().get());
        Button save = new Button(messages.get("shoot.callSheet.save"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        save.setId("callsheet-save");
        save.disableProperty().bind(model.callSheetProperty().isNull());
        save.setOnAction(e -> print.run());
        Label dayLabel = new Label(messages.get("shoot.callSheet.day"));
        title.setId("callsheet-title");
        title.getStyleClass().add("callsheet-title");
        Fit.wrapping(title);
        Fit.wrapping(calls);
        Fit.wrapping(places);
        Fit.wrapping(footer);
        calls.setId("callsheet-calls");
        places.setId("callsheet-locations");
        buildTables();
        VBox sheet = new VBox(title, calls, places, heading("shoot.callSheet.scenes"), scenes,
                heading("shoot.callSheet.cast"), cast, heading("shoot.callSheet.crew"), crew, footer, editor());
        sheet.getStyleClass().add("callsheet");
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);
        scroll.setId("callsheet-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(Fit.row("shoot-toolbar", Fit.group(dayLabel, day), save),
                ErrorLabel.showing(model.errorProperty()), scroll);
        root.getStyleClass().add("shoot-list");
        model.callSheetProperty().addListener((obs, old, now) -> show(now));
        show(model.callSheetProperty().get());
    }

    Node root() {
        return root;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("callsheet-heading");
        return label;
    }

    /** The day's calls and notes, typed and applied as one edit. */
    private Node editor() {
        crewCall.setId("callsheet-crew-call");
        shootingCall.setId("callsheet-shooting-call");
        crewCall.setPrefColumnCount(6);
        shootingCall.setPrefColumnCount(6);
        crewCall.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        shootingCall.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        notes.setId("callsheet-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        Button apply = new Button(messages.get("shoot.callSheet.apply"), new FontIcon(MaterialDesignC.CHECK));
        apply.setId("callsheet-apply");
        apply.disableProperty().bind(model.callSheetProperty().isNull());
        apply.setOnAction(e -> model.setDayCalls(crewCall.getText(), shootingCall.getText(), notes.getText()));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("callsheet-editor");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, Fit.whole(new Label(messages.get("shoot.callSheet.crewCall"))), crewCall,
                Fit.whole(new Label(messages.get("shoot.callSheet.shootingCall"))), shootingCall);
        grid.add(Fit.whole(new Label(messages.get("shoot.callSheet.notes"))), 0, 1);
        grid.add(notes, 1, 1, 3, 1);
        grid.add(apply, 1, 2);
        return new VBox(6, heading("shoot.callSheet.edit"), grid);
    }

    private void buildTables() {
        scenes.setId("callsheet-scenes");
        cast.setId("callsheet-cast");
        crew.setId("callsheet-crew");
        scenes.getColumns().addAll(List.of(
                column("shoot.column.scene", CallSheet.SceneCall::number, 60),
                column("shoot.column.set", s -> messages.heading(s.heading()), 260),
                column("shoot.column.synopsis", CallSheet.SceneCall::synopsis, 320),
                column("shoot.column.pages", s -> org.reelwright.domain.Eighths.format(s.eighths()), 70),
                column("shoot.column.cast", s -> numbers(s.castNumbers()), 110)));
        cast.getColumns().addAll(List.of(
                column("shoot.cast.number", c -> c.castNumber() == 0 ? "\u2014" : Integer.toString(c.castNumber()),
                        60),
                column("shoot.cast.name", CallSheet.CastCall::performer, 160),
                column("shoot.cast.characters", c -> String.join(", ", c.characters()), 170),
                column("shoot.callSheet.status", c -> c.status().text(), 70),
                column("shoot.callSheet.makeUp", c -> time(c.makeUp()), 90),
                column("shoot.callSheet.onSet", c -> time(c.onSet()), 90),
                column("shoot.cast.contact", CallSheet.CastCall::contact, 170)));
        crew.getColumns().addAll(List.of(
                column("shoot.crew.department", c -> messages.name(c.department()), 150),
                column("shoot.crew.role", CallSheet.CrewCall::role, 160),
                column("shoot.crew.name", CallSheet.CrewCall::name, 160),
                column("shoot.callSheet.call", c -> time(c.call()), 80),
                column("shoot.crew.contact", CallSheet.CrewCall::contact, 180)));
        scenes.setPlaceholder(new Label(messages.get("shoot.callSheet.noScenes")));
        cast.setPlaceholder(new Label(messages.get("shoot.callSheet.noCast")));
        crew.setPlaceholder(new Label(messages.get("shoot.callSheet.noCrew")));
        for (TableView<?> table : List.of(scenes, cast, crew)) {
            table.setFixedCellSize(ROW);
            Fit.headers(table);
        }
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private void show(CallSheet sheet) {
        if (sheet == null) {
            title.setText(messages.get("shoot.board.empty"));
            calls.setText("");
            places.setText("");
            footer.setText("");
            scenes.getItems().clear();
            cast.getItems().clear();
            crew.getItems().clear();
            return;
        }
        title.setText(messages.get("shoot.callSheet.title", sheet.production(), sheet.day(), sheet.dayCount(),
                date.format(sheet.date())));
        calls.setText(messages.get("shoot.callSheet.calls", time(sheet.crewCall()), time(sheet.shootingCall()),
                sheet.nextDay().map(date::format).orElse(messages.get("shoot.callSheet.lastDay"))));
        StringBuilder where = new StringBuilder();
        for (CallSheet.LocationCall location : sheet.locations()) {
            if (!where.isEmpty()) {
                where.append('\n');
            }
            where.append(location.name());
            location.known().filter(l -> !l.address().isBlank()).ifPresent(l -> where.append(" \u00b7 ")
                    .append(l.address()));
            location.sun().ifPresentOrElse(sun -> where.append(" \u00b7 ").append(messages.get("shoot.callSheet.sun",
                    sun.sunrise().map(this::time).orElse("\u2014"), sun.sunset().map(this::time).orElse("\u2014"))),
                    () -> where.append(" \u00b7 ").append(messages.get("shoot.callSheet.noCoordinates")));
            location.known().filter(l -> !l.nearestHospital().isBlank()).ifPresent(l -> where.append(" \u00b7 ")
                    .append(messages.get("shoot.callSheet.hospital", l.nearestHospital())));
        }
        places.setText(where.toString());
        footer.setText(messages.get("shoot.callSheet.footer", sheet.notes().isBlank() ? "\u2014" : sheet.notes(),
                sheet.emergencyContact().isBlank() ? "\u2014" : sheet.emergencyContact()));
        scenes.getItems().setAll(sheet.scenes());
        cast.getItems().setAll(sheet.cast());
        crew.getItems().setAll(sheet.crew());
        for (TableView<?> table : List.of(scenes, cast, crew)) {
            // every row on the sheet, no scrolling inside it: a call sheet is read top to bottom
            table.setPrefHeight(HEADER + ROW * Math.max(1, table.getItems().size()) + 4);
            table.setMinHeight(table.getPrefHeight());
        }
        crewCall.setText(time(sheet.crewCall()));
        shootingCall.setText(time(sheet.shootingCall()));
        notes.setText(sheet.notes());
    }

    private String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    private static String numbers(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    /** A day of the chooser, as its day break names it. */
    private final class DayCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer day, boolean empty) {
            super.updateItem(day, empty);
            setText(empty || day == null ? null : model.dayTitle(day));
        }
    }
}
