package org.reelwright.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.reelwright.ui.theme.Theme;

/**
 * The window as it first appears, while the views are built and the production is read: the theme's background with
 * the app's icon and name, at the size and place the window will have. The main window then takes over the same
 * scene ({@link MainWindow#show}), so the window does not move, resize or flash; only its content fills in. Its one
 * word is the app's name ({@code app.name}, the same in every language): the remembered language is not known yet.
 */
final class StartupShell extends VBox {
    private static final String STYLE_CLASS = "startup-shell";

    private StartupShell(String appName) {
        getStyleClass().add(STYLE_CLASS);
        Label name = new Label(appName);
        name.getStyleClass().add("startup-shell-name");
        WindowIcons.ofSize(WindowIcons.SHELL_SIZE).ifPresent(icon -> name.setGraphic(new ImageView(icon)));
        getChildren().add(name);
        setPrefSize(MainWindow.WIDTH, MainWindow.HEIGHT);
    }

    /** Shows {@code stage} with the shell in it, titled {@code appName}; call after the base theme is set. */
    static void show(Stage stage, String appName) {
        Scene scene = new Scene(new StartupShell(appName));
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle(appName);
        MainWindow.dress(stage, (StartupShell) scene.getRoot());
        stage.show();
    }

    /** Whether {@code scene} is still showing the shell (the main window then takes the scene over). */
    static boolean isShell(Scene scene) {
        return scene != null && scene.getRoot() != null && scene.getRoot().getStyleClass().contains(STYLE_CLASS);
    }
}
