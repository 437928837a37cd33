package org.reelwright.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * AtlantaFX Primer as the base theme, with Reelwright's own colour tokens and component rules layered on top in
 * {@code reelwright.css}. Colours live only there, as named tokens (no inline colours in code).
 */
public enum Theme {
    LIGHT, DARK;

    private static final String TOKENS = Theme.class.getResource("reelwright.css").toExternalForm();

    /** Sets the application-wide base theme; call on the FX thread before showing windows. */
    public void applyBase() {
        Application.setUserAgentStylesheet(this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
    }

    /** Adds Reelwright's tokens to a scene. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(TOKENS)) {
            scene.getStylesheets().add(TOKENS);
        }
    }
}
