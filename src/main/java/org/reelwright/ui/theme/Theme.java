package org.reelwright.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * AtlantaFX Primer as the base theme, with Reelwright's own colour tokens and component rules layered on top in
 * {@code reelwright.css}. Colours live only there, as named tokens (no inline colours in code).
 */
public enum Theme {
    LIGHT, DARK;

    private static final String TOKENS = Theme.class.getResource("reelwright.css").toExternalForm();

    /**
     * Sets the application-wide base theme; call on the FX thread before showing windows. The user-agent
     * stylesheet is Primer plus one rule that sets the window's font ({@link UiFonts}): being the user-agent
     * stylesheet, it reaches every scene, including dialogs and pop-ups that carry no stylesheet of their own.
     */
    public void applyBase() {
        Application.setUserAgentStylesheet(userAgentStylesheet(UiFonts.family()));
    }

    /** Primer imported by its own address (so its relative images still resolve), then the font rule. */
    String userAgentStylesheet(String fontFamily) {
        String primer = this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet();
        URL primerUrl = Theme.class.getResource(primer.startsWith("/") ? primer : "/" + primer);
        String css = "@import url(\"" + (primerUrl == null ? primer : primerUrl.toExternalForm()) + "\");\n"
                + ".root { -fx-font-family: \"" + fontFamily.replace("\"", "") + "\"; }\n";
        // JavaFX 17+ reads stylesheets from data: URIs, so the combined sheet needs no file.
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds Reelwright's tokens to a scene. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(TOKENS)) {
            scene.getStylesheets().add(TOKENS);
        }
    }
}
