package org.reelwright.ui.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reelwright.domain.ConsentId;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.ShotId;
import org.reelwright.ui.common.DateText;
import org.reelwright.ui.common.ErrorLabel;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.Messages;

/**
 * The consents of the people AI shows or voices: a table of them, and a form to record a new one or change the one
 * selected — who, what it allows, media and territories, the date signed (picked or typed), where the document is,
 * and what it covers (the shots whose picture AI makes or changes with a realistic face, and the AI voice work).
 * Saving is one undoable edit; a value the domain refuses is said under the form and nothing is lost.
 */
final class ConsentsPane {
    private final DisclosureViewModel model;
    private final Messages messages;
    private final DateText dates;
    private final TableView<ConsentRecord> table = new TableView<>();
    private final TextField person = field("consent-person");
    private final TextField scope = field("consent-scope");
    private final TextField media = field("consent-media");
    private final TextField territories = field("consent-territories");
    private final DatePicker signedOn;
    private final TextField document = field("consent-document");
    private final ListView<ShotChoice> shots = new ListView<>();
    private final Map<ShotId, BooleanProperty> covered = new HashMap<>();
    private final CheckBox voice = new CheckBox();
    private final Label formTitle = new Label();
    private final Button remove = new Button();
    private final javafx.beans.property.ReadOnlyStringWrapper formError = new javafx.beans.property
            .ReadOnlyStringWrapper("");
    private final SplitPane root;
    /** The consent being edited; null while the form records a new one. */
    private ConsentId editing;
    /** Set while the table's selection is put back after a change, so the form is not reloaded. */
    private boolean syncing;

    ConsentsPane(DisclosureViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.dates = new DateText(messages);
        this.signedOn = dates.picker("consent-signedOn", refused -> formError.set(messages.get("table.notADate",
                refused)));
        buildTable();
        root = new SplitPane(table, form());
        root.setId("disclosure-consents");
        root.setDividerPositions(0.5);
        model.consents().addListener((ListChangeListener<ConsentRecord>) change -> reselect());
        model.faceShots().addListener((ListChangeListener<ShotChoice>) change -> showShots());
        showShots();
        load(new ConsentDraft(null, List.of(), false), null);
    }

    Node root() {
        return root;
    }

    /** Starts a new consent covering what {@code draft} names (from a gap in the missing tab). */
    void startNew(ConsentDraft draft) {
        table.getSelectionModel().clearSelection();
        load(draft, null);
        person.requestFocus();
    }

    private void buildTable() {
        table.setId("consents-table");
        table.setItems(model.consents());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("person", ConsentRecord::person, 140));
        table.getColumns().add(column("signedOn", c -> c.isSigned() ? dates.format(c.signedOn())
                : messages.get("disclosure.consent.unsigned"), 110));
        table.getColumns().add(column("covers", model::covers, 200));
        table.getColumns().add(column("document", ConsentRecord::documentReference, 120));
        Fit.headers(table);
        Label empty = Fit.wrapping(new Label(messages.get("disclosure.consents.empty")));
        empty.getStyleClass().add("empty-hint");
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                load(new ConsentDraft(now.id(), now.shots(), now.voice()), now);
            }
        });
    }

    private TableColumn<ConsentRecord, String> column(String key, java.util.function.Function<ConsentRecord,
            String> value, double width) {
        TableColumn<ConsentRecord, String> column = new TableColumn<>(messages.get("disclosure.consent." + key));
        column.setId("consents-" + key);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private Node form() {
        formTitle.setId("consent-form-title");
        formTitle.getStyleClass().add("details-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("consent-form");
        int row = 0;
        for (Object[] line : new Object[][] {{"person", person}, {"scope", scope}, {"media", media},
            {"territories", territories}, {"signedOn", signedOn}, {"document", document}}) {
            Label label = Fit.whole(new Label(messages.get("disclosure.consent." + line[0])));
            label.setLabelFor((Node) line[1]);
            grid.addRow(row++, label, (Node) line[1]);
            GridPane.setHgrow((Node) line[1], Priority.ALWAYS);
        }
        signedOn.setMaxWidth(Double.MAX_VALUE);
        Label coversLabel = Fit.whole(new Label(messages.get("disclosure.consent.covers")));
        shots.setId("consent-shots");
        shots.setPrefHeight(140);
        shots.setCellFactory(CheckBoxListCell.forListView(choice -> covered.computeIfAbsent(choice.id(),
                id -> new SimpleBooleanProperty(false))));
        Label noShots = Fit.wrapping(new Label(messages.get("disclosure.consent.noFaceShots")));
        noShots.getStyleClass().add("empty-hint");
        shots.setPlaceholder(noShots);
        voice.setText(messages.get("disclosure.consent.voice"));
        voice.setId("consent-voice");
        Fit.wrapping(voice);
        grid.addRow(row++, coversLabel, shots);
        grid.add(voice, 1, row);
        Button fresh = new Button(messages.get("disclosure.consent.new"));
        fresh.setId("consent-new");
        fresh.setOnAction(e -> startNew(new ConsentDraft(null, List.of(), false)));
        Button save = new Button(messages.get("disclosure.consent.save"));
        save.setId("consent-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        remove.setText(messages.get("disclosure.consent.remove"));
        remove.setId("consent-remove");
        remove.setOnAction(e -> {
            if (editing != null) {
                model.removeConsent(editing);
                startNew(new ConsentDraft(null, List.of(), false));
            }
        });
        Label hint = Fit.wrapping(new Label(messages.get("disclosure.consent.hint")));
        hint.getStyleClass().add("field-hint");
        VBox box = new VBox(formTitle, hint, grid, ErrorLabel.showing(formError.getReadOnlyProperty()),
                Fit.row("disclosure-actions", save, fresh, remove));
        box.getStyleClass().add("consent-form-box");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("consent-form-scroll");
        return scroll;
    }

    /** Fills the form with {@code consent} (or empty fields for a new one) and ticks what {@code draft} covers. */
    private void load(ConsentDraft draft, ConsentRecord consent) {
        editing = draft.id();
        formError.set("");
        formTitle.setText(messages.get(editing == null ? "disclosure.consent.newTitle"
                : "disclosure.consent.editTitle"));
        remove.setDisable(editing == null);
        person.setText(consent == null ? "" : consent.person());
        scope.setText(consent == null ? "" : consent.scope());
        media.setText(consent == null ? "" : consent.media());
        territories.setText(consent == null ? "" : consent.territories());
        signedOn.setValue(consent == null ? null : consent.signedOn());
        signedOn.getEditor().setText(dates.format(signedOn.getValue()));
        document.setText(consent == null ? "" : consent.documentReference());
        covered.values().forEach(p -> p.set(false));
        for (ShotId shot : draft.shots()) {
            covered.computeIfAbsent(shot, id -> new SimpleBooleanProperty(false)).set(true);
        }
        voice.setSelected(draft.voice());
        showShots();
    }

    /** The face shots to tick, and any shot the consent covers that is no longer one (so nothing is lost). */
    private void showShots() {
        List<ShotChoice> choices = new ArrayList<>(model.faceShots());
        covered.forEach((id, on) -> {
            if (on.get() && choices.stream().noneMatch(c -> c.id().equals(id))) {
                choices.add(new ShotChoice(id, model.shotName(id)));
            }
        });
        shots.getItems().setAll(choices);
    }

    private void save() {
        // a date typed but not yet committed by Enter counts as typed
        String typed = signedOn.getEditor().getText();
        LocalDate date = typed == null || typed.isBlank() ? null : dates.parse(typed).orElse(null);
        if (typed != null && !typed.isBlank() && date == null) {
            formError.set(messages.get("table.notADate", typed.strip()));
            return;
        }
        List<ShotId> ticked = shots.getItems().stream().map(ShotChoice::id)
                .filter(id -> covered.containsKey(id) && covered.get(id).get()).toList();
        try {
            ConsentRecord record = new ConsentRecord(editing == null ? ConsentId.random() : editing, person.getText(),
                    scope.getText(), media.getText(), territories.getText(), date, document.getText(), ticked,
                    voice.isSelected());
            formError.set("");
            if (editing == null) {
                editing = record.id();
                model.addConsent(record);
                if (!model.holds(record.id())) {
                    editing = null; // refused (the window said why): still a new one
                }
            } else {
                model.saveConsent(record);
            }
        } catch (InvalidInputException invalid) {
            formError.set(invalid.message(messages.locale()));
        }
    }

    /** After a change the consent being edited stays selected (it is a new value with the same id). */
    private void reselect() {
        syncing = true;
        try {
            if (editing == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            ConsentRecord now = model.consent(editing).orElse(null);
            if (now == null) { // removed, or its adding undone: the form now records a new one with what it holds
                editing = null;
                table.getSelectionModel().clearSelection();
                formTitle.setText(messages.get("disclosure.consent.newTitle"));
                remove.setDisable(true);
                return;
            }
            table.getSelectionModel().select(now);
            formTitle.setText(messages.get("disclosure.consent.editTitle"));
            remove.setDisable(false);
        } finally {
            syncing = false;
        }
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
