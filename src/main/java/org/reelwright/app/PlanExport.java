package org.reelwright.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.report.DisclosurePack;
import org.reelwright.report.DisclosureProfile;
import org.reelwright.report.DisclosureStatement;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PlanBuilder;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanInput;
import org.reelwright.report.PlanRenderer;
import org.reelwright.report.PlanSection;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.store.AtomicFiles;

/**
 * Use cases of the printed production plan (PRODUCT.md M8) for the window and the command line: build the plan of
 * a scenario with the chosen sections, write it as a file, or lay it out as pages for a preview and a printer.
 * The medium is whatever {@link PlanRenderer} {@code Main} hands in (the PDF painter), so this class knows no
 * file format.
 *
 * <p>A file is written whole in memory first and then replaces the target atomically: a failure while the plan is
 * set never touches the target, and a crash while it is written leaves the previous file intact.
 */
public final class PlanExport {
    private final Supplier<Planning> planning;
    private final PlanRenderer renderer;
    private final Locale locale;
    private final Clock clock;
    private final String author;

    /**
     * @param planning estimates and schedules; a supplier so that the benchmark library loads only when a plan is
     *     made
     * @param author who prepared the plan, for the cover and the document's metadata (e.g. "Reelwright 0.1.0")
     */
    public PlanExport(Supplier<Planning> planning, PlanRenderer renderer, Locale locale, Clock clock, String author) {
        this.planning = planning;
        this.renderer = renderer;
        this.locale = locale;
        this.clock = clock;
        this.author = author;
    }

    /**
     * What to put in a plan and on which paper.
     *
     * @param sections the sections to include; empty means all of them
     * @param shortPlan the short plan for a first meeting (summary, budget top sheet, schedule) instead of sections
     */
    public record Options(Scenario scenario, Set<PlanSection> sections, PageSetup setup, boolean shortPlan) {
        public Options {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(setup, "setup");
            sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        }

        /** The full plan (or the chosen sections of it). */
        public Options(Scenario scenario, Set<PlanSection> sections, PageSetup setup) {
            this(scenario, sections, setup, false);
        }

        /** The current plan, every section, A4 portrait. */
        public static Options defaults() {
            return new Options(Scenario.CURRENT, Set.of(), PageSetup.defaults());
        }
    }

    /** Call sheets in this export's language, painted by the same renderer (File → Print Call Sheet…, CLI). */
    public CallSheets callSheets() {
        return new CallSheets(planning, renderer, author);
    }

    /** This export's language: the plan's and its call sheets' words. */
    public Locale locale() {
        return locale;
    }

    /** Lets the renderer start its slow one-time setup now, in the background (see {@link PlanRenderer#prepare}). */
    public void prepare() {
        renderer.prepare();
    }

    /** The plan as a document, laid out once for any medium. */
    public PlanDocument plan(Production production, Options options) {
        Planning p = planning.get();
        ScenarioComparison comparison = p.compare(production);
        // The comparison has estimated every scenario already (with the same seeded Monte Carlo); reuse it.
        Estimate estimate = comparison.all().stream().filter(e -> e.scenario() == options.scenario()).findFirst()
                .orElseGet(() -> p.estimate(production, options.scenario()));
        // The disclosure section shows the register as the plan makes it, with the general festival statement; the
        // shooting schedule and the DOOD are the current plan's: the board is the user's, not a scenario's.
        Production reconciled = p.disclosureRegister().reconciled(production);
        ShootingSchedule shooting = options.scenario() == Scenario.CURRENT ? p.shootingSchedule(production) : null;
        PlanInput input = new PlanInput(reconciled, estimate, comparison, p.schedule(production,
                options.scenario()), p.library(), LocalDate.now(clock),
                p.disclosureRegister().statement(production, DisclosureProfiles.DEFAULT_ID, locale), shooting,
                shooting == null ? null : p.dayOutOfDays(production, shooting));
        PlanBuilder builder = new PlanBuilder(locale);
        return options.shortPlan() ? builder.buildShort(input, author) : builder.build(input, options.sections(),
                author);
    }

    /**
     * Writes the plan to {@code target}, replacing it atomically.
     *
     * @return the page count and what could not be set as asked (missing fonts), for the user
     * @throws TargetNotWritable when the target's folder is missing or the file cannot be written there
     * @throws IOException when the plan could not be set (no usable font on this computer)
     */
    public PlanRenderer.Rendering export(Production production, Options options, Path target) throws IOException {
        checkTarget(target);
        return writeAtomically(plan(production, options), options.setup(), target);
    }

    /** Refuses a target in a missing folder, or a folder, before anything is set. */
    private static void checkTarget(Path target) throws TargetNotWritable {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TargetNotWritable(target, "the folder " + folder + " does not exist", null);
        }
        if (Files.isDirectory(target)) {
            throw new TargetNotWritable(target, "it is a folder", null);
        }
    }

    /** Sets the document in memory, then replaces the target with it in one step. */
    private PlanRenderer.Rendering writeAtomically(PlanDocument document, PageSetup setup, Path target)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        PlanRenderer.Rendering rendering = renderer.write(document, setup, bytes);
        try {
            AtomicFiles.write(target, bytes::writeTo);
        } catch (IOException e) {
            throw new TargetNotWritable(target, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        return rendering;
    }

    /**
     * The AI disclosure pack (issue 16): statement of the profile, register, shot map, consent checklist and the
     * sources of each requirement, as a document any painter sets.
     *
     * @throws IllegalArgumentException naming the profile when there is no such profile
     */
    public PlanDocument disclosurePack(Production production, String profileId) {
        Planning p = planning.get();
        DisclosureProfile profile = DisclosureProfiles.find(profileId).orElseThrow(() -> new IllegalArgumentException(
                "no disclosure profile " + profileId));
        DisclosureStatement statement = p.disclosureRegister().statement(production, profile.id(), locale);
        return new DisclosurePack(locale).build(p.disclosureRegister().reconciled(production), profile, statement,
                LocalDate.now(clock), author);
    }

    /** A4 landscape: the register has eight columns an insurer reads side by side, the shot map six. */
    public static final PageSetup DISCLOSURE_PACK_PAGES = PageSetup.defaults()
            .withOrientation(PageSetup.Orientation.LANDSCAPE);

    /**
     * Writes the disclosure pack as a PDF (A4 landscape), replacing {@code target} atomically, like {@link #export}.
     *
     * @throws TargetNotWritable when the target's folder is missing or the file cannot be written there
     */
    public PlanRenderer.Rendering writeDisclosurePack(Production production, String profileId, Path target)
            throws IOException {
        checkTarget(target);
        return writeAtomically(disclosurePack(production, profileId), DISCLOSURE_PACK_PAGES, target);
    }

    /** The plan laid out on pages for a preview or a printer; the caller closes it. Slow: not on the FX thread. */
    public PagedPlan paginate(Production production, Options options) throws IOException {
        return renderer.paginate(plan(production, options), options.setup());
    }

    /** A name for the exported file: the production's title made safe for file systems, e.g. "the-salt-archive". */
    public static String suggestedFileName(Production production) {
        String name = production.title().replaceAll("[\\\\/:*?\"<>|]", "").strip().replaceAll("\\s+", "-")
                .toLowerCase(Locale.ROOT);
        return (name.isEmpty() ? "production-plan" : name + "-plan") + ".pdf";
    }

    /** The file cannot be written where the user asked (bad input, not a failure of the plan). */
    public static final class TargetNotWritable extends IOException {
        private final transient Path target;

        TargetNotWritable(Path target, String reason, Throwable cause) {
            super(target + " cannot be written: " + reason, cause);
            this.target = target;
        }

        public Path target() {
            return target;
        }
    }
}
