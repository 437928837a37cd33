package org.reelwright.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.DayOutOfDays;
import org.reelwright.estimate.BudgetTopSheet;
import org.reelwright.estimate.CostEstimator;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.EstimateSession;
import org.reelwright.estimate.LineItem;
import org.reelwright.estimate.MonteCarlo;
import org.reelwright.estimate.Recommender;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.schedule.Schedule;
import org.reelwright.schedule.ShootPlanner;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.schedule.Scheduler;
import org.reelwright.store.BenchmarkLibraryFiles;
import org.reelwright.store.ProjectFileException;

/**
 * Estimation use cases for the window and the command line: the bundled benchmark library, estimates per scenario
 * (with a seeded Monte Carlo), the comparison of the three scenarios, the top sheet and the recommender. Estimates
 * after an edit are incremental; a view can show {@link #deterministicEstimate} at once and {@link #estimate}'s
 * percentiles when the simulation lands.
 */
public final class Planning {
    public static final String LIBRARY_RESOURCE = "/seeds/benchmarks/benchmarks.json";

    private final BenchmarkLibrary library;
    private final CostEstimator estimator;
    private final CostEstimator quickEstimator;
    private final Scheduler scheduler;
    /** Estimates edit after edit, recomputing only what changed (issue 14); thread-safe. */
    private final EstimateSession session;
    private final EstimateMemo estimates = new EstimateMemo();
    private final EstimateMemo figures = new EstimateMemo();
    private final DisclosureRegister disclosureRegister = new DisclosureRegister(this);

    /**
     * Plans with the library's words in {@code locale} (its labels, notes and units reach every estimate, panel and
     * printed plan from here), with the same ids, figures and sources as {@code library}.
     */
    public Planning(BenchmarkLibrary library, Locale locale) {
        this.library = library.localized(locale);
        this.estimator = new CostEstimator(this.library, new MonteCarlo(10_000, MonteCarlo.DEFAULT_SEED), locale);
        this.quickEstimator = new CostEstimator(this.library, new MonteCarlo(0, MonteCarlo.DEFAULT_SEED), locale);
        this.scheduler = new Scheduler(quickEstimator, locale);
        this.session = estimator.session();
    }

    /** Loads the library shipped with Reelwright; a broken library is a build error, reported with its place. */
    public static BenchmarkLibrary bundledLibrary(BenchmarkLibraryFiles files) throws ProjectFileException {
        return files.parse(BundledFiles.read(LIBRARY_RESOURCE), "benchmarks.json");
    }

    /** The AI usage register and consents of a production, reconciled with its plan, and their edits (issue 16). */
    public DisclosureRegister disclosureRegister() {
        return disclosureRegister;
    }

    public BenchmarkLibrary library() {
        return library;
    }

    /**
     * The full estimate (deterministic figures and the Monte Carlo's P10/P50/P80/P90), as the CLI, the report and
     * the PDF use it. Computed incrementally from the previous production's ({@link EstimateSession}), equal to
     * {@link CostEstimator#estimate}; reuses {@link #deterministicEstimate} of the same production when it was asked
     * first, so a view's second step only adds the simulation.
     */
    public Estimate estimate(Production production, Scenario scenario) {
        return estimates.get(production, scenario, (p, s) -> session.simulate(deterministicEstimate(p, s)));
    }

    /**
     * The first step for a view that follows edits: lines, totals, PERT mean, flags and drivers, computed
     * incrementally (about a millisecond after an edit at 10,000 shots), without the simulation.
     * {@link Estimate#simulated()} is false and {@link Estimate#percentiles()} holds the likely total: show the
     * figures at once with P10–P90 as pending, then call {@link #estimate} (same production and scenario) on the
     * background thread for the simulated estimate (a few milliseconds more), and show whichever answers the newest
     * request. Thread-safe.
     */
    public Estimate deterministicEstimate(Production production, Scenario scenario) {
        return figures.get(production, scenario, session::deterministic);
    }

    /**
     * The estimate views that follow typing show: the same simulated estimate as {@link #estimate}, so every view
     * leads with the same headline (P50) and range (P10–P90), ADR 0008. The simulation of a 10,000-shot plan takes
     * about 20 ms more than the lines alone, and these views already compute off the FX thread; a second,
     * unsimulated figure would be a different number under the same name.
     */
    public Estimate quickEstimate(Production production, Scenario scenario) {
        return estimate(production, scenario);
    }

    public ScenarioComparison compare(Production production) {
        return ScenarioComparison.of(scenario -> estimate(production, scenario));
    }

    public BudgetTopSheet topSheet(Production production, Scenario scenario) {
        return BudgetTopSheet.of(estimate(production, scenario));
    }

    /** The production's stages on its calendar under a scenario (estimates without Monte Carlo: durations only). */
    public Schedule schedule(Production production, Scenario scenario) {
        // Durations only: the deterministic figures are the no-draw estimate the scheduler was built with.
        return scheduler.schedule(production, scenario, deterministicEstimate(production, scenario));
    }

    /** Schedules of the current, traditional and AI-where-suitable plans, in that order. */
    public List<Schedule> schedules(Production production) {
        return List.of(schedule(production, Scenario.CURRENT), schedule(production, Scenario.TRADITIONAL),
                schedule(production, Scenario.AI));
    }

    /**
     * The shoot day by day: the user's board as arranged (scenes added since placed after it) or, before any
     * arrangement, the automatic pass, from the Shoot stage's first day in the current plan, with the day's
     * capacity from the likely pages-per-day and setups-per-day rates (overrides included).
     */
    public ShootingSchedule shootingSchedule(Production production) {
        LocalDate first = schedule(production, Scenario.CURRENT).stage(StageId.SHOOT).orElseThrow().start();
        return ShootPlanner.plan(production, first, likely(production, "shoot.pages-per-day"),
                likely(production, "shoot.setups-per-day"));
    }

    /** The day-out-of-days of {@link #shootingSchedule}, with the library's drop/pick-up gap. */
    public DayOutOfDays dayOutOfDays(Production production) {
        return dayOutOfDays(production, shootingSchedule(production));
    }

    public DayOutOfDays dayOutOfDays(Production production, ShootingSchedule schedule) {
        return schedule.dayOutOfDays(production.shootPlan(), (int) likely(production, "cast.drop-pickup-gap-days"));
    }

    /**
     * The shoot's cast line (performer-days × the cast day rate) of the current plan's deterministic estimate: what
     * a move on the stripboard changes once the board is arranged; the sum of the cast items when performers with
     * pay terms of their own have items of their own. Empty when the shoot stage has no cast item.
     */
    public Optional<LineItem> castLine(Production production) {
        List<LineItem> cast = deterministicEstimate(production, Scenario.CURRENT).line(StageId.SHOOT).stream()
                .flatMap(line -> line.items().stream())
                .filter(item -> item.rates().stream().anyMatch(r -> r.id().equals("cast.day-performer-rate")))
                .toList();
        if (cast.size() <= 1) {
            return cast.stream().findFirst();
        }
        // Performers with pay terms of their own have items of their own: the cast line is their sum.
        org.reelwright.estimate.Range total = org.reelwright.estimate.Range.ZERO;
        for (LineItem item : cast) {
            total = total.plus(item.cost());
        }
        LineItem first = cast.get(cast.size() - 1);
        return Optional.of(new LineItem(first.label(), total, org.reelwright.estimate.Range.ZERO, first.rates(),
                first.explanation()));
    }

    private double likely(Production production, String benchmark) {
        return estimator.rate(production, StageId.SHOOT, benchmark).value().likely().doubleValue();
    }

    public Recommender.Recommendation recommend(Production production, Recommender.Request request) {
        // The simulated estimator: the recommender compares plans by the headline (P50) the cards show.
        return new Recommender(estimator, (plan, estimate) -> BigDecimal.valueOf(scheduler.length(plan, estimate)))
                .recommend(production, request);
    }
}
