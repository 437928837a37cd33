package org.reelwright.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF and which of them sets each character. Text is split into runs by the first font in the
 * chain that has the glyph (Latin sans, then CJK, then any other TrueType font on the system), so "NIGHT MARKET
 * (夜市)" is set in two fonts without the caller knowing. Fonts are loaded (and embedded as subsets) only when a
 * character needs them, so a plan in English never pays for the 4 MB CJK font. A character no font has is drawn
 * as a visible replacement and remembered in {@link #missing()} — never dropped.
 *
 * <p>Bold text uses the bold Latin face; characters it lacks are set in the regular fonts and thickened with a
 * stroke ({@link Run#syntheticBold()}), since CJK fonts rarely come with an embeddable bold.
 */
final class FontChain implements Closeable {
    private static final char REPLACEMENT = '\uFFFD';

    private final PDDocument document;
    private final List<Slot> regular = new ArrayList<>();
    private final List<Slot> bold = new ArrayList<>();
    private final Map<Integer, Choice> regularChoices = new HashMap<>();
    private final Map<Integer, Choice> boldChoices = new HashMap<>();
    private final Set<Integer> missing = new LinkedHashSet<>();
    private final Map<Integer, Float> regularAdvances = new HashMap<>();
    private final Map<Integer, Float> boldAdvances = new HashMap<>();
    private final List<Closeable> open = new ArrayList<>();
    private final Slot primary;

    /**
     * The CJK faces Reelwright carries in its jar (Noto Sans SC, TrueType outlines; see
     * docs/decisions/0006-bundled-cjk-font.md), so that a plan prints Chinese on a computer with no CJK font or only
     * CFF ones. They come after the computer's Latin fonts and before its CJK fonts: the same Chinese glyphs on every
     * machine.
     */
    static final String BUNDLED_REGULAR = "/org/reelwright/fonts/400Regular/NotoSansSC_400Regular.ttf";
    static final String BUNDLED_BOLD = "/org/reelwright/fonts/700Bold/NotoSansSC_700Bold.ttf";

    /** A font as the chain uses it: a file of the computer's or a resource of the jar; loaded on first need. */
    private final class Slot {
        final Path file;
        final String resource;
        boolean tried;
        Font font;

        Slot(Path file) {
            this.file = file;
            this.resource = null;
        }

        Slot(String resource) {
            this.file = null;
            this.resource = resource;
        }

        Font font() {
            if (!tried) {
                tried = true;
                font = file != null ? load(file) : loadResource(resource);
            }
            return font;
        }
    }

    /** A loaded, embeddable font: what PDFBox draws with, and its character map for glyph look-ups. */
    record Font(PDType0Font pdf, CmapLookup cmap, String name) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /** Consecutive characters set in one font. */
    record Run(Font font, String text, boolean syntheticBold) {
    }

    private record Choice(Slot slot, boolean syntheticBold) {
    }

    /**
     * @throws IOException when not one Latin font can be loaded: the plan could not be set at all
     */
    FontChain(PDDocument document, SystemFonts fonts) throws IOException {
        this.document = document;
        List<Slot> regularSlots = fonts.regular().stream().map(Slot::new).toList();
        List<Slot> cjk = new ArrayList<>();
        cjk.add(new Slot(BUNDLED_REGULAR));
        fonts.cjk().stream().map(Slot::new).forEach(cjk::add);
        List<Slot> others = fonts.others().stream().map(Slot::new).toList();
        Slot first = regularSlots.stream().filter(s -> s.font() != null).findFirst()
                .orElseGet(() -> cjk.stream().filter(s -> s.font() != null).findFirst().orElse(null));
        if (first == null) { // cannot happen with the bundled font unless the build left it out
            throw new IOException("no font to set the plan in was found in " + fonts.searched()
                    + "; install fonts-dejavu-core (Debian, Ubuntu) or DejaVu Sans");
        }
        primary = first;
        regular.add(primary);
        regular.addAll(cjk);
        regular.addAll(others);
        fonts.bold().stream().map(Slot::new).filter(s -> s.font() != null).findFirst().ifPresent(bold::add);
        bold.add(new Slot(BUNDLED_BOLD)); // loaded only when bold text has a character the Latin bold lacks
    }

    /** The font that sets this text's first glyphs; for line metrics. */
    Font primary() {
        return primary.font();
    }

    /**
     * Splits {@code text} into runs of one font each. Control characters become spaces; a character no font has
     * becomes a replacement mark and is remembered for the warning.
     */
    List<Run> runs(String text, boolean wantBold) {
        return runs(text, wantBold, true);
    }

    private List<Run> runs(String text, boolean wantBold, boolean drawn) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Choice currentChoice = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            Choice choice = choose(cp, wantBold);
            int shown = cp;
            if (choice == null) {
                if (drawn) {
                    missing.add(cp);
                }
                shown = primary.font().has(REPLACEMENT) ? REPLACEMENT : '?';
                choice = new Choice(primary, wantBold && bold.isEmpty());
                if (wantBold && !bold.isEmpty() && bold.get(0).font() != null && bold.get(0).font().has(shown)) {
                    choice = new Choice(bold.get(0), false);
                }
            }
            if (currentChoice != null && !currentChoice.equals(choice)) {
                runs.add(new Run(currentChoice.slot().font(), current.toString(), currentChoice.syntheticBold()));
                current.setLength(0);
            }
            currentChoice = choice;
            current.appendCodePoint(shown);
        }
        if (currentChoice != null) {
            runs.add(new Run(currentChoice.slot().font(), current.toString(), currentChoice.syntheticBold()));
        }
        return runs;
    }

    /**
     * Width of {@code text} in points at {@code size}: the sum of the glyphs' advances, as PDFBox shows text
     * without kerning. Advances are cached per character, since a long shot list measures the same few hundred
     * characters hundreds of thousands of times.
     */
    float width(String text, boolean wantBold, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            units += advance(cp, wantBold);
        }
        return units / 1000f * size;
    }

    private float advance(int codePoint, boolean wantBold) {
        Map<Integer, Float> cache = wantBold ? boldAdvances : regularAdvances;
        Float known = cache.get(codePoint);
        if (known != null) {
            return known;
        }
        float units = 0;
        String one = new String(Character.toChars(codePoint));
        for (Run run : runs(one, wantBold, false)) {
            try {
                units += run.font().pdf().getStringWidth(run.text());
            } catch (IOException | IllegalArgumentException e) {
                units += 500; // cannot happen for a character the font was chosen for; half an em keeps layout sane
            }
        }
        cache.put(codePoint, units);
        return units;
    }

    /** Characters no font had, in the order met; each was drawn as a replacement. */
    List<Integer> missing() {
        return List.copyOf(missing);
    }

    private Choice choose(int cp, boolean wantBold) {
        Map<Integer, Choice> cache = wantBold ? boldChoices : regularChoices;
        Choice known = cache.get(cp);
        if (known != null || cache.containsKey(cp)) {
            return known;
        }
        Choice found = null;
        if (wantBold) {
            for (Slot slot : bold) {
                if (slot.font() != null && slot.font().has(cp)) {
                    found = new Choice(slot, false);
                    break;
                }
            }
        }
        if (found == null) {
            for (Slot slot : regular) {
                if (slot.font() != null && slot.font().has(cp)) {
                    found = new Choice(slot, wantBold);
                    break;
                }
            }
        }
        cache.put(cp, found);
        return found;
    }

    /** A font of the jar, or null when this build lacks it (then the computer's fonts are all there is). */
    private Font loadResource(String resource) {
        try (InputStream in = FontChain.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            open.add(ttf);
            return embed(ttf);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The font in {@code file}, or null when it cannot be embedded (CFF outlines, a broken file). */
    private Font load(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            TrueTypeFont ttf;
            if (name.endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                open.add(collection);
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(each -> {
                    if (first[0] == null && embeddable(each)) {
                        first[0] = each;
                    }
                });
                ttf = first[0];
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                open.add(ttf);
                if (!embeddable(ttf)) {
                    ttf = null;
                }
            }
            return ttf == null ? null : embed(ttf);
        } catch (IOException | RuntimeException e) {
            // A damaged or unusual font file is skipped; the next font in the chain is tried.
            return null;
        }
    }

    private Font embed(TrueTypeFont ttf) throws IOException {
        // Without shaping rules, text shows exactly the glyphs that were measured, and extracted text reads
        // "fi", not the ligature character. Latin and Han need no shaping; scripts that do are out of scope.
        ttf.setEnableGsub(false);
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return null;
        }
        return new Font(PDType0Font.load(document, ttf, true), cmap, ttf.getName());
    }

    /** PDFBox 3 subsets and embeds TrueType (glyf) outlines only; OpenType CFF fonts fail when text is shown. */
    private static boolean embeddable(TrueTypeFont ttf) throws IOException {
        if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        return ttf.getTableMap().containsKey("glyf");
    }

    /** Closes the font files; call after the document is saved (subsetting reads them while saving). */
    @Override
    public void close() throws IOException {
        for (Closeable c : open) {
            c.close();
        }
        open.clear();
    }
}
