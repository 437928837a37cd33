package org.reelwright.ui.stages;

import java.util.Locale;
import java.util.Optional;
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
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;

/**
 * A number typed into a stage's row (AI share, team size, iteration allowance). It is checked as the user types:
 * a valid value is previewed in the stage's cost at once (see {@link #pending()}), an invalid one shows why. The
 * production changes only on {@link #commit()} (Enter or focus loss), as one edit labelled with the field.
 */
public final class StageField {
    /** Turns typed text into a change of the stage's plan; throws {@link InvalidInputException} to refuse it. */
    @FunctionalInterface
    interface Parser {
        UnaryOperator<StagePlan> parse(String text);
    }

    private final StageId stage;
    private final String id;
    private final String editLabel;
    private final Function<StagePlan, String> format;
    private final Parser parser;
    private final Supplier<Production> production;
    private final Consumer<Edit> edits;
    private final Locale locale;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private String shown = "";
    private boolean showing;

    StageField(StageId stage, String id, String editLabel, Function<StagePlan, String> format, Parser parser,
            Supplier<Production> production, Consumer<Edit> edits, Runnable typed, Locale locale) {
        this.stage = stage;
        this.locale = locale;
        this.id = id;
        this.editLabel = editLabel;
        this.format = format;
        this.parser = parser;
        this.production = production;
        this.edits = edits;
        text.addListener((obs, old, now) -> {
            if (!showing) {
                check();
                typed.run();
            }
        });
    }

    /** A stable name ("aiShare"), used for control ids. */
    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Why the typed text cannot be used, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Applies the typed text as one edit when it is valid and differs from the plan.
     *
     * @return false when the text was refused
     */
    public boolean commit() {
        Production current = production.get();
        if (current == null || text.get().equals(shown)) {
            error.set("");
            return true;
        }
        UnaryOperator<StagePlan> change;
        try {
            change = parser.parse(text.get());
            StagePlan plan = current.stage(stage);
            if (change.apply(plan).equals(plan)) {
                revert(); // "50.0" for 50: nothing to undo
                return true;
            }
        } catch (InvalidInputException e) {
            error.set(e.message(locale));
            return false;
        }
        error.set("");
        edits.accept(Edits.changeStage(stage, editLabel, change));
        return true;
    }

    /** Puts the plan's value back (Escape). */
    public void revert() {
        text.set(shown);
        error.set("");
    }

    /** The typed change when it is valid and not yet committed, for the preview of the stage's cost. */
    Optional<UnaryOperator<StagePlan>> pending() {
        Production current = production.get();
        if (current == null || text.get().equals(shown)) {
            return Optional.empty();
        }
        try {
            UnaryOperator<StagePlan> change = parser.parse(text.get());
            change.apply(current.stage(stage));
            return Optional.of(change);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /** Shows the plan's value unless it is the one already shown, so a box being typed into is left alone. */
    void show(StagePlan plan) {
        String now = format.apply(plan);
        if (!now.equals(shown)) {
            shown = now;
            showing = true;
            try {
                text.set(now);
            } finally {
                showing = false;
            }
            error.set("");
        }
    }

    /** Says at once what is wrong with the text; an empty box is left quiet until it is committed. */
    private void check() {
        Production current = production.get();
        if (current == null || text.get().isBlank() || text.get().equals(shown)) {
            error.set("");
            return;
        }
        try {
            parser.parse(text.get()).apply(current.stage(stage));
            error.set("");
        } catch (InvalidInputException e) {
            error.set(e.message(locale));
        }
    }
}
