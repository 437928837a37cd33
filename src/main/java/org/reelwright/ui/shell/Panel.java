package org.reelwright.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the window's navigation: its id (also the node id of its list cell), its title, icon, its own
 * keyboard shortcut (null: the next free digit, Shortcut+1 … Shortcut+0 in the navigation's order), and what makes
 * its content (called once, on the panel's first visit).
 */
record Panel(String id, String title, Ikon icon, String shortcut, Supplier<Node> content) {

    /** A panel reached by the next free digit. */
    Panel(String id, String title, Ikon icon, Supplier<Node> content) {
        this(id, title, icon, null, content);
    }
}
