package org.reelwright.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reelwright.app.EditHistory;
import org.reelwright.app.Edits;
import org.reelwright.app.Planning;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.domain.Production;
import org.reelwright.domain.Shot;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.scenes.ScenesViewModel;

/**
 * What one cell edit costs the Scenes & shots panel with 10,000 shots, before JavaFX paints: the edit applied and
 * recorded for undo, the table's rows rebuilt, and the flags estimated again (done on the FX thread here, so the
 * figure is an upper bound of the frame's share). PRODUCT.md: an edit repaints within one frame (16 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShotEditBenchmark {
    private SimpleObjectProperty<Production> production;
    private EditHistory history;
    private List<Shot> shots;
    private int next;

    @Setup
    public void setUp() throws Exception {
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        production = new SimpleObjectProperty<>(SyntheticProductions.generate(500, 10_000, 1));
        history = new EditHistory();
        new ScenesViewModel(() -> planning, BackgroundWork.sameThread(), new Messages(Locale.ENGLISH), production,
                edit -> history.apply(production.get(), edit).ifPresent(e -> production.set(e.after())));
        shots = production.get().scenes().stream().flatMap(s -> s.shots().stream()).toList();
    }

    /** One shot's duration typed in the table: the whole model-side round trip of the edit. */
    @Benchmark
    public Production editOneShotOf10k() {
        Shot shot = shots.get(next++ % shots.size());
        Shot current = production.get().sceneOf(shot.id()).orElseThrow().shot(shot.id()).orElseThrow();
        double seconds = current.durationSeconds() >= 20 ? 5 : current.durationSeconds() + 1;
        history.apply(production.get(), Edits.changeShot(current.withDurationSeconds(seconds), "duration"))
                .ifPresent(e -> production.set(e.after()));
        return production.get();
    }
}
