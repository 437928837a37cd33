package org.reelwright.app;

import java.util.List;
import java.util.function.UnaryOperator;
import org.reelwright.domain.Production;

/**
 * One user change to a production, as a value: what it does and how to describe it ("Set subtitles to AI"). The
 * description is a message key of the UI bundle ({@code edit.*}) with its arguments, so menus can say what Undo
 * will undo in the user's language. Applying it may throw {@link org.reelwright.domain.InvalidInputException};
 * then nothing changes.
 */
public record Edit(String labelKey, List<Object> labelArgs, UnaryOperator<Production> change) {

    public Edit {
        labelArgs = List.copyOf(labelArgs);
    }

    public static Edit of(String labelKey, UnaryOperator<Production> change, Object... labelArgs) {
        return new Edit(labelKey, List.of(labelArgs), change);
    }

    public Production applyTo(Production production) {
        return change.apply(production);
    }
}
