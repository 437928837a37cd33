package org.reelwright.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * The window's icons, decoded once, on a thread of their own while the toolkit sets the theme: decoding them on the
 * FX thread, twice (the start-up shell and the window), was a tenth of its start-up work
 * (docs/decisions/0010-start-up.md). Sizes stop at 128 px: the window manager scales down from the nearest size, and
 * the larger files in {@code icons/} are for the installers' launchers, which read them from the package, not from the
 * window (a 512 px icon on a window is a megabyte handed to the X server).
 */
final class WindowIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128};
    /** The size the start-up shell shows beside the app's name. */
    static final int SHELL_SIZE = 64;

    private static CompletableFuture<List<Image>> decoding; // guarded by the class

    private WindowIcons() {
    }

    /** Starts decoding the icons; call once the toolkit is up (an {@link Image} needs it). Idempotent. */
    static void decodeInBackground() {
        decoding();
    }

    /** The icons, smallest first; waits for the decoding started by {@link #decodeInBackground} (or starts it). */
    static List<Image> all() {
        return decoding().join();
    }

    private static synchronized CompletableFuture<List<Image>> decoding() {
        if (decoding == null) {
            CompletableFuture<List<Image>> started = new CompletableFuture<>();
            Thread thread = new Thread(() -> started.complete(decode()), "reelwright-icons");
            thread.setDaemon(true);
            thread.start();
            decoding = started;
        }
        return decoding;
    }

    /** The icon of {@code size} pixels, if it could be read. */
    static java.util.Optional<Image> ofSize(int size) {
        return all().stream().filter(icon -> icon.getWidth() == size).findFirst();
    }

    private static List<Image> decode() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = WindowIcons.class.getResourceAsStream("/org/reelwright/icons/reelwright-" + size
                    + ".png")) {
                if (in != null) {
                    Image image = new Image(in);
                    if (!image.isError()) {
                        images.add(image);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an icon that cannot be read leaves the platform's default; nothing else depends on it
            }
        }
        return List.copyOf(images);
    }
}
