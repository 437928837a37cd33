package org.reelwright.ui.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.reelwright.domain.CodedEnum;

/**
 * A set of looks a reused cell switches between (AI shot or not, a flag's severity, a strip's colour), as
 * pseudo-classes of which at most one is on. Why not style classes: cells are reused as a list scrolls and as its
 * items change, and adding or removing a style class makes JavaFX match the cell and every node in it against the
 * stylesheets anew, while a pseudo-class only switches between styles already matched. In the shot table that
 * re-matching was most of the FX thread's work in an edit and in each scrolled page (issue 14). The stylesheet
 * writes these states with a colon: {@code .shot-table .table-row-cell:ai-shot}.
 */
public final class CellStates {
    private final Map<String, PseudoClass> states = new LinkedHashMap<>();

    /** @param names the states, as the stylesheet names them (without the colon) */
    public CellStates(String... names) {
        for (String name : names) {
            states.put(name, PseudoClass.getPseudoClass(name));
        }
    }

    /** One state per value of a coded enum, named {@code prefix} + its id: {@code flag-high}, {@code flag-medium}… */
    public static CellStates ofCodes(String prefix, CodedEnum... values) {
        return new CellStates(Arrays.stream(values).map(value -> prefix + value.id()).toArray(String[]::new));
    }

    /**
     * Turns {@code name} on in {@code node} and every other state of the set off; {@code null} turns them all off.
     *
     * @throws IllegalArgumentException when {@code name} is not one of the set's states
     */
    public void show(Node node, String name) {
        if (name != null && !states.containsKey(name)) {
            throw new IllegalArgumentException("not a state of " + states.keySet() + ": " + name);
        }
        states.forEach((state, pseudoClass) -> node.pseudoClassStateChanged(pseudoClass, state.equals(name)));
    }
}
