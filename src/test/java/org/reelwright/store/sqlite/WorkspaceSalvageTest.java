package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.store.ProductionStore.SnapshotInfo;
import org.sqlite.SQLiteConfig;

/**
 * Repair keeps everything readable (issue 15, item 1): a small real workspace — the sample with edits after its
 * last saved version, and a second production spread over several pages — is damaged one page at a time, every page
 * of it, and then in a few other ways. Each time the workspace must open; the damaged file must be kept as it was;
 * a production whose own table pages are intact must come back with every change, even those made after its last
 * saved version; one whose pages were hit must come back as its newest saved version that can still be read (or,
 * with none, as much of its rows as could be read); and the notice must say so in English and Chinese, without
 * SQLite's words.
 */
class WorkspaceSalvageTest {
    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private static final ProductionId SECOND = ProductionId.parse("7b0d6a43-6f1e-4b8a-9c1d-2e3f4a5b6c7d");

    @TempDir
    static Path scratch;
    private static Path built;

    private static byte[] clean;
    private static int pageSize;
    /** Page number to the table or index it belongs to, as SQLite's dbstat table tells it. */
    private static final Map<Integer, String> OWNER = new HashMap<>();
    /** The state each production was left in: what a repair must give back when its pages are intact. */
    private static final Map<ProductionId, Production> LATEST = new LinkedHashMap<>();
    /** Each production's saved versions, newest first. */
    private static final Map<ProductionId, List<SnapshotInfo>> VERSIONS = new HashMap<>();

    @BeforeAll
    static void buildASmallRealWorkspace() throws Exception {
        Production sample = WorkspaceFixtures.sample();
        Production second = WorkspaceFixtures.synthetic(12, 160, 42, SECOND);
        built = scratch.resolve("built");
        try (SqliteWorkspace workspace = SqliteWorkspace.open(built, WorkspaceFixtures.CODEC,
                new WorkspaceFixtures.SteppingClock(START)).workspace()) {
            workspace.create(sample);
            workspace.snapshot(sample, "first", true);
            Production edited = sample;
            for (SampleEdits.Edit edit : SampleEdits.all().subList(0, 6)) {
                edited = apply(workspace, edited, edit);
            }
            workspace.snapshot(edited, "after the shot edits", false);
            for (SampleEdits.Edit edit : SampleEdits.all().subList(6, 12)) {
                edited = apply(workspace, edited, edit);
            }
            workspace.create(second);
            workspace.snapshot(second, "imported", true);
            Production secondEdited = second.withTitle("The second film, retitled after its version");
            workspace.update(second, secondEdited);
            workspace.putSetting("ui.theme", "dark");
            workspace.addRecentFile("/films/salt.reelwright.json");
            LATEST.put(sample.id(), edited);
            LATEST.put(SECOND, secondEdited);
            for (ProductionId id : LATEST.keySet()) {
                VERSIONS.put(id, workspace.snapshots(id));
            }
        }
        Path database = built.resolve(SqliteWorkspace.DATABASE_FILE);
        clean = Files.readAllBytes(database);
        try (Connection c = new SQLiteConfig().createConnection(DamagedDatabase.url(database));
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA page_size")) {
                r.next();
                pageSize = r.getInt(1);
            }
            try (ResultSet r = s.executeQuery("SELECT pageno, name FROM dbstat")) {
                while (r.next()) {
                    OWNER.put(r.getInt(1), r.getString(2));
                }
            }
        }
        assertEquals(0, clean.length % pageSize);
    }

    private static Production apply(SqliteWorkspace workspace, Production before, SampleEdits.Edit edit)
            throws Exception {
        Production after = edit.apply().apply(before);
        workspace.update(before, after);
        return after;
    }

    @Test
    void everyPageDamagedInTurnStillOpensAndKeepsWhatIsReadable() throws Exception {
        int pages = clean.length / pageSize;
        assertTrue(pages >= 20 && pages <= 200, pages + " pages: not a small real workspace");
        List<String> failures = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            Random random = new Random(page);
            check(page, "random bytes", n -> {
                byte[] junk = new byte[n];
                random.nextBytes(junk);
                return junk;
            }, failures);
        }
        assertEquals(List.of(), failures, failures.size() + " of " + pages + " pages");
    }

    @Test
    void otherKindsOfDamageOnTheFirstPageOfEveryTableAndIndex() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> firstPageOf = new LinkedHashMap<>();
        OWNER.forEach((page, owner) -> firstPageOf.merge(owner, page, Math::min));
        int kind = 0;
        for (int page : firstPageOf.values()) {
            // One kind of damage per table or index, in turn, to keep the test short.
            switch (kind++ % 3) {
                case 0 -> check(page, "zeros", byte[]::new, failures);
                case 1 -> check(page, "0xFF", n -> filled(n, (byte) 0xFF), failures);
                default -> check(page, "a leaf header over garbage", n -> {
                    byte[] junk = filled(n, (byte) 0x41);
                    junk[page == 1 ? 100 : 0] = 0x0D;
                    return junk;
                }, failures);
            }
        }
        assertEquals(List.of(), failures, failures.size() + " cases");
    }

    @Test
    void theLastHalfOfTheFileCutOffStillOpens() throws Exception {
        List<String> failures = new ArrayList<>();
        int pages = clean.length / pageSize;
        Path folder = scratch.resolve("truncated");
        Files.createDirectories(folder);
        Files.write(folder.resolve(SqliteWorkspace.DATABASE_FILE), Arrays.copyOf(clean, pages / 2 * pageSize));
        verify(folder, 0, "truncated to " + pages / 2 + " pages", failures);
        assertEquals(List.of(), failures);
    }

    private static byte[] filled(int n, byte value) {
        byte[] bytes = new byte[n];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private void check(int page, String how, IntFunction<byte[]> junk, List<String> failures) throws Exception {
        Path folder = scratch.resolve("page-" + page + "-" + how.replace(' ', '-'));
        Files.createDirectories(folder);
        Path database = folder.resolve(SqliteWorkspace.DATABASE_FILE);
        Files.write(database, clean);
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.seek((long) (page - 1) * pageSize);
            file.write(junk.apply(pageSize));
        }
        verify(folder, page, how, failures);
    }

    /** Opens the damaged workspace and checks what came back; a broken promise is added to {@code failures}. */
    private void verify(Path folder, int page, String how, List<String> failures) throws Exception {
        String what = "page " + page + " (" + OWNER.getOrDefault(page, "unused") + ") overwritten with " + how;
        Path database = folder.resolve(SqliteWorkspace.DATABASE_FILE);
        byte[] damaged = Files.readAllBytes(database);
        Map<ProductionId, Optional<Production>> newestReadableVersion = new HashMap<>();
        for (ProductionId id : LATEST.keySet()) {
            newestReadableVersion.put(id, newestReadableVersion(database, id));
        }
        OpenedWorkspace opened;
        try {
            opened = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC,
                    new WorkspaceFixtures.SteppingClock(START.plusSeconds(86_400)));
        } catch (Exception | AssertionError e) {
            failures.add(what + ": the workspace did not open: " + e);
            return;
        }
        try (SqliteWorkspace workspace = opened.workspace()) {
            if (opened.notices().isEmpty()) {
                // SQLite saw no damage (a page no table uses): everything must be there as it was.
                for (Production latest : LATEST.values()) {
                    if (!Optional.of(latest).equals(workspace.load(latest.id()))) {
                        failures.add(what + ": no notice, but " + latest.title() + " changed");
                    }
                }
                return;
            }
            StartupNotice notice = opened.notices().get(0);
            if (!Arrays.equals(damaged, Files.readAllBytes(notice.setAside()))) {
                failures.add(what + ": the damaged file was not kept as it was");
            }
            boolean schemaIntact = page != 0;
            for (Production latest : LATEST.values()) {
                Optional<Production> restored = workspace.load(latest.id());
                Optional<StartupNotice.Recovered> told = notice.recovered().stream()
                        .filter(r -> r.title().equals(restored.map(Production::title).orElse(null))).findFirst();
                boolean ownPagesIntact = schemaIntact && ownPagesIntact(page);
                Optional<Production> version = newestReadableVersion.get(latest.id());
                if (ownPagesIntact) {
                    if (!Optional.of(latest).equals(restored)) {
                        failures.add(what + ": its own pages were intact, but " + latest.title() + " came back "
                                + (restored.isEmpty() ? "not at all" : "different"));
                    } else if (told.isEmpty() || told.get().source() != StartupNotice.Source.LATEST) {
                        failures.add(what + ": the notice does not say " + latest.title() + " came back whole");
                    }
                } else if (restored.isPresent() && restored.equals(Optional.of(latest))) {
                    // Its rows were hit but all still readable (the damage was elsewhere on the page's b-tree).
                    continue;
                } else if (version.isPresent()) {
                    if (!version.equals(restored)) {
                        failures.add(what + ": " + latest.title() + " did not come back as its newest readable"
                                + " version but " + restored.map(Production::title) + "; " + notice.recovered()
                                + notice.notRestored());
                    } else if (told.isEmpty() || told.get().source() != StartupNotice.Source.SAVED_VERSION) {
                        failures.add(what + ": the notice does not say " + latest.title() + " came from a version");
                    }
                } else if (restored.isPresent() && (told.isEmpty()
                        || told.get().source() != StartupNotice.Source.INCOMPLETE)) {
                    failures.add(what + ": " + latest.title() + " came back in part, and the notice does not say so");
                }
            }
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String message = notice.message(locale);
                if (!message.contains(notice.setAside().toString())) {
                    failures.add(what + ": the notice does not say where the damaged file is kept: " + message);
                }
                for (String title : notice.restored()) {
                    if (!message.contains(title)) {
                        failures.add(what + ": the notice does not name " + title + ": " + message);
                    }
                }
                for (String internal : List.of("SQLITE", "sqlite", "malformed", "JDBC", "btree", "Page ")) {
                    if (message.contains(internal)) {
                        failures.add(what + ": the notice shows SQLite's words: " + message);
                    }
                }
            }
            if (!workspace.integrityCheck().equals(List.of("ok"))) {
                failures.add(what + ": the repaired workspace is not healthy");
            }
        } catch (Exception | AssertionError e) {
            failures.add(what + ": " + e);
        }
    }

    /** Whether the page belongs to no production table (an index, the history, settings or an unused page). */
    private static boolean ownPagesIntact(int page) {
        return !DamagedDatabase.PRODUCTION_TABLES.contains(OWNER.get(page));
    }

    /** The newest saved version of the production that SQLite still reads from the damaged file, looked up by id. */
    private static Optional<Production> newestReadableVersion(Path database, ProductionId id) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = readOnly.createConnection(DamagedDatabase.url(database))) {
            VersionHistory history = new VersionHistory(c, WorkspaceFixtures.CODEC);
            for (SnapshotInfo info : VERSIONS.get(id)) {
                try {
                    Optional<VersionHistory.StoredSnapshot> stored = history.find(info.id());
                    if (stored.isPresent()) {
                        return Optional.of(history.decode(stored.get()));
                    }
                } catch (Exception e) {
                    // That version is on a damaged page; try the one before.
                }
            }
        } catch (Exception e) {
            // Not even a database any more.
        }
        return Optional.empty();
    }

    @Test
    void theWorkspaceHasEveryTableOnPagesOfItsOwn() {
        for (String table : DamagedDatabase.PRODUCTION_TABLES) {
            assertTrue(OWNER.containsValue(table), table);
        }
        assertTrue(OWNER.containsValue("snapshot"));
        assertTrue(OWNER.values().stream().filter("shot"::equals).count() > 2, "the shots span several pages");
    }
}
