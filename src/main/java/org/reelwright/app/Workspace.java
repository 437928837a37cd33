package org.reelwright.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.store.ProductionStore;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.WorkspaceException;

/**
 * The user's workspace as the window uses it: every production kept on disk, each edit written as it happens (only
 * what changed), automatic versions (on first start, on import, hourly while editing, before big changes) and named
 * ones, settings and recent files. Calls touch the disk: run them off the FX thread, one at a time, in order.
 */
public final class Workspace implements AutoCloseable {
    /**
     * A workspace just opened, with what the user must be told (e.g. a damaged database was set aside), each told in
     * the language the window speaks when it is shown (the remembered one, applied after the workspace opened).
     */
    public record Opened(Workspace workspace, List<Notice> notices) {
        public Opened {
            notices = List.copyOf(notices);
        }
    }

    /** Something the user must be told about the workspace, in their language. */
    @FunctionalInterface
    public interface Notice {
        String message(java.util.Locale locale);
    }

    /** Opens the workspace; supplied by Main, which knows where it lives and which store keeps it. */
    @FunctionalInterface
    public interface Opener {
        Opened open() throws WorkspaceException;
    }

    /** A production kept in the workspace, as the welcome screen lists it. */
    public record Kept(ProductionId id, String title, int scenes, int shots, Instant modified) {
    }

    /** One kept version of a production. */
    public record Version(long id, Instant taken, String label, boolean automatic, String summary) {
    }

    static final String LAST_PRODUCTION = "production.last";
    static final Duration HOURLY = Duration.ofHours(1);

    private final ProductionStore store;
    private final Clock clock;
    private final Map<ProductionId, Instant> lastAutomaticVersion = new HashMap<>();

    public Workspace(ProductionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The production to show at start: the one open when the app last stopped (also after a crash: it holds every
     * edit written), else the most recent, else — on first start — {@code firstStart}'s, stored and versioned.
     */
    public Production startProduction(Supplier<Production> firstStart, String firstVersionLabel)
            throws WorkspaceException {
        Optional<Production> last = store.setting(LAST_PRODUCTION).flatMap(id -> loadQuietly(id));
        if (last.isPresent()) {
            return last.get();
        }
        List<ProductionStore.Summary> all = store.list();
        if (!all.isEmpty()) {
            Production recent = store.load(all.get(0).id()).orElseThrow();
            store.putSetting(LAST_PRODUCTION, recent.id().toString());
            return recent;
        }
        Production first = firstStart.get();
        store.create(first);
        version(first, firstVersionLabel, true);
        store.putSetting(LAST_PRODUCTION, first.id().toString());
        return first;
    }

    /**
     * Keeps a production that came from outside (a file, the sample, an imported script) as a new one in the
     * workspace. A production already there keeps living as it is; the newcomer gets its own identity.
     *
     * @return the production as stored (possibly with a new id)
     */
    public Production adopt(Production production, String versionLabel) throws WorkspaceException {
        Production copy = store.load(production.id()).isPresent() ? production.withId(ProductionId.random())
                : production;
        store.create(copy);
        version(copy, versionLabel, true);
        store.putSetting(LAST_PRODUCTION, copy.id().toString());
        return copy;
    }

    public Production open(ProductionId id) throws WorkspaceException {
        Production p = store.load(id).orElseThrow(() -> new WorkspaceException(
                ProjectFileException.words("workspace.productionGone"), null));
        store.putSetting(LAST_PRODUCTION, id.toString());
        return p;
    }

    /**
     * Writes an edit: only what differs between {@code stored} (what the workspace holds) and {@code current}.
     * Once an hour of editing, keeps an automatic version too.
     */
    public void persist(Production stored, Production current, String hourlyLabel) throws WorkspaceException {
        store.update(stored, current);
        Instant last = lastAutomaticVersion.get(current.id());
        if (last != null && Duration.between(last, clock.instant()).compareTo(HOURLY) >= 0) {
            version(current, hourlyLabel, true);
        }
    }

    /** Keeps the production as it is now in its version history. */
    public Version version(Production production, String label, boolean automatic) throws WorkspaceException {
        ProductionStore.SnapshotInfo info = store.snapshot(production, label, automatic);
        if (automatic) {
            lastAutomaticVersion.put(production.id(), clock.instant());
        }
        return version(info);
    }

    /** The production's versions, newest first. */
    public List<Version> versions(ProductionId id) throws WorkspaceException {
        List<ProductionStore.SnapshotInfo> all = store.snapshots(id);
        all.stream().filter(ProductionStore.SnapshotInfo::automatic).map(ProductionStore.SnapshotInfo::taken)
                .max(Instant::compareTo).ifPresent(t -> lastAutomaticVersion.merge(id, t,
                        (a, b) -> a.isAfter(b) ? a : b));
        return all.stream().map(Workspace::version)
                .sorted(java.util.Comparator.comparing(Version::taken).reversed()).toList();
    }

    private static Version version(ProductionStore.SnapshotInfo info) {
        return new Version(info.id(), info.taken(), info.label(), info.automatic(), info.summary());
    }

    public Production loadVersion(long versionId) throws WorkspaceException {
        return store.loadSnapshot(versionId);
    }

    /** Every production kept, most recently changed first. */
    public List<Kept> productions() throws WorkspaceException {
        return store.list().stream().map(k -> new Kept(k.id(), k.title(), k.scenes(), k.shots(), k.modified()))
                .toList();
    }

    public void delete(ProductionId id) throws WorkspaceException {
        store.delete(id);
    }

    public Optional<String> setting(String key) throws WorkspaceException {
        return store.setting(key);
    }

    public void putSetting(String key, String value) throws WorkspaceException {
        store.putSetting(key, value);
    }

    public List<String> recentFiles() throws WorkspaceException {
        return store.recentFiles();
    }

    public void addRecentFile(String path) throws WorkspaceException {
        store.addRecentFile(path);
    }

    @Override
    public void close() throws WorkspaceException {
        store.close();
    }

    private Optional<Production> loadQuietly(String id) {
        try {
            return store.load(ProductionId.parse(id));
        } catch (WorkspaceException | RuntimeException e) {
            return Optional.empty(); // a stale setting: fall back to the list
        }
    }
}
