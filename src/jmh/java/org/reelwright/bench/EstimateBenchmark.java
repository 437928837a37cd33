package org.reelwright.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reelwright.app.Planning;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.Production;
import org.reelwright.estimate.CostEstimator;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.MonteCarlo;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.schedule.Schedule;
import org.reelwright.schedule.Scheduler;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;

/**
 * PRODUCT.md's bar: a full recompute of a 10,000-shot production's estimate in ≤ 5 ms (without Monte Carlo), and
 * the same with the 10,000-draw Monte Carlo that gives P50/P80; its schedule (issue 5: "in milliseconds").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EstimateBenchmark {
    private Production production;
    private CostEstimator withoutMonteCarlo;
    private CostEstimator withMonteCarlo;
    private Scheduler scheduler;

    @Setup
    public void setUp() throws Exception {
        BenchmarkLibrary library = Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
        production = SyntheticProductions.generate(500, 10_000, 1);
        withoutMonteCarlo = new CostEstimator(library, new MonteCarlo(0, MonteCarlo.DEFAULT_SEED), Locale.ENGLISH);
        withMonteCarlo = new CostEstimator(library, new MonteCarlo(10_000, MonteCarlo.DEFAULT_SEED),
                Locale.ENGLISH);
        scheduler = new Scheduler(withoutMonteCarlo, Locale.ENGLISH);
    }

    @Benchmark
    public Estimate estimate10kShots() {
        return withoutMonteCarlo.estimate(production, Scenario.CURRENT);
    }

    @Benchmark
    public Estimate estimate10kShotsWithMonteCarlo10kDraws() {
        return withMonteCarlo.estimate(production, Scenario.CURRENT);
    }

    @Benchmark
    public Schedule schedule10kShots() {
        return scheduler.schedule(production, Scenario.CURRENT);
    }

    @Benchmark
    public ScenarioComparison compareThreeScenarios10kShots() {
        return ScenarioComparison.of(withoutMonteCarlo, production);
    }
}
