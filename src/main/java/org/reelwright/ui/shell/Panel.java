package org.reelwright.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One entry of the window's navigation: its id (also the node id of its list cell), its title, icon and content. */
record Panel(String id, String title, Ikon icon, Node content) {
}
