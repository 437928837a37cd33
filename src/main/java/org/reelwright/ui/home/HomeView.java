package org.reelwright.ui.home;

import org.reelwright.app.Workspace;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.reelwright.ui.common.Messages;

/**
 * The welcome screen: start something (new production, a sample, a screenplay, a project file) or go back to a
 * production kept in the workspace or a recently used file (double-click or Enter opens it).
 */
public final class HomeView {
    private final VBox root = new VBox(18);

    public HomeView(HomeViewModel model, Messages messages, Locale locale) {
        root.getStyleClass().add("home-view");
        root.setId("home-view");
        Label title = new Label(messages.get("home.title"));
        title.getStyleClass().add("home-title");
        Label intro = new Label(messages.get("home.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("home-intro");
        HomeActions actions = model.actions();
        // wraps onto a second line on a narrow window rather than cutting "Open the no-budget sa…"
        javafx.scene.layout.FlowPane start = org.reelwright.ui.common.Fit.row("home-start",
                action(messages, "home.new", MaterialDesignF.FILE_OUTLINE, actions.newProduction()));
        for (HomeViewModel.SampleAction sample : model.samples(locale)) {
            start.getChildren().add(action(messages, sample.labelKey(), MaterialDesignM.MOVIE_OPEN_STAR_OUTLINE,
                    sample.open()));
        }
        start.getChildren().addAll(
                action(messages, "home.import", MaterialDesignS.SCRIPT_TEXT_OUTLINE, actions.importScript()),
                action(messages, "home.open", MaterialDesignF.FOLDER_OPEN_OUTLINE, actions.openFile()));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault());
        ListView<Workspace.Kept> kept = new ListView<>(model.productions());
        kept.setId("home-productions");
        kept.setPlaceholder(new Label(messages.get("home.noProductions")));
        kept.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Workspace.Kept item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("home.production", item.title(), item.scenes(),
                        item.shots(), when.format(item.modified())));
                setGraphic(empty || item == null ? null : new FontIcon(MaterialDesignM.MOVIE_OPEN_OUTLINE));
            }
        });
        kept.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && kept.getSelectionModel().getSelectedItem() != null) {
                actions.openKept().accept(kept.getSelectionModel().getSelectedItem().id());
            }
        });
        kept.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && kept.getSelectionModel().getSelectedItem() != null) {
                actions.openKept().accept(kept.getSelectionModel().getSelectedItem().id());
            }
        });
        ListView<Path> files = new ListView<>(model.recentFiles());
        files.setId("home-files");
        files.setPlaceholder(new Label(messages.get("home.noFiles")));
        files.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && files.getSelectionModel().getSelectedItem() != null) {
                actions.openRecentFile().accept(files.getSelectionModel().getSelectedItem());
            }
        });
        VBox keptBox = new VBox(6, heading(messages.get("home.kept")), kept);
        VBox filesBox = new VBox(6, heading(messages.get("home.files")), files);
        VBox.setVgrow(kept, Priority.ALWAYS);
        VBox.setVgrow(files, Priority.ALWAYS);
        HBox lists = new HBox(16, keptBox, filesBox);
        HBox.setHgrow(keptBox, Priority.ALWAYS);
        HBox.setHgrow(filesBox, Priority.ALWAYS);
        keptBox.setPrefWidth(600);
        filesBox.setPrefWidth(420);
        VBox.setVgrow(lists, Priority.ALWAYS);
        root.getChildren().addAll(title, intro, start, lists);
    }

    public Node root() {
        return root;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("pane-title");
        return label;
    }

    private static Button action(Messages messages, String key, Ikon icon, Runnable run) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("home-action-icon");
        Button button = new Button(messages.get(key), graphic);
        button.setContentDisplay(ContentDisplay.TOP);
        button.getStyleClass().add("home-action");
        button.setId(key.replace('.', '-'));
        button.setOnAction(e -> run.run());
        button.setAlignment(Pos.CENTER);
        return button;
    }
}
