package org.reelwright.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.Production;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Dialogs;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Print… walked as a user would, headless: read the page count, drop a section, leaf, export, print. */
@ExtendWith(ApplicationExtension.class)
class PrintDialogTest {
    private final PrintFixtures.CountingPrinter printer = new PrintFixtures.CountingPrinter();
    private PrintDialog dialog;
    private Path chosen;

    @TempDir
    static Path folder;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        Messages messages = new Messages(Locale.ENGLISH);
        BackgroundWork work = BackgroundWork.sameThread();
        PrintViewModel model = new PrintViewModel(PrintFixtures.EXPORT,
                new SimpleObjectProperty<Production>(PrintFixtures.SAMPLE), work, messages);
        dialog = new PrintDialog(model, messages, work, new Dialogs() {
            @Override
            public Optional<Path> chooseFileToOpen(String title, String filterName, String... extensions) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
                    String... extensions) {
                return Optional.ofNullable(chosen);
            }

            @Override
            public void showError(String title, String message) {
                throw new AssertionError(message);
            }
        }, stage, printer);
        dialog.show();
    }

    @Test
    void theDialogShowsThePageCountAndDroppingASectionLowersIt(FxRobot robot) {
        int all = pages(robot);
        assertTrue(all > 8, "pages: " + all);
        assertEquals("Page 1 of " + all, text(robot, "#print-page-label"));
        assertTrue(robot.lookup("#print-preview-image").queryAs(ImageView.class).getImage() != null);
        save(robot, "plan-print-dialog");

        robot.clickOn("#print-section-scenes");
        WaitForAsyncUtils.waitForFxEvents();
        int fewer = pages(robot);
        assertTrue(fewer < all, fewer + " < " + all);
        robot.clickOn("#print-section-sources");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pages(robot) < fewer);

        robot.clickOn("#print-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Page 2 of " + pages(robot), text(robot, "#print-page-label"));
    }

    @Test
    void exportAndPrintUseTheSameSettings(FxRobot robot) throws Exception {
        chosen = folder.resolve("plan.pdf");
        robot.clickOn("#print-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(chosen) > 10_000, "the PDF was written");
        assertTrue(text(robot, "#print-status").startsWith("Saved plan.pdf"), text(robot, "#print-status"));

        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(printer.finished);
        assertTrue(printer.printed.size() > 8);
        assertTrue(text(robot, "#print-status").startsWith("Sent "), text(robot, "#print-status"));
    }

    private static int pages(FxRobot robot) {
        String status = text(robot, "#print-status");
        return Integer.parseInt(status.substring(0, status.indexOf(' ')));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** A picture of the dialog for a person to look at, when the build runs with -Dreelwright.shots=FOLDER. */
    private void save(FxRobot robot, String name) {
        String shots = System.getProperty("reelwright.shots", "");
        if (shots.isBlank()) {
            return;
        }
        robot.interact(() -> {
            try {
                WritableImage image = dialog.stage().getScene().getRoot().snapshot(null, null);
                PixelReader pixels = image.getPixelReader();
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        copy.setRGB(x, y, pixels.getArgb(x, y));
                    }
                }
                Files.createDirectories(Path.of(shots));
                ImageIO.write(copy, "png", Path.of(shots, name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
