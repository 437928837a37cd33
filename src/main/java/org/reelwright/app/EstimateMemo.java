package org.reelwright.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Scenario;

/**
 * The last few estimates, found by the production object they were made of. Productions are immutable, so the same
 * object always estimates the same; after an edit every panel asks about the same new object, and all but the
 * first get the answer without recomputing. Identity, not equality, keeps the look-up free for 10,000 shots.
 */
final class EstimateMemo {
    private static final int KEPT = 12;

    /** A production by identity, under a scenario. */
    private static final class Key {
        private final Production production;
        private final Scenario scenario;

        Key(Production production, Scenario scenario) {
            this.production = production;
            this.scenario = scenario;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.production == production && k.scenario == scenario;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(production) * 31 + scenario.hashCode();
        }
    }

    private final Map<Key, Estimate> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Estimate> eldest) {
            return size() > KEPT;
        }
    };

    /** The remembered estimate, or a new one made (outside the lock: estimating may take a while). */
    Estimate get(Production production, Scenario scenario, BiFunction<Production, Scenario, Estimate> estimate) {
        Key key = new Key(production, scenario);
        synchronized (kept) {
            Estimate known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        Estimate made = estimate.apply(production, scenario);
        synchronized (kept) {
            kept.put(key, made);
        }
        return made;
    }
}
