package org.reelwright.bench;

import java.util.List;
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
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.Workflow;
import org.reelwright.estimate.CostEstimator;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.EstimateSession;
import org.reelwright.estimate.MonteCarlo;
import org.reelwright.estimate.Scenario;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;

/**
 * Issue 14: what an edit costs the model at 10,000 shots with incremental estimation — the edit applied to the
 * production and the deterministic estimate after it ({@link EstimateSession#deterministic}); target ≤ 1 ms. For
 * comparison, the same edit with the full recompute, and the simulation step that follows (10,000 trials).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncrementalEditBenchmark {
    private Production production;
    private CostEstimator estimator;
    private EstimateSession session;
    private List<Shot> shots;
    private Estimate figures;
    private int next;

    @Setup
    public void setUp() throws Exception {
        BenchmarkLibrary library = Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
        production = SyntheticProductions.generate(500, 10_000, 1);
        estimator = new CostEstimator(library, new MonteCarlo(10_000, MonteCarlo.DEFAULT_SEED), Locale.ENGLISH);
        session = estimator.session();
        shots = production.scenes().stream().flatMap(s -> s.shots().stream()).toList();
        figures = session.deterministic(production, Scenario.CURRENT);
    }

    private Production editOneShot() {
        Shot shot = shots.get(next++ % shots.size());
        Shot current = production.sceneOf(shot.id()).orElseThrow().shot(shot.id()).orElseThrow();
        double seconds = current.durationSeconds() >= 20 ? 5 : current.durationSeconds() + 1;
        production = production.withShot(current.withDurationSeconds(seconds));
        return production;
    }

    /** One shot's duration changed, then the incremental deterministic estimate: the figures a view shows first. */
    @Benchmark
    public Estimate shotEditIncremental10k() {
        figures = session.deterministic(editOneShot(), Scenario.CURRENT);
        return figures;
    }

    /** A stage's workflow switched (editing hybrid ↔ AI), then the incremental deterministic estimate. */
    @Benchmark
    public Estimate stageWorkflowSwitchIncremental10k() {
        StagePlan editing = production.stage(StageId.EDITING);
        production = production.withStage(editing.withWorkflow(editing.workflow() == Workflow.AI ? Workflow.HYBRID
                : Workflow.AI));
        figures = session.deterministic(production, Scenario.CURRENT);
        return figures;
    }

    /** The same shot edit with the deterministic figures recomputed in full (the reference). */
    @Benchmark
    public Estimate shotEditFullRecompute10k() {
        return estimator.deterministic(editOneShot(), Scenario.CURRENT);
    }

    /** The second step after an edit: the Monte Carlo's 10,000 correlated trials added to the figures. */
    @Benchmark
    public Estimate simulationStep10k() {
        return session.simulate(figures);
    }
}
