package org.reelwright.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.JsonProductionFiles;

/** The productions and the clock the workspace tests share: the bundled sample, seeded synthetic ones. */
final class WorkspaceFixtures {
    static final JsonProductionFiles CODEC = new JsonProductionFiles();

    private WorkspaceFixtures() {
    }

    /**
     * The schema versions this build ships, in order, read from its migration files (not a literal, so the list
     * follows when another branch's migration is merged in): what a fresh or upgraded workspace has applied.
     */
    static java.util.List<String> shippedVersions() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(WorkspaceFixtures.class
                .getResource("/org/reelwright/store/sqlite/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().map(String::valueOf)
                    .toList();
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("the migration files could not be listed", e);
        }
    }

    static Production sample() {
        try (InputStream in = WorkspaceFixtures.class.getResourceAsStream(ProductionDocuments.SAMPLE_RESOURCE)) {
            return CODEC.parse(in.readAllBytes(), "sample-scifi-short.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A synthetic production whose own id is fixed too, so that it is the same value every time. */
    static Production synthetic(int scenes, int shots, long seed, ProductionId id) {
        return withId(SyntheticProductions.generate(scenes, shots, seed), id);
    }

    static Production withId(Production p, ProductionId id) {
        return new Production(id, p.title(), p.logline(), p.genre(), p.visualStyle(), p.targetRuntimeMinutes(),
                p.currency(), p.exchangeRates(), p.startDate(), p.workingDays(), p.holidays(),
                p.contingencyPercent(), p.dubbingLanguages(), p.subtitleLanguages(), p.festivalSubmissions(),
                p.scenes(), p.stages(), p.dependencies());
    }

    /** A clock that moves one second forward each time it is read, so every write has its own time. */
    static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        @Override
        public synchronized Instant instant() {
            Instant current = now;
            now = now.plus(Duration.ofSeconds(1));
            return current;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
