package org.reelwright.ui.disclosure;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reelwright.ui.common.Fit;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.common.SeverityIcon;

/**
 * What the disclosure still lacks, one card per gap: what is missing, the shot or stage it concerns as a link to it,
 * why it matters, and the action that closes it (record a consent, or go to the register's commercial-use cell). A
 * list that makes cards only for the rows on screen: a 10,000-shot plan may have thousands of gaps.
 */
final class MissingPane {
    private final DisclosureViewModel model;
    private final Messages messages;
    private final ListView<MissingRow> list = new ListView<>();
    /** The rows that say their reason: the first of each kind (the others have it on hover). */
    private Set<Integer> explaining = Set.of();
    private Consumer<String> onShowSubject = id -> { };
    private Consumer<MissingRow> onRecordConsent;
    private Consumer<MissingRow> onShowInRegister;

    MissingPane(DisclosureViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        list.setId("disclosure-missing");
        list.getStyleClass().add("disclosure-missing");
        list.setItems(model.missing());
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new CardCell());
        Label none = Fit.wrapping(new Label(messages.get("disclosure.missing.none")));
        none.setId("disclosure-missing-none");
        none.getStyleClass().add("empty-hint");
        list.setPlaceholder(none);
        model.missing().addListener((ListChangeListener<MissingRow>) change -> findExplaining());
        findExplaining();
    }

    Node root() {
        return list;
    }

    /** Where a subject's link goes: the shot or stage id of the gap. */
    void setOnShowSubject(Consumer<String> action) {
        this.onShowSubject = action;
    }

    /** What "Record consent…" on a missing consent does; without it there is no such button. */
    void setOnRecordConsent(Consumer<MissingRow> action) {
        this.onRecordConsent = action;
        list.refresh();
    }

    /** What "Show in the register" on a rights gap does; without it there is no such button. */
    void setOnShowInRegister(Consumer<MissingRow> action) {
        this.onShowInRegister = action;
        list.refresh();
    }

    /**
     * The reason is said once per kind of gap: sixteen shots without a consent are sixteen lines to act on, not
     * sixteen copies of the same paragraph.
     */
    private void findExplaining() {
        Set<String> kinds = new HashSet<>();
        Set<Integer> rows = new HashSet<>();
        for (int i = 0; i < model.missing().size(); i++) {
            MissingRow row = model.missing().get(i);
            if (kinds.add(row.code().id() + "\n" + row.message())) {
                rows.add(i);
            }
        }
        explaining = rows;
        list.refresh();
    }

    /** One line with what is missing, its subject and the action; the reason under it, muted, when it says it. */
    private final class CardCell extends ListCell<MissingRow> {
        CardCell() {
            getStyleClass().add("disclosure-card-cell");
        }

        @Override
        protected void updateItem(MissingRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            setGraphic(card(row, getIndex(), explaining.contains(getIndex())));
        }

        private Node card(MissingRow row, int index, boolean explain) {
            Label title = Fit.whole(new Label(row.title(), SeverityIcon.of(row.severity())));
            title.getStyleClass().add("disclosure-card-title");
            Hyperlink subject = Fit.whole(new Hyperlink(row.subject()));
            subject.setId("disclosure-missing-subject-" + index);
            subject.setOnAction(e -> onShowSubject.accept(row.subjectId()));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox heading = new HBox(6, title, subject, spacer);
            heading.setAlignment(Pos.CENTER_LEFT);
            if (onRecordConsent != null && model.needsConsent(row)) {
                Button record = Fit.whole(new Button(messages.get("disclosure.missing.recordConsent")));
                record.setId("disclosure-record-consent-" + index);
                record.setOnAction(e -> onRecordConsent.accept(row));
                heading.getChildren().add(record);
                if (model.shotEntryOf(row).isPresent()) {
                    Button invented = Fit.whole(new Button(messages.get("disclosure.missing.invented")));
                    invented.setId("disclosure-invented-" + index);
                    invented.setTooltip(new Tooltip(messages.get("disclosure.missing.inventedTip")));
                    invented.setOnAction(e -> model.markInvented(row));
                    heading.getChildren().add(invented);
                }
            } else if (onShowInRegister != null && model.isRightsGap(row)) {
                Button show = Fit.whole(new Button(messages.get("disclosure.missing.showInRegister")));
                show.setId("disclosure-show-in-register-" + index);
                show.setOnAction(e -> onShowInRegister.accept(row));
                heading.getChildren().add(show);
            }
            VBox card = new VBox(heading);
            if (explain) {
                Label message = Fit.wrapping(new Label(row.message()));
                message.getStyleClass().add("disclosure-card-text");
                card.getChildren().add(message);
            } else {
                Tooltip.install(heading, new Tooltip(row.message()));
            }
            card.setId("disclosure-missing-" + index);
            card.getStyleClass().addAll("disclosure-card", "severity-" + row.severity().id());
            // as wide as the list (less its scroll bar), so the reason wraps instead of widening the cell
            card.prefWidthProperty().bind(list.widthProperty().subtract(32));
            card.setMaxWidth(Region.USE_PREF_SIZE);
            return card;
        }
    }
}
