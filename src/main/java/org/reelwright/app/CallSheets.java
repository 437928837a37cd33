package org.reelwright.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Phrase;
import org.reelwright.domain.Production;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanRenderer;
import org.reelwright.report.ShootDocuments;
import org.reelwright.schedule.CallSheet;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.store.AtomicFiles;

/**
 * Call sheets for the window (File → Print Call Sheet…) and the command line ({@code callsheet}): the sheet of a
 * shoot day as values, as a document, and as a PDF written atomically (whole in memory first, then replacing the
 * target, as {@link PlanExport} writes plans). A4 portrait with narrow margins, so a usual day fits one page.
 */
public final class CallSheets {
    /** Narrow margins: a call sheet is a working paper and should fit one page. */
    static final PageSetup SETUP = PageSetup.of(PageSetup.Paper.A4, PageSetup.Orientation.PORTRAIT, 12);

    private final Supplier<Planning> planning;
    private final PlanRenderer renderer;
    private final String author;

    /**
     * @param planning estimates and schedules; a supplier so the benchmark library loads only when a sheet is made
     * @param renderer the PDF painter {@code Main} hands in (the same as the plan's)
     * @param author who prepared the sheet, for the document's metadata (e.g. "Reelwright 0.1.0")
     */
    public CallSheets(Supplier<Planning> planning, PlanRenderer renderer, String author) {
        this.planning = planning;
        this.renderer = renderer;
        this.author = author;
    }

    /**
     * The call sheet of day {@code day} (1-based) of the production's shooting schedule.
     *
     * @throws InvalidInputException when the schedule has no such day (the message names how many it has)
     */
    public CallSheet callSheet(Production production, int day) {
        Planning p = planning.get();
        ShootingSchedule schedule = p.shootingSchedule(production);
        if (day < 1 || day > schedule.dayCount()) {
            throw new InvalidInputException("day", Phrase.of("org.reelwright.app.messages",
                    schedule.dayCount() == 0 ? "callSheet.noShootDays" : "callSheet.noSuchDay", day,
                    schedule.dayCount()));
        }
        return CallSheet.of(production, schedule, p.dayOutOfDays(production, schedule), day);
    }

    /** The sheet as a document in {@code locale}'s words. */
    public PlanDocument document(Production production, int day, Locale locale) {
        return new ShootDocuments(locale).callSheet(callSheet(production, day), author);
    }

    /**
     * Writes the sheet of {@code day} as a PDF to {@code target}, replacing it atomically. Slow (fonts): not on the
     * FX thread.
     *
     * @return the page count and what could not be set as asked (missing fonts)
     * @throws PlanExport.TargetNotWritable when the target's folder is missing or the file cannot be written there
     * @throws InvalidInputException when the production has no such shoot day
     * @throws IOException when the sheet could not be set (no usable font on this computer)
     */
    public PlanRenderer.Rendering writePdf(Production production, int day, Locale locale, Path target)
            throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PlanExport.TargetNotWritable(target, "the folder " + folder + " does not exist", null);
        }
        if (Files.isDirectory(target)) {
            throw new PlanExport.TargetNotWritable(target, "it is a folder", null);
        }
        PlanDocument document = document(production, day, locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        PlanRenderer.Rendering rendering = renderer.write(document, SETUP, bytes);
        try {
            AtomicFiles.write(target, bytes::writeTo);
        } catch (IOException e) {
            throw new PlanExport.TargetNotWritable(target, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        return rendering;
    }

    /** A name for the file: the production's title made safe for file systems and the day, e.g. "salt-day-3.pdf". */
    public static String suggestedFileName(Production production, int day) {
        String plan = PlanExport.suggestedFileName(production);
        String base = plan.endsWith("-plan.pdf") ? plan.substring(0, plan.length() - "-plan.pdf".length())
                : "call-sheet";
        return base + "-day-" + day + ".pdf";
    }
}
