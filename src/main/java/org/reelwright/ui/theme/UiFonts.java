package org.reelwright.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.text.Font;

/**
 * The typeface of the whole window: Noto Sans SC, which Reelwright carries in its jar (regular and bold), so Latin
 * and Chinese are drawn by one font on every machine, with or without a CJK font of its own.
 *
 * <p>Why not the platform's default: JavaFX draws text in its logical "System" family and, for characters that
 * family lacks, falls back through a list it builds itself. On Linux that list comes from fontconfig but keeps only
 * TrueType fonts, so the distribution's CJK font (Noto Sans CJK, CFF outlines in a {@code .ttc}) never enters it and
 * every Chinese character is an empty box, although the same font works when named directly. No public API adds a
 * font to that list, so the fix is to name a family that has the glyphs itself: this one, set once for every scene
 * in the user-agent stylesheet ({@link Theme#applyBase()}), which also reaches dialogs, menus and tooltips.
 * See docs/decisions/0006-bundled-cjk-font.md.
 */
public final class UiFonts {
    /** Where the build puts the faces (pom.xml, "bundle-cjk-font"). */
    static final String REGULAR = "/org/reelwright/fonts/400Regular/NotoSansSC_400Regular.ttf";
    static final String BOLD = "/org/reelwright/fonts/700Bold/NotoSansSC_700Bold.ttf";
    /** What the window uses when the faces are missing from the build (a run without process-resources). */
    static final String PLATFORM_DEFAULT = "System";

    private static String family;

    private UiFonts() {
    }

    /**
     * The family every control uses; loads the bundled faces on first call (about 10 MB each, read once). Call on
     * or off the FX thread once the toolkit runs.
     */
    public static synchronized String family() {
        if (family == null) {
            family = load();
        }
        return family;
    }

    /**
     * Starts loading the faces on a thread of their own (about 25-160 ms, see {@link #cached}), so the window can be
     * built meanwhile; {@link #family()} then waits for them. Call once the toolkit runs.
     */
    public static void loadInBackground() {
        Thread thread = new Thread(UiFonts::family, "reelwright-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    private static String load() {
        Font regular = loadFace(REGULAR);
        if (regular == null) {
            return PLATFORM_DEFAULT;
        }
        loadFace(BOLD); // a missing bold only makes headings regular
        return regular.getFamily();
    }

    private static Font loadFace(String resource) {
        URL url = UiFonts.class.getResource(resource);
        if (url == null) {
            return null;
        }
        // JavaFX reads a file: URL in place but copies anything else to a temporary file first, 10 MB a face on
        // every start (130 of the 160 ms measured). So the faces are unpacked once into the user's cache folder.
        return Font.loadFont(cached(url, resource).toExternalForm(), 13);
    }

    /**
     * The user's own cache folder (never a shared temporary one, where another account could leave a file for
     * the font parser to read): $XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS,
     * %LOCALAPPDATA% on Windows.
     */
    static Path cacheFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        Path base;
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            base = Path.of(System.getenv("LOCALAPPDATA"), "Reelwright", "Cache");
        } else if (os.contains("mac")) {
            base = home.resolve("Library/Caches/Reelwright");
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            base = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("reelwright");
        }
        return base.resolve("fonts");
    }

    /** The face as a file: the resource itself when it is one, else a copy kept in the user's cache folder. */
    private static URL cached(URL url, String resource) {
        if ("file".equals(url.getProtocol())) {
            return url;
        }
        try {
            Path folder = cacheFolder();
            Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            long size = url.openConnection().getContentLengthLong();
            if (!Files.isRegularFile(file) || Files.size(file) != size) {
                Files.createDirectories(folder);
                Path part = Files.createTempFile(folder, "face", ".part");
                try (InputStream in = url.openStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                // Whole or not at all: a second Reelwright starting at the same time sees one or the other.
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return file.toUri().toURL();
        } catch (IOException | RuntimeException e) {
            return url; // a read-only or full cache folder: let JavaFX make its own copy
        }
    }
}
