package org.reelwright.ui.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves pictures of the panel for a person to look at, when the build is run with
 * {@code -Dreelwright.shots=/some/folder}; otherwise does nothing. Not an assertion: a look.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static Optional<Path> folder() {
        String folder = System.getProperty("reelwright.shots", "");
        return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** Snapshots {@code node} (call on the FX thread) and writes it as {@code name}.png. */
    public static void save(Node node, String name) {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return;
        }
        WritableImage image = node.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                copy.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(folder.get());
            ImageIO.write(copy, "png", folder.get().resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("could not save a screenshot: " + e.getMessage(), e);
        }
    }
}
