package org.reelwright.benchmark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.reelwright.app.Planning;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;

/**
 * Every rule of the bundled library names the speaker its article really gives, in the paragraph it cites. The
 * articles are read in place from {@code ../shared/seeds} (next to the corpus folder the build passes as
 * {@code reelwright.corpus}); the tests that need them are skipped when the folder is absent.
 */
class RuleCitationTest {
    private static final String ARTICLE_000 = "000_ee575a59012efd73.txt";
    private static final String ARTICLE_003 = "003_0386283541de1618.txt";

    private static BenchmarkLibrary library;
    private static Set<String> knownNames;

    @BeforeAll
    static void load() throws Exception {
        library = Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
        knownNames = library.rules().stream().flatMap(r -> r.citations().stream())
                .filter(c -> !c.isNarration()).map(Citation::speaker).collect(Collectors.toCollection(TreeSet::new));
    }

    static Path seeds() {
        String corpus = System.getProperty("reelwright.corpus");
        Path dir = corpus != null ? Path.of(corpus).toAbsolutePath().normalize().getParent().resolve("seeds")
                : Path.of("..", "shared", "seeds");
        return dir;
    }

    private static Path articleOf(Source source) {
        String address = source.address();
        assertNotNull(address, source.id() + " has no address");
        assertTrue(address.startsWith("seeds/") && address.endsWith(".txt"), source.id()
                + " is not an article of the shared set: " + address);
        return seeds().resolve(address.substring("seeds/".length()));
    }

    private static ArticleAttribution article(String file) throws IOException {
        Path path = seeds().resolve(file);
        assumeTrue(Files.isRegularFile(path), "articles not found at " + path);
        return ArticleAttribution.read(path, knownNames);
    }

    @Test
    void everyRuleHasACitationWithSpeakerParagraphAndParaphrase() {
        assertAll(library.rules().stream().map(r -> () -> {
            assertFalse(r.citations().isEmpty(), r.id());
            for (Citation c : r.citations()) {
                assertTrue(r.sourceIds().contains(c.sourceId()), r.id() + " cites " + c.sourceId());
                assertTrue(c.paraphrase().length() <= 300, r.id() + ": keep the paraphrase short");
            }
        }));
    }

    @Test
    void everyCitationNamesTheSpeakerTheArticleGives() {
        assumeTrue(Files.isDirectory(seeds()), "articles not found at " + seeds());
        List<Executable> checks = new ArrayList<>();
        for (Rule r : library.rules()) {
            for (Citation c : r.citations()) {
                checks.add(() -> {
                    Path file = articleOf(library.source(c.sourceId()).orElseThrow());
                    Optional<String> problem = ArticleAttribution.read(file, knownNames).problem(c);
                    assertEquals(Optional.empty(), problem, r.id() + " (" + c.speaker() + ", " + file.getFileName()
                            + " paragraph " + c.paragraph() + ")");
                });
            }
        }
        assertAll(checks);
    }

    /** A quoted person's statement cites that person's source; narration cites no one the article quotes. */
    @Test
    void everyCitationsSourceIsTheSpeakers() {
        List<Executable> checks = new ArrayList<>();
        for (Rule r : library.rules()) {
            for (Citation c : r.citations()) {
                Source s = library.source(c.sourceId()).orElseThrow();
                if (c.isNarration()) {
                    checks.add(() -> assertFalse(s.speaker() != null && knownNames.contains(s.speaker()),
                            r.id() + ": narration must not cite the source of " + s.speaker()));
                } else {
                    checks.add(() -> assertTrue(c.speaker().equals(s.speaker())
                            || s.speaker() == null && s.publisher() != null && s.publisher().contains(c.speaker()),
                            r.id() + ": " + c.speaker() + " is cited through " + s.id() + " (" + s.speaker() + ")"));
                }
            }
        }
        assertAll(checks);
    }

    /** The misreading the audit found: the trailer part of A6 is the journalist's, not Bingliang Li's. */
    @Test
    void theCheckRejectsTheOldAttributionOfTheTrailerToBingliangLi() throws IOException {
        ArticleAttribution a000 = article(ARTICLE_000);
        assertTrue(a000.problem(new Citation("bingliang-li-interview", "Bingliang Li", 2, "trailers", "old A6"))
                .isPresent(), "the trailer sentence is outside Li's quotation");
        assertEquals(Optional.empty(), a000.problem(new Citation("collie-bingliang-li-story", Citation.NARRATION, 2,
                "trailers", "A6")));
        assertEquals(Optional.empty(), a000.problem(new Citation("bingliang-li-interview", "Bingliang Li", 2,
                "script analysis", "A6")));
        assertTrue(a000.problem(new Citation("collie-bingliang-li-story", Citation.NARRATION, 2, "script analysis",
                "Li's quotation is not narration")).isPresent());
    }

    @Test
    void theCheckRejectsAStudioStatementGivenToAPersonAndAWrongParagraph() throws IOException {
        ArticleAttribution a003 = article(ARTICLE_003);
        assertTrue(a003.problem(new Citation("filmart-2025-yu-zhixin", "Yu Zhixin", 14, "rendering", "old A4"))
                .isPresent(), "paragraph 14 credits the studio, not its producer");
        assertTrue(a003.problem(new Citation("filmart-2025-liu-baoyu", "Liu Baoyu", 11, "finetune", "Carpenter's"))
                .isPresent(), "\"he noted\" in paragraph 11 refers back to Carpenter");
        assertTrue(a003.problem(new Citation("filmart-2025-carpenter", "David Carpenter", 10, "50%", "x"))
                .isPresent(), "the anchor is in paragraph 9");
    }

    /** Each article of the set is cited by a rule, or the library's README says why it supports none. */
    @Test
    void everyArticleIsCitedOrExplained() throws IOException {
        assumeTrue(Files.isDirectory(seeds()), "articles not found at " + seeds());
        Set<String> cited = library.rules().stream().flatMap(r -> r.citations().stream())
                .map(c -> library.source(c.sourceId()).orElseThrow().address()).collect(Collectors.toSet());
        Path readme = Path.of("seeds", "benchmarks", "README.md");
        String words = Files.isRegularFile(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
        List<String> neither = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!cited.contains("seeds/" + name) && !words.contains(name)) {
                    neither.add(name);
                }
            }
        }
        assertEquals(List.of(), neither, "articles neither cited by a rule nor explained in seeds/benchmarks/README.md");
    }
}
