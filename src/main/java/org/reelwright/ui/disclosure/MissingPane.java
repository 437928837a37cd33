package org.reelwright.ui.disclosure;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * why it matters, and for a missing consent the button that starts recording one.
 */
final class MissingPane {
    private final DisclosureViewModel model;
    private final Messages messages;
    private final VBox cards = new VBox();
    private final ScrollPane root = new ScrollPane(cards);
    private Consumer<String> onShowSubject = id -> { };
    private Consumer<MissingRow> onRecordConsent;
    private Consumer<MissingRow> onShowInRegister;

    MissingPane(DisclosureViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("disclosure-missing");
        root.getStyleClass().add("disclosure-missing");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cards.getStyleClass().add("disclosure-cards");
        model.missing().addListener((ListChangeListener<MissingRow>) change -> show());
        show();
    }

    Node root() {
        return root;
    }

    /** Where a subject's link goes: the shot or stage id of the gap. */
    void setOnShowSubject(Consumer<String> action) {
        this.onShowSubject = action;
    }

    /** What "Record consent…" on a missing consent does; without it there is no such button. */
    void setOnRecordConsent(Consumer<MissingRow> action) {
        this.onRecordConsent = action;
        show();
    }

    /** What "Show in the register" on a rights gap does; without it there is no such button. */
    void setOnShowInRegister(Consumer<MissingRow> action) {
        this.onShowInRegister = action;
        show();
    }

    private void show() {
        cards.getChildren().clear();
        if (model.missing().isEmpty()) {
            Label none = Fit.wrapping(new Label(messages.get("disclosure.missing.none")));
            none.setId("disclosure-missing-none");
            none.getStyleClass().add("empty-hint");
            cards.getChildren().add(none);
            return;
        }
        int index = 0;
        java.util.Set<String> explained = new java.util.HashSet<>();
        for (MissingRow row : model.missing()) {
            // the reason is said once per kind of gap: sixteen shots without a consent are sixteen lines to act
            // on, not sixteen copies of the same paragraph
            cards.getChildren().add(card(row, index++, explained.add(row.code().id() + "\n" + row.message())));
        }
    }

    /**
     * One line with what is missing, its subject and the action; the reason under it, muted, on the first card of
     * its kind (the others have it on hover).
     */
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
        return card;
    }
}
