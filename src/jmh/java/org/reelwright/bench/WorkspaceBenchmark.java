package org.reelwright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.store.WorkspaceException;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.store.sqlite.SqliteWorkspace;

/**
 * Issue 6's bars for the workspace, on a real file with {@code synchronous=FULL} (every commit reaches the disk):
 * autosave of one edit (one shot changed) to a 10,000-shot production ≤ 20 ms; opening that production ≤ 0.5 s,
 * measured both as a load from an open workspace and as open-workspace + load + close. The files go to
 * {@code -Dreelwright.bench.dir} (default: the system temporary folder), which should be on the disk users have.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkspaceBenchmark {

    /** An open workspace holding one 10,000-shot production (500 scenes), and the version the store holds. */
    @State(Scope.Benchmark)
    public static class OpenWorkspace {
        Path folder;
        SqliteWorkspace workspace;
        Production stored;
        int edits;

        @Setup
        public void setUp() throws IOException, WorkspaceException {
            folder = benchFolder();
            workspace = SqliteWorkspace.open(folder, new JsonProductionFiles()).workspace();
            stored = SyntheticProductions.generate(500, 10_000, 1);
            workspace.create(stored);
        }

        @TearDown
        public void tearDown() throws IOException, WorkspaceException {
            workspace.close();
            deleteRecursively(folder);
        }
    }

    /** A closed workspace folder holding the same production, for the cold path: open, load, close. */
    @State(Scope.Benchmark)
    public static class ClosedWorkspace {
        Path folder;
        Production stored;

        @Setup
        public void setUp() throws IOException, WorkspaceException {
            folder = benchFolder();
            stored = SyntheticProductions.generate(500, 10_000, 1);
            try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, new JsonProductionFiles()).workspace()) {
                workspace.create(stored);
            }
        }

        @TearDown
        public void tearDown() throws IOException {
            deleteRecursively(folder);
        }
    }

    /** The edit the UI makes when a duration cell changes, then the autosave that follows it. */
    @Benchmark
    public Production autosaveOneShotEdit10kShots(OpenWorkspace state) throws WorkspaceException {
        int n = state.edits++;
        Production before = state.stored;
        Scene scene = before.scenes().get(n % before.scenes().size());
        Shot shot = scene.shots().get(n % scene.shots().size());
        double seconds = shot.durationSeconds() >= 599 ? 1 : shot.durationSeconds() + 0.5;
        Production after = before.withScene(scene.withShot(shot.withDurationSeconds(seconds)));
        state.workspace.update(before, after);
        state.stored = after;
        return after;
    }

    @Benchmark
    public Production load10kShots(OpenWorkspace state) throws WorkspaceException {
        return state.workspace.load(state.stored.id()).orElseThrow();
    }

    /** What a start does: lock, integrity check, schema check, then the production; and the close at exit. */
    @Benchmark
    public Production openWorkspaceAndLoad10kShots(ClosedWorkspace state) throws WorkspaceException {
        try (SqliteWorkspace workspace = SqliteWorkspace.open(state.folder, new JsonProductionFiles())
                .workspace()) {
            return workspace.load(state.stored.id()).orElseThrow();
        }
    }

    private static Path benchFolder() throws IOException {
        String base = System.getProperty("reelwright.bench.dir");
        return base == null ? Files.createTempDirectory("reelwright-bench-")
                : Files.createTempDirectory(Files.createDirectories(Path.of(base)), "reelwright-bench-");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
