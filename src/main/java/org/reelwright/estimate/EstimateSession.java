package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.ExchangeRates;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.Scene;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.VisualStyle;

/**
 * Estimates a production edit after edit, recomputing only what an edit touched (issue 14), with the same result as
 * {@link CostEstimator#estimate} — the reference full recompute — to the last digit.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * EstimateSession session = estimator.session();          // one per window (or per Planning), kept for its life
 * Estimate figures = session.deterministic(production, scenario); // lines, totals, flags: show at once
 * // figures.simulated() == false: percentiles() are the likely total, P10/P50/P80/P90 are pending
 * Estimate full = session.simulate(figures);              // adds the Monte Carlo's P10/P50/P80/P90
 * }</pre>
 * {@link #estimate} does both steps. Every call may come from any thread; calls do not block one another. A view
 * that estimates on a background thread should show only the answer to its newest request (newest request wins):
 * an older answer that arrives later is still a correct estimate, of an older production.
 *
 * <h2>What is kept between calls</h2>
 * <ul>
 * <li>Per scene object (scenes are immutable; an edit to a shot replaces its scene only): the scene as the scenario
 * plans it, its share of the drivers ({@link Drivers.ScenePart}, with the AI shots live for R4 when asked) and its
 * shots' flags. The drivers are then added up from the scenes' shares in O(scenes), never O(shots).</li>
 * <li>Per stage: its line, kept while the stage's plan, the production's rates (currency, exchange rates, every
 * stage's rate overrides) and the drivers its formulas read ({@link Drivers#inputsOf}) are all equal.</li>
 * <li>The sums R4 compares (shoot and VFX priced traditionally), by the same kind of key.</li>
 * </ul>
 * Everything else (totals, contingency, the production's and stages' flags) is a few additions per stage. The memo
 * of each scenario is the one of the newest request, so it holds one production's worth of scenes.
 */
public final class EstimateSession {
    private final CostEstimator estimator;
    private final Map<Scenario, AtomicReference<Memo>> memos = new EnumMap<>(Scenario.class);
    private final AtomicLong requests = new AtomicLong();

    EstimateSession(CostEstimator estimator) {
        this.estimator = estimator;
        for (Scenario scenario : Scenario.values()) {
            memos.put(scenario, new AtomicReference<>());
        }
    }

    /** The estimator this session answers for (its library, words and Monte Carlo). */
    public CostEstimator estimator() {
        return estimator;
    }

    /** Both steps: {@link #simulate}({@link #deterministic}); equal to {@link CostEstimator#estimate}. */
    public Estimate estimate(Production production, Scenario scenario) {
        return simulate(deterministic(production, scenario));
    }

    /**
     * The deterministic figures — every stage line (cost, effort, calendar), subtotal, contingency, total, PERT
     * mean, effort, flags, drivers — computed from what the previous calls kept, so an edit to one shot costs about
     * the same at 10,000 shots as at 100. {@link Estimate#simulated()} is false and {@link Estimate#percentiles()}
     * holds the likely total in every place: the simulation is pending. Equal to
     * {@link CostEstimator#deterministic}.
     */
    public Estimate deterministic(Production production, Scenario scenario) {
        long request = requests.incrementAndGet();
        AtomicReference<Memo> ref = memos.get(scenario);
        Memo previous = ref.get();
        Memo next = new Memo(request, Scenarios.isAnimated(production),
                production.visualStyle() == VisualStyle.REALISTIC_LIVE_ACTION, production.scenes().size());
        Estimate estimate = estimate(production, scenario, previous, next);
        ref.accumulateAndGet(next, (kept, made) -> kept == null || made.request > kept.request ? made : kept);
        return estimate;
    }

    /**
     * The second step: the estimate with the Monte Carlo's P10/P50/P80/P90 (10,000 correlated trials for the
     * window's estimator). Takes a few milliseconds at 10,000 shots; run it after showing {@link #deterministic}.
     */
    public Estimate simulate(Estimate deterministic) {
        return estimator.simulate(deterministic);
    }

    private Estimate estimate(Production production, Scenario scenario, Memo previous, Memo next) {
        boolean sameContext = previous != null && previous.animated == next.animated
                && previous.realistic == next.realistic;
        Map<Scene, SceneMemo> known = sameContext ? previous.scenes : Map.of();
        RiskRules rules = estimator.riskRules();
        List<Drivers.ScenePart> parts = new ArrayList<>(production.scenes().size());
        for (Scene scene : production.scenes()) {
            SceneMemo memo = known.get(scene);
            if (memo == null) {
                Scene plan = Scenarios.scene(scene, scenario, next.animated);
                memo = new SceneMemo(plan, Drivers.ScenePart.of(plan, next.realistic, false), null,
                        rules.shotFlags(plan, next.animated), null, false, List.of());
            }
            next.scenes.put(scene, memo);
            parts.add(memo.part);
        }
        // The scenario's stage plans on the scenes as they are: the drivers come from the planned scenes' parts,
        // and nothing below reads the plan's scenes, so the planned production's scene list is never built.
        Production plan = Scenarios.applyStages(production, scenario);
        Drivers drivers = Drivers.combine(plan, parts);
        RateKey rateKey = RateKey.of(plan);

        Map<StageId, StageLine> lines = new EnumMap<>(StageId.class);
        List<String> missingIds = new ArrayList<>();
        List<StageId> missingStages = new ArrayList<>();
        Set<String> missing = new HashSet<>();
        for (StagePlan stagePlan : plan.stages().values()) {
            StageId stage = stagePlan.stage();
            LineKey key = new LineKey(stagePlan, rateKey, Drivers.inputsOf(stage, drivers));
            LineMemo memo = previous == null ? null : previous.lines.get(stage);
            if (memo == null || !memo.key.equals(key)) {
                RateBook rates = new RateBook(estimator.library(), plan);
                StageLine line = estimator.line(stagePlan, new StageFormulas(rates, drivers, estimator.text()),
                        drivers);
                memo = new LineMemo(key, line, rates.missingIds(), rates.missingStages());
            }
            next.lines.put(stage, memo);
            lines.put(stage, memo.line);
            // One rate book asked in stage order would note each gap once, under the stage that asked first.
            for (int i = 0; i < memo.missingIds.size(); i++) {
                if (missing.add(memo.missingIds.get(i))) {
                    missingIds.add(memo.missingIds.get(i));
                    missingStages.add(memo.missingStages.get(i));
                }
            }
        }

        BigDecimal liveCost = BigDecimal.ZERO;
        if (drivers.aiSeconds() > 0) {
            List<Drivers.ScenePart> liveParts = new ArrayList<>(parts.size());
            for (Map.Entry<Scene, SceneMemo> entry : next.scenes.entrySet()) {
                SceneMemo memo = entry.getValue();
                if (memo.live == null) {
                    entry.setValue(memo.withLive(memo.part.live()));
                }
            }
            for (Scene scene : production.scenes()) {
                liveParts.add(next.scenes.get(scene).live);
            }
            Drivers live = Drivers.combine(plan, liveParts);
            liveCost = CostEstimator.liveCostOfAiShots(sum(StageId.SHOOT, live, rateKey, plan, previous, next),
                    sum(StageId.VFX, live, rateKey, plan, previous, next),
                    sum(StageId.VFX, drivers, rateKey, plan, previous, next), lines);
        }

        List<RiskFlag> shotFlags = new ArrayList<>();
        List<RiskFlag> consentFlags = new ArrayList<>();
        Disclosure register = plan.disclosure();
        boolean liveFaces = RiskRules.liveFacesNeedConsent(plan);
        for (Scene scene : production.scenes()) {
            SceneMemo memo = next.scenes.get(scene);
            // A scene's consent flags hold while it and the register are the same objects (a shot edit keeps the
            // register): O(scenes) identity checks per edit, the shots read again only in the edited scene.
            if (memo.register != register || memo.liveFaces != liveFaces) {
                memo = memo.withConsents(register, liveFaces, rules.consentFlags(memo.plan, memo.flags, register,
                        liveFaces));
                next.scenes.put(scene, memo);
            }
            shotFlags.addAll(memo.flags);
            consentFlags.addAll(memo.consents);
        }
        // The traditional fallback of a stage whose rights are missing, asked only when such a flag is raised.
        List<RiskFlag> flags = rules.evaluate(plan, shotFlags, consentFlags, lines, drivers, liveCost, missingIds,
                missingStages,
                stage -> sum(stage, drivers, rateKey, plan, previous, next));
        return CostEstimator.assemble(scenario, plan, lines, flags, drivers);
    }

    /** Σ likely of a stage's traditional items under these drivers (R4), kept by what it depends on. */
    private BigDecimal sum(StageId stage, Drivers drivers, RateKey rates, Production plan, Memo previous, Memo next) {
        SumKey key = new SumKey(stage, rates, Drivers.inputsOf(stage, drivers));
        BigDecimal value = next.sums.get(key);
        if (value == null && previous != null) {
            value = previous.sums.get(key);
        }
        if (value == null) {
            value = estimator.traditionalLikely(new RateBook(estimator.library(), plan), drivers, stage);
        }
        next.sums.put(key, value);
        return value;
    }

    /**
     * What a scene contributes, kept for the scene object: the scene as the scenario plans it, its drivers, its
     * shots' flags, and its consent flags with the register and the live-faces rule they were made for.
     * {@code live} is made when first needed.
     */
    private record SceneMemo(Scene plan, Drivers.ScenePart part, Drivers.ScenePart live, List<RiskFlag> flags,
            Disclosure register, boolean liveFaces, List<RiskFlag> consents) {
        SceneMemo withLive(Drivers.ScenePart value) {
            return new SceneMemo(plan, part, value, flags, register, liveFaces, consents);
        }

        SceneMemo withConsents(Disclosure forRegister, boolean forLiveFaces, List<RiskFlag> value) {
            return new SceneMemo(plan, part, live, flags, forRegister, forLiveFaces, value);
        }
    }

    /** Everything a production's rates depend on besides the library: currency, exchange rates, overrides. */
    private record RateKey(Currency currency, ExchangeRates exchangeRates, List<List<RateOverride>> overrides) {
        static RateKey of(Production plan) {
            List<List<RateOverride>> overrides = new ArrayList<>(StageId.values().length);
            for (StagePlan stagePlan : plan.stages().values()) {
                overrides.add(stagePlan.rateOverrides());
            }
            return new RateKey(plan.currency(), plan.exchangeRates(), overrides);
        }
    }

    private record LineKey(StagePlan plan, RateKey rates, List<Object> inputs) {
    }

    private record LineMemo(LineKey key, StageLine line, List<String> missingIds, List<StageId> missingStages) {
    }

    private record SumKey(StageId stage, RateKey rates, List<Object> inputs) {
    }

    /** What one request kept, for the next; filled while the request runs, then only read. */
    private static final class Memo {
        final long request;
        final boolean animated;
        final boolean realistic;
        final Map<Scene, SceneMemo> scenes;
        final Map<StageId, LineMemo> lines = new EnumMap<>(StageId.class);
        final Map<SumKey, BigDecimal> sums = new HashMap<>();

        Memo(long request, boolean animated, boolean realistic, int sceneCount) {
            this.request = request;
            this.animated = animated;
            this.realistic = realistic;
            this.scenes = new IdentityHashMap<>(sceneCount * 2);
        }
    }
}
