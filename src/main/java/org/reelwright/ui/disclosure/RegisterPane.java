package org.reelwright.ui.disclosure;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reelwright.domain.AiContribution;
import org.reelwright.domain.CommercialUse;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Likeness;
import org.reelwright.ui.common.DateText;
import org.reelwright.ui.common.EditableColumns;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.LocalNumbers;
import org.reelwright.ui.common.Messages;

/**
 * The register of AI uses as a table the director fills in place: the plan's columns (stage, what, generated or
 * enhanced, share of the frame, planned date) and the director's (tool, vendor, commercial use, model and version,
 * licence tier, training data and its address, output ownership, whose likeness, who prompted and selected, the
 * human contribution, the date done). An entry the plan no longer uses is greyed and says so; its text stays, and
 * only then can it be removed.
 */
final class RegisterPane {
    private final DisclosureViewModel model;
    private final Messages messages;
    private final Consumer<String> errors;
    private final TableView<EntryRow> table = new TableView<>();
    private final LocalNumbers numbers;
    private final VBox root = new VBox();

    RegisterPane(DisclosureViewModel model, Messages messages, Consumer<String> errors) {
        this.model = model;
        this.messages = messages;
        this.errors = errors;
        this.numbers = new LocalNumbers(messages.locale());
        build();
    }

    Node root() {
        return root;
    }

    TableView<EntryRow> table() {
        return table;
    }

    /** Selects and shows a row (none when negative), with the focus on the cell of {@code columnId}. */
    void select(int row, String columnId) {
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        TableColumn<EntryRow, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElse(null);
        table.getSelectionModel().clearAndSelect(row);
        table.scrollTo(row);
        if (column != null) {
            table.getFocusModel().focus(row, column);
        }
        table.requestFocus();
    }

    private void build() {
        root.getStyleClass().add("disclosure-tab-body");
        table.setId("disclosure-register");
        table.getStyleClass().add("disclosure-register");
        table.setItems(model.entries());
        EditableColumns<EntryRow> columns = new EditableColumns<>(table, messages, errors);
        DateText dates = new DateText(messages);
        // the terms an insurer asks about first (tool, vendor, commercial use) next to what the entry is, so a
        // rights gap's cell is on screen without scrolling sideways
        table.getColumns().addAll(List.of(
                columns.readOnly("register-status", title("status"), r -> messages.get(r.entry().inPlan()
                        ? "disclosure.status.inPlan" : "disclosure.status.unused"), 120),
                columns.readOnly("register-stage", title("stage"), EntryRow::stage, 140),
                columns.readOnly("register-what", title("what"), EntryRow::what, 130),
                columns.choice("register-contribution", title("contribution"),
                        List.of(AiContribution.GENERATED, AiContribution.ENHANCED), messages::name,
                        r -> r.entry().contribution(), (r, v) -> change(r, "contribution", e -> e.withContribution(v)),
                        100),
                text("tool", DisclosureEntry::tool, DisclosureEntry::withTool, columns, 120),
                text("vendor", DisclosureEntry::vendor, DisclosureEntry::withVendor, columns, 120),
                columns.choice("register-commercialUse", title("commercialUse"), List.of(CommercialUse.values()),
                        messages::name, r -> r.entry().commercialUse(),
                        (r, v) -> change(r, "commercialUse", e -> e.withCommercialUse(v)), 110),
                text("model", DisclosureEntry::model, DisclosureEntry::withModel, columns, 110),
                text("modelVersion", DisclosureEntry::modelVersion, DisclosureEntry::withModelVersion, columns, 80),
                text("licenceTier", DisclosureEntry::licenceTier, DisclosureEntry::withLicenceTier, columns, 110),
                columns.choice("register-trainingData", title("trainingData"), List.of(Boolean.TRUE, Boolean.FALSE),
                        known -> messages.get(known ? "disclosure.trainingData.known"
                                : "disclosure.trainingData.unknown"), r -> r.entry().trainingDataKnown(),
                        (r, v) -> change(r, "trainingData", e -> e.withTrainingData(v, e.trainingDataAddress())), 110),
                columns.text("register-trainingDataAddress", title("trainingDataAddress"),
                        r -> r.entry().trainingDataAddress(), (r, v) -> change(r, "trainingDataAddress",
                                e -> e.withTrainingData(e.trainingDataKnown(), v)), 150),
                text("outputOwnership", DisclosureEntry::outputOwnership, DisclosureEntry::withOutputOwnership,
                        columns, 150),
                columns.choice("register-likeness", title("likeness"), List.of(Likeness.values()), messages::name,
                        r -> r.entry().likeness(), (r, v) -> change(r, "likeness", e -> e.withLikeness(v)), 130),
                columns.text("register-frameShare", title("frameShare"), r -> percent(r.entry().frameShare()),
                        this::changeShare, 80),
                text("promptedBy", DisclosureEntry::promptedBy, DisclosureEntry::withPromptedBy, columns, 110),
                text("selectedBy", DisclosureEntry::selectedBy, DisclosureEntry::withSelectedBy, columns, 110),
                text("humanContribution", DisclosureEntry::humanContribution,
                        DisclosureEntry::withHumanContribution, columns, 220),
                columns.date("register-plannedOn", title("plannedOn"), dates, r -> r.entry().plannedOn(),
                        (r, v) -> change(r, "plannedOn", e -> e.withPlannedOn(v)), 110),
                columns.date("register-doneOn", title("doneOn"), dates, r -> r.entry().doneOn(),
                        (r, v) -> change(r, "doneOn", e -> e.withDoneOn(v)), 110)));
        Fit.headers(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EntryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unused"),
                        !empty && row != null && !row.entry().inPlan());
            }
        });
        Label empty = Fit.wrapping(new Label(messages.get("disclosure.register.empty")));
        empty.getStyleClass().add("empty-hint");
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = Fit.wrapping(new Label(messages.get("disclosure.register.hint")));
        hint.getStyleClass().add("field-hint");
        Button remove = new Button(messages.get("disclosure.register.remove"));
        remove.setId("disclosure-register-remove");
        remove.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            EntryRow row = table.getSelectionModel().getSelectedItem();
            return row == null || row.entry().inPlan();
        }, table.getSelectionModel().selectedItemProperty()));
        remove.setOnAction(e -> {
            EntryRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.removeEntry(row);
            }
        });
        root.getChildren().addAll(table, Fit.row("disclosure-actions", remove, hint));
    }

    private TableColumn<EntryRow, String> text(String field, Function<DisclosureEntry, String> get,
            BiFunction<DisclosureEntry, String, DisclosureEntry> set, EditableColumns<EntryRow> columns,
            double width) {
        return columns.text("register-" + field, title(field), r -> get.apply(r.entry()),
                (r, v) -> change(r, field, e -> set.apply(e, v)), width);
    }

    private void change(EntryRow row, String field, java.util.function.UnaryOperator<DisclosureEntry> change) {
        model.changeEntry(row, field, change);
    }

    private String title(String field) {
        return messages.get("disclosure.column." + field);
    }

    private String percent(double share) {
        return messages.get("disclosure.percent", Math.round(share * 100));
    }

    /**
     * "60 %" or "60" (percent, as the cell shows it) as a share of the frame, changed as one edit; text that is no number is refused by name
     * and the cell shows the share it had.
     */
    private void changeShare(EntryRow row, String text) {
        String digits = text == null ? "" : text.replace("%", "").replace("\uff05", "").strip();
        numbers.parse(digits).ifPresentOrElse(value -> {
            double share = value.doubleValue() / 100;
            change(row, "frameShare", e -> e.withFrameShare(share));
        }, () -> {
            errors.accept(messages.get("disclosure.frameShare.invalid", text));
            table.refresh();
        });
    }
}
