package org.reelwright.app;

import java.util.List;
import java.util.function.UnaryOperator;
import org.reelwright.domain.Production;

/**
 * One user change to a production, as a value: what it does and how to describe it ("Set subtitles to AI"). The
 * description is a message key of the UI bundle ({@code edit.*}) with its arguments, so menus can say what Undo
 * will undo in the user's language. Applying it may throw {@link org.reelwright.domain.InvalidInputException};
 * then nothing changes.
 *
 * @param bigChange an edit after which the plan may look very different (a recommendation applied, a shot list
 *     imported, a version restored): the workspace keeps a version of the production from just before it
 */
public record Edit(String labelKey, List<Object> labelArgs, UnaryOperator<Production> change, boolean bigChange) {

    public Edit {
        labelArgs = List.copyOf(labelArgs);
    }

    public static Edit of(String labelKey, UnaryOperator<Production> change, Object... labelArgs) {
        return new Edit(labelKey, List.of(labelArgs), change, false);
    }

    /** An edit that may change the plan a lot; a version from just before it is kept. */
    public static Edit bigChange(String labelKey, UnaryOperator<Production> change, Object... labelArgs) {
        return new Edit(labelKey, List.of(labelArgs), change, true);
    }

    public Production applyTo(Production production) {
        return change.apply(production);
    }
}
