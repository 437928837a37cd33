package org.reelwright.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Chinese is drawn as glyphs, not as empty boxes, by a label that only the theme styles, on whatever fonts the
 * test machine has (CI has none). A missing glyph is one box for every character, so two different Chinese
 * characters that look the same, or look like a character no font has, would be boxes.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseGlyphsTest {
    /** Unassigned in Unicode: every font draws its missing-glyph box for it. */
    private static final String NO_SUCH_CHARACTER = "\u0378";

    private StackPane root;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.applyBase();
        root = new StackPane();
        stage.setScene(new Scene(root, 240, 120));
        stage.show();
    }

    @Test
    void chineseCharactersAreDrawnAsTheirOwnGlyphs(FxRobot robot) {
        int[] ye = drawn(robot, "夜");
        int[] shi = drawn(robot, "市");
        int[] box = drawn(robot, NO_SUCH_CHARACTER);
        assertTrue(inked(ye), "夜 leaves ink");
        assertFalse(Arrays.equals(ye, shi), "夜 and 市 look different (boxes would look the same)");
        assertFalse(Arrays.equals(ye, box), "夜 is not the missing-glyph box");
        assertFalse(Arrays.equals(shi, box), "市 is not the missing-glyph box");
    }

    @Test
    void everyControlTakesTheFontFromTheTheme(FxRobot robot) {
        AtomicReference<String> family = new AtomicReference<>();
        robot.interact(() -> {
            Label label = new Label("场景与镜头");
            root.getChildren().setAll(label);
            label.applyCss();
            family.set(label.getFont().getFamily());
        });
        assertEquals(UiFonts.family(), family.get());
        assertEquals("Noto Sans SC", family.get(), "the bundled font is in the build");
    }

    /** The pixels of one character in a theme-styled label of fixed size. */
    private int[] drawn(FxRobot robot, String text) {
        AtomicReference<int[]> pixels = new AtomicReference<>();
        robot.interact(() -> {
            Label label = new Label(text);
            label.setStyle("-fx-font-size: 32px; -fx-text-fill: black; -fx-background-color: white;");
            label.setMinSize(48, 48);
            label.setPrefSize(48, 48);
            label.setMaxSize(48, 48);
            root.getChildren().setAll(label);
            WritableImage image = label.snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                    argb, 0, w);
            pixels.set(argb);
        });
        return pixels.get();
    }

    private static boolean inked(int[] argb) {
        return Arrays.stream(argb).anyMatch(p -> (p & 0xFF) < 128);
    }
}
