package org.reelwright.ui.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reelwright.app.PlanExport;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PlanRenderer;
import org.reelwright.report.PlanSection;
import org.reelwright.report.PrintOutcome;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/**
 * State and commands of the print dialog, without controls: page setup (paper, orientation, margins), the plan's
 * scenario and sections, the laid-out pages with the one on show, and the commands Print and Export PDF.
 *
 * <p>Laying out, drawing a page, exporting and printing all run through {@link BackgroundWork} (one background
 * thread, so they never overlap and a page is never drawn from a closed layout). Each change of the settings lays
 * the plan out again; a layout that arrives after a newer one was asked for is dropped. Only while the dialog is
 * open ({@link #open()} to {@link #close()}) does the model follow the settings and hold pages.
 */
public final class PrintViewModel {
    /** Resolution of the preview: sharp when a page is fitted to the width of a large window. */
    static final double PREVIEW_DPI = 120;
    /** Resolution of the pictures a printer gets when it cannot take vector pages: sharp text, a few MB a page. */
    static final double PRINT_DPI = 200;

    private final PlanExport export;
    private final ReadOnlyObjectProperty<Production> production;
    private final BackgroundWork work;
    private final Messages messages;

    private final ObjectProperty<PageSetup.Paper> paper = new SimpleObjectProperty<>(PageSetup.Paper.A4);
    private final ObjectProperty<PageSetup.Orientation> orientation =
            new SimpleObjectProperty<>(PageSetup.Orientation.PORTRAIT);
    private final IntegerProperty marginMillimetres = new SimpleIntegerProperty(18);
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.CURRENT);
    private final Map<PlanSection, BooleanProperty> sections = new EnumMap<>(PlanSection.class);
    private final BooleanProperty shortPlan = new SimpleBooleanProperty(false);

    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<PagedPlan.PageImage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private Consumer<String> errorHandler = message -> { };

    private boolean open;
    private PagedPlan paged;
    private int generation;

    public PrintViewModel(PlanExport export, ReadOnlyObjectProperty<Production> production, BackgroundWork work,
            Messages messages) {
        this.export = export;
        this.production = production;
        this.work = work;
        this.messages = messages;
        for (PlanSection section : PlanSection.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty(true);
            chosen.addListener(this::changed);
            sections.put(section, chosen);
        }
        shortPlan.addListener(this::changed);
        paper.addListener(this::changed);
        orientation.addListener(this::changed);
        marginMillimetres.addListener(this::changed);
        scenario.addListener(this::changed);
        production.addListener(this::changed);
    }

    /** Where failures of export and print go (the dialog shows them). */
    public void setErrorHandler(Consumer<String> handler) {
        this.errorHandler = handler;
    }

    /** The dialog opened: lay the plan out, and follow the settings and the production from now on. */
    public void open() {
        open = true;
        refresh();
    }

    /** The dialog closed: let the pages go. */
    public void close() {
        open = false;
        generation++;
        release();
        pageCount.set(0);
        page.set(null);
        ready.set(false);
    }

    public ObjectProperty<PageSetup.Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<PageSetup.Orientation> orientationProperty() {
        return orientation;
    }

    /** One margin for all four sides, in millimetres. */
    public IntegerProperty marginMillimetresProperty() {
        return marginMillimetres;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    /**
     * The short plan for a first meeting (summary, budget top sheet, schedule on 2–4 pages) instead of the full plan
     * with the chosen sections; false at first.
     */
    public BooleanProperty shortPlanProperty() {
        return shortPlan;
    }

    /** Whether a section is printed; all are at first. */
    public BooleanProperty sectionProperty(PlanSection section) {
        return sections.get(section);
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The page on show, from 0. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    /** The page on show as a picture at {@value #PREVIEW_DPI} dpi, or null while there is none. */
    public ReadOnlyObjectProperty<PagedPlan.PageImage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** What the dialog is doing or has done, e.g. "12 pages" or "Saved plan.pdf". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What could not be set as asked (a missing font), one sentence per line; empty when all is well. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** Whether there are pages to print or export. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The settings as the plan's use case takes them. */
    public PlanExport.Options options() {
        return shortPlan.get() ? new PlanExport.Options(scenario.get(), Set.of(), setup(), true)
                : new PlanExport.Options(scenario.get(), chosenSections(), setup());
    }

    public PageSetup setup() {
        return PageSetup.of(paper.get(), orientation.get(), marginMillimetres.get());
    }

    public String suggestedFileName() {
        Production p = production.get();
        return p == null ? "production-plan.pdf" : PlanExport.suggestedFileName(p);
    }

    public void nextPage() {
        showPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        showPage(pageIndex.get() - 1);
    }

    /** Shows page {@code index} (from 0), drawing it in the background. */
    public void showPage(int index) {
        PagedPlan current = paged;
        if (current == null || index < 0 || index >= current.pageCount()) {
            return;
        }
        pageIndex.set(index);
        work.run(messages.get("print.work.page", index + 1), () -> current.draw(index, PREVIEW_DPI), image -> {
            if (current == paged && pageIndex.get() == index) {
                page.set(image);
            }
        }, this::failed);
    }

    /** Lays the plan out again with the current settings (done by itself on every change while open). */
    public void refresh() {
        int asked = ++generation;
        Production p = production.get();
        if (p == null || nothingChosen()) {
            release();
            pageCount.set(0);
            page.set(null);
            ready.set(false);
            status.set(messages.get(p == null ? "print.status.noProduction" : "print.status.noSections"));
            return;
        }
        PlanExport.Options options = options();
        ready.set(false);
        status.set(messages.get("print.work.layout"));
        work.run(messages.get("print.work.layout"), () -> export.paginate(p, options), laidOut -> {
            if (asked != generation) {
                discard(laidOut);
                return;
            }
            release();
            paged = laidOut;
            pageCount.set(laidOut.pageCount());
            warnings.set(String.join("\n", laidOut.warnings()));
            status.set(messages.get("print.pages", laidOut.pageCount()));
            ready.set(true);
            showPage(Math.min(pageIndex.get(), laidOut.pageCount() - 1));
        }, failure -> {
            if (asked == generation) {
                ready.set(false);
                status.set(messages.get("print.failed", message(failure)));
            }
        });
    }

    /** Writes the plan as PDF to {@code target} (replacing it atomically), in the background. */
    public void exportPdf(Path target) {
        Production p = production.get();
        if (p == null || nothingChosen()) {
            return;
        }
        PlanExport.Options options = options();
        work.run(messages.get("print.work.export", target.getFileName()), () -> export.export(p, options, target),
                (PlanRenderer.Rendering rendering) -> {
                    status.set(messages.get("print.status.exported", target.getFileName(), rendering.pageCount()));
                    warnings.set(String.join("\n", rendering.warnings()));
                }, this::failed);
    }

    /**
     * Prints the pages laid out now: the printer's dialog first (on this thread), then, in the background, the
     * plan's own vector pages to the printer chosen there, or, where that printer cannot take them, each page drawn
     * at printer resolution and sent as a picture (docs/decisions/0009-printing-vector-pages.md).
     */
    public void print(PlanPrinter printer) {
        PagedPlan current = paged;
        Production p = production.get();
        if (current == null || p == null) {
            return;
        }
        Optional<PlanPrinter.Job> started;
        try {
            started = printer.begin(current.setup(), p.title());
        } catch (IOException e) {
            failed(e);
            return;
        }
        if (started.isEmpty()) {
            return;
        }
        PlanPrinter.Job job = started.get();
        work.run(messages.get("print.work.print", current.pageCount()), () -> send(current, job),
                status::set, this::failed);
    }

    /** Sends the pages on the background thread; returns the status line that says what reached the printer. */
    private String send(PagedPlan plan, PlanPrinter.Job job) throws IOException {
        try {
            PrintOutcome outcome = plan.print(job.request());
            if (outcome instanceof PrintOutcome.Printed printed) {
                // The dialog's own job only chose the printer and settings; it has no page, so nothing prints.
                job.cancel();
                return messages.get("print.status.printed", printed.pages());
            }
            for (int i = 0; i < plan.pageCount(); i++) {
                job.print(plan.draw(i, PRINT_DPI));
            }
            job.finish();
            return messages.get("print.status.printedAsPictures", plan.pageCount(), whyNotVector(outcome));
        } catch (IOException | RuntimeException e) {
            job.cancel();
            throw e;
        }
    }

    private String whyNotVector(PrintOutcome outcome) {
        if (outcome instanceof PrintOutcome.NoSuchPrinter missing) {
            return messages.get("print.vector.noSuchPrinter", missing.printerName());
        }
        return messages.get("print.vector.refused", ((PrintOutcome.Refused) outcome).reason());
    }

    /** The full plan with every section unticked: nothing to print. */
    private boolean nothingChosen() {
        return !shortPlan.get() && chosenSections().isEmpty();
    }

    private Set<PlanSection> chosenSections() {
        Set<PlanSection> chosen = EnumSet.noneOf(PlanSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosen.add(section);
            }
        });
        return Collections.unmodifiableSet(chosen);
    }

    private void changed(Observable ignored) {
        if (open) {
            refresh();
        }
    }

    private void failed(Exception e) {
        String message = messages.get("print.failed", message(e));
        status.set(message);
        errorHandler.accept(message);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Closes the pages on the background thread, after any drawing already queued there. */
    private void release() {
        PagedPlan old = paged;
        paged = null;
        if (old != null) {
            discard(old);
        }
    }

    private void discard(PagedPlan plan) {
        work.run("", () -> {
            plan.close();
            return null;
        }, done -> { }, failure -> { });
    }
}
