package org.reelwright.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reelwright.domain.InvalidInputException;

/**
 * The benchmark library: rates, the rules from the articles, and their sources. Invariants, checked at
 * construction: ids are unique; every source and rule a benchmark or rule cites exists. Nothing in Reelwright shows
 * a figure that does not come from here (or from a user override of an entry here).
 */
public final class BenchmarkLibrary {
    private final String edition;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, Benchmark> benchmarks = new LinkedHashMap<>();

    public BenchmarkLibrary(String edition, Collection<Source> sources, Collection<Rule> rules,
            Collection<Benchmark> benchmarks) {
        this.edition = edition == null ? "" : edition;
        for (Source s : sources) {
            if (this.sources.put(s.id(), s) != null) {
                throw new InvalidInputException("sources", ValidationWords.about("library", null,
                        "library.sourceTwice", s.id()));
            }
        }
        for (Rule r : rules) {
            checkSources(ValidationWords.phrase("subject.rule", r.id()), r.sourceIds());
            if (this.rules.put(r.id(), r) != null) {
                throw new InvalidInputException("rules", ValidationWords.about("library", null, "library.ruleTwice",
                        r.id()));
            }
        }
        for (Benchmark b : benchmarks) {
            checkSources(ValidationWords.phrase("subject.benchmark", b.id()), b.sourceIds());
            for (String rule : b.ruleIds()) {
                if (!this.rules.containsKey(rule)) {
                    throw new InvalidInputException("rules", ValidationWords.about("benchmark", b.id(),
                            "library.unknownRule", rule));
                }
            }
            if (this.benchmarks.put(b.id(), b) != null) {
                throw new InvalidInputException("benchmarks", ValidationWords.about("library", null,
                        "library.benchmarkTwice", b.id()));
            }
        }
    }

    public String edition() {
        return edition;
    }

    /**
     * This library with its labels, notes, shown units and rule summaries in the language of {@code locale}, from the
     * overlay {@code library_<locale>.properties} (see {@link LibraryTranslation}); ids, figures, years, confidence,
     * currencies and sources are this library's, so rate overrides and the estimator read both alike. A locale
     * without an overlay gets this library itself; a word the overlay lacks stays in English.
     */
    public BenchmarkLibrary localized(java.util.Locale locale) {
        return LibraryTranslation.of(locale).map(words -> new BenchmarkLibrary(edition, sources.values(),
                rules.values().stream().map(words::translate).toList(),
                benchmarks.values().stream().map(words::translate).toList())).orElse(this);
    }

    public Optional<Benchmark> benchmark(String id) {
        return Optional.ofNullable(benchmarks.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Collection<Benchmark> benchmarks() {
        return java.util.Collections.unmodifiableCollection(benchmarks.values());
    }

    public Collection<Rule> rules() {
        return java.util.Collections.unmodifiableCollection(rules.values());
    }

    public Collection<Source> sources() {
        return java.util.Collections.unmodifiableCollection(sources.values());
    }

    /** The sources a benchmark rests on: its own, then those of the rules it cites. */
    public List<Source> sourcesOf(Benchmark benchmark) {
        List<Source> result = new ArrayList<>();
        for (String id : benchmark.sourceIds()) {
            result.add(sources.get(id));
        }
        for (String ruleId : benchmark.ruleIds()) {
            for (String id : rules.get(ruleId).sourceIds()) {
                Source s = sources.get(id);
                if (!result.contains(s)) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    private void checkSources(org.reelwright.domain.Phrase subject, List<String> ids) {
        for (String id : ids) {
            if (!sources.containsKey(id)) {
                throw new InvalidInputException("sources", ValidationWords.phrase("subject.about", subject,
                        ValidationWords.phrase("library.unknownSource", id)));
            }
        }
    }
}
