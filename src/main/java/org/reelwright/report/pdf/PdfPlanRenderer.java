package org.reelwright.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanRenderer;
import org.reelwright.report.Section;

/**
 * The production plan as PDF, with Apache PDFBox (docs/decisions/0005-pdf-plan.md): pages of the chosen paper,
 * a running header after the cover and "Page n of N" on every page, tables continued with their headers, the
 * Gantt chart tiled across pages, fonts embedded as subsets, and a bookmark per section. The document's metadata
 * carries the plan's title, author and subject, "Reelwright" as creator, and the time of writing.
 *
 * <p>Fonts come from the computer ({@link SystemFonts}); a character no font has is drawn as a replacement and
 * named in a warning with the font package that would have it.
 */
public final class PdfPlanRenderer implements PlanRenderer {
    private static final int MAX_NAMED_CHARACTERS = 8;
    /**
     * PDFBox reports through commons-logging, which falls back to java.util.logging and so to the terminal: about
     * 30 "Format 14 cmap table is not supported" warnings for a CJK font, which say nothing a user can act on. What
     * the plan lacks is reported by the plan itself ({@link #missingGlyphWarnings}); only PDFBox's errors pass.
     * Held in fields because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger[] PDFBOX_LOGGERS = {
        java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox")};

    static {
        for (java.util.logging.Logger logger : PDFBOX_LOGGERS) {
            logger.setLevel(java.util.logging.Level.SEVERE);
        }
    }

    private final Supplier<SystemFonts> fonts;
    private final Locale locale;
    private final Clock clock;
    private SystemFonts found;

    /**
     * @param fonts where the fonts are; asked once, on the first plan written (looking costs a walk of the font
     *     folders, which a command that writes no PDF should not pay)
     * @param locale the language of the painter's own words (continuation lines, legends, warnings)
     * @param clock for the document's creation date
     */
    public PdfPlanRenderer(Supplier<SystemFonts> fonts, Locale locale, Clock clock) {
        this.fonts = fonts;
        this.locale = locale;
        this.clock = clock;
    }

    /** With the fonts of this computer. */
    public static PdfPlanRenderer withSystemFonts(Locale locale, Clock clock) {
        return new PdfPlanRenderer(SystemFonts::find, locale, clock);
    }

    /**
     * Finds the fonts and sets a line of text in a throwaway document on a daemon thread: the first plan then
     * finds PDFBox's classes loaded and the font files in the disk cache (about a third of a cold export).
     */
    @Override
    public void prepare() {
        Thread warmUp = new Thread(() -> {
            try (PDDocument document = new PDDocument(); FontChain chain = new FontChain(document, fonts())) {
                PageFlow flow = new PageFlow(document, PageSetup.defaults(), chain);
                flow.canvas().text("Reelwright 0123456789", flow.left(), flow.top(), PdfStyle.BODY, true,
                        PdfStyle.TEXT);
                flow.finish("", "{0}/{1}", locale);
                document.save(OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                // Only a head start: writing the plan meets the same problem and reports it.
            }
        }, "reelwright-pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public Rendering write(PlanDocument plan, PageSetup setup, OutputStream out) throws IOException {
        Words words = new Words(locale);
        List<String> warnings = new ArrayList<>();
        try (PDDocument document = new PDDocument(); FontChain chain = new FontChain(document, fonts())) {
            PageFlow flow = new PageFlow(document, setup, chain);
            PlanPainter painter = new PlanPainter(flow, chain, words, warnings);
            PDDocumentOutline outline = new PDDocumentOutline();
            for (Section section : plan.sections()) {
                painter.section(section);
                bookmark(outline, flow, section.title());
            }
            flow.finish(plan.runningHeader(), plan.pageLabel(), locale);
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
            describe(document, plan);
            warnings.addAll(0, missingGlyphWarnings(chain, words));
            document.save(out);
            return new Rendering(document.getNumberOfPages(), warnings);
        }
    }

    @Override
    public PagedPlan paginate(PlanDocument plan, PageSetup setup) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Rendering rendering = write(plan, setup, bytes);
        return new PdfPagedPlan(Loader.loadPDF(bytes.toByteArray()), setup, rendering.warnings(),
                PrintServices.system());
    }

    private synchronized SystemFonts fonts() {
        if (found == null) {
            found = fonts.get();
        }
        return found;
    }

    /** A bookmark to the page the section starts on (the last page when it only just started). */
    private static void bookmark(PDDocumentOutline outline, PageFlow flow, String title) {
        List<PDPage> pages = flow.pages();
        if (pages.isEmpty()) {
            return;
        }
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(pages.get(flow.sectionStart()));
        item.setDestination(destination);
        outline.addLast(item);
    }

    private void describe(PDDocument document, PlanDocument plan) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(plan.title());
        info.setAuthor(plan.author());
        info.setSubject(plan.subject());
        info.setCreator("Reelwright");
        info.setProducer("Reelwright with Apache PDFBox");
        GregorianCalendar now = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
        info.setCreationDate(now);
        info.setModificationDate(now);
    }

    /** One sentence per kind of missing font, naming the characters (the first few) and what to install. */
    private static List<String> missingGlyphWarnings(FontChain chain, Words words) {
        List<Integer> cjk = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        for (int cp : chain.missing()) {
            (LineBreaker.breaksAround(cp) ? cjk : other).add(cp);
        }
        List<String> warnings = new ArrayList<>();
        if (!cjk.isEmpty()) {
            warnings.add(words.get("pdf.missingGlyph", named(cjk, words), words.get("pdf.hint.cjk")));
        }
        if (!other.isEmpty()) {
            warnings.add(words.get("pdf.missingGlyph", named(other, words), words.get("pdf.hint.other")));
        }
        return warnings;
    }

    private static String named(List<Integer> codePoints, Words words) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_NAMED_CHARACTERS, codePoints.size()); i++) {
            int cp = codePoints.get(i);
            if (i > 0) {
                names.append(", ");
            }
            names.append('\'').appendCodePoint(cp).append("' (U+")
                    .append(String.format(Locale.ROOT, "%04X", cp)).append(')');
        }
        if (codePoints.size() > MAX_NAMED_CHARACTERS) {
            names.append(' ').append(words.get("pdf.andMore", codePoints.size() - MAX_NAMED_CHARACTERS));
        }
        return names.toString();
    }
}
