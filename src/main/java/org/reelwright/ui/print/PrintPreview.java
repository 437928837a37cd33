package org.reelwright.ui.print;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.reelwright.ui.common.Messages;

/**
 * The pages as they will print, one at a time: the page picture drawn from the very PDF that is exported or
 * printed, with buttons to leaf through and "Page n of N". Page Up and Page Down leaf as well.
 */
final class PrintPreview {
    /** The padding around the page (reelwright.css, .print-paper). */
    private static final double PAPER_PADDING = 12;

    private final PrintViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ImageView image = new ImageView();
    private final Label pageLabel = new Label();

    PrintPreview(PrintViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        Button previous = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_LEFT));
        previous.setId("print-previous");
        previous.setAccessibleText(messages.get("print.previous"));
        previous.setOnAction(e -> model.previousPage());
        previous.disableProperty().bind(model.pageIndexProperty().lessThanOrEqualTo(0));
        Button next = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        next.setId("print-next");
        next.setAccessibleText(messages.get("print.next"));
        next.setOnAction(e -> model.nextPage());
        next.disableProperty().bind(model.pageIndexProperty().greaterThanOrEqualTo(
                model.pageCountProperty().subtract(1)));
        pageLabel.setId("print-page-label");
        model.pageIndexProperty().addListener((obs, old, index) -> showLabel());
        model.pageCountProperty().addListener((obs, old, count) -> showLabel());
        showLabel();
        ToggleButton fitWidth = new ToggleButton(messages.get("print.fitWidth"));
        fitWidth.setId("print-fit-width");
        HBox bar = new HBox(previous, pageLabel, next, fitWidth);
        bar.getStyleClass().add("print-preview-bar");
        bar.setAlignment(Pos.CENTER);

        image.setId("print-preview-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.getStyleClass().add("print-page");
        model.pageProperty().addListener((obs, old, page) -> image.setImage(page == null ? null
                : PageImages.toFx(page)));
        StackPane paper = new StackPane(image);
        paper.getStyleClass().add("print-paper");
        paper.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setId("print-preview");
        scroll.getStyleClass().add("print-preview");
        scroll.setFitToWidth(true);
        // The whole page by default, as it will sit on the sheet; "fit width" to read the small print.
        image.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(50,
                scroll.getViewportBounds().getWidth() - 2 * PAPER_PADDING), scroll.viewportBoundsProperty()));
        image.fitHeightProperty().bind(Bindings.createDoubleBinding(() -> fitWidth.isSelected() ? 0
                : Math.max(50, scroll.getViewportBounds().getHeight() - 2 * PAPER_PADDING),
                scroll.viewportBoundsProperty(), fitWidth.selectedProperty()));
        scroll.setPannable(true);
        scroll.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PAGE_DOWN -> model.nextPage();
                case PAGE_UP -> model.previousPage();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        root.setTop(bar);
        root.setCenter(scroll);
    }

    private void showLabel() {
        int count = model.pageCountProperty().get();
        pageLabel.setText(count == 0 ? "" : messages.get("print.pageOf", model.pageIndexProperty().get() + 1,
                count));
    }
}
