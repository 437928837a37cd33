package org.reelwright.ui.theme;

import java.net.URL;
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
        // A file: URL is read in place; a jar: URL is copied to a temporary file by JavaFX once per start.
        return Font.loadFont(url.toExternalForm(), 13);
    }
}
