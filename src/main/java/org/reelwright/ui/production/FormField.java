package org.reelwright.ui.production;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;

/**
 * One typed field of the overview: the text in the box, the message when that text is refused, and a hint that
 * explains the value (e.g. the currency's name). The production changes only on {@link #commit()}, as one edit,
 * and only when the text is valid; a refused text stays in the box with its message so it can be corrected, and
 * the production keeps its last valid value.
 */
public final class FormField {
    /** Turns typed text into a change of the production; throws {@link InvalidInputException} to refuse it. */
    @FunctionalInterface
    interface Parser {
        UnaryOperator<Production> parse(String text);
    }

    private final String id;
    private final String editLabel;
    private final Function<Production, String> format;
    private final Parser parser;
    private final Supplier<Production> production;
    private final Consumer<Edit> edits;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Locale locale;
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    /** The production's value as the box last showed it; the box is only overwritten when this changes. */
    private String shown;

    FormField(String id, String editLabel, Function<Production, String> format, Parser parser,
            Supplier<Production> production, Consumer<Edit> edits, Locale locale) {
        this.id = id;
        this.locale = locale;
        this.editLabel = editLabel;
        this.format = format;
        this.parser = parser;
        this.production = production;
        this.edits = edits;
    }

    /** A stable name ("contingency"), used for control ids. */
    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Why the text was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the current value means, or empty. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /**
     * Applies the typed text as one edit when it differs from the production's value.
     *
     * @return false when the text was refused (the message is then in {@link #errorProperty()})
     */
    public boolean commit() {
        Production current = production.get();
        String typed = text.get() == null ? "" : text.get();
        if (current == null || typed.equals(shown)) {
            error.set("");
            return true;
        }
        UnaryOperator<Production> change;
        Production after;
        try {
            change = parser.parse(typed);
            after = change.apply(current);
        } catch (InvalidInputException e) {
            error.set(e.message(locale));
            return false;
        }
        error.set("");
        if (after.equals(current)) {
            text.set(shown); // "10.0" for 10: nothing to undo, so no edit; show the usual spelling
        } else {
            edits.accept(Edits.changeProduction(editLabel, change));
        }
        return true;
    }

    /** Puts the production's value back in the box and forgets the message (Escape). */
    public void revert() {
        text.set(shown == null ? "" : shown);
        error.set("");
    }

    /**
     * Shows the production's value. A box whose value did not change keeps what the user is typing (and its
     * message), so editing one field never wipes an unfinished correction in another.
     */
    void show(Production p) {
        String now = p == null ? "" : format.apply(p);
        if (!now.equals(shown)) {
            shown = now;
            text.set(now);
            error.set("");
        }
    }

    void setHint(String value) {
        hint.set(value == null ? "" : value);
    }
}
