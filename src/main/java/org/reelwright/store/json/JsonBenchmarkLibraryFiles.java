package org.reelwright.store.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.reelwright.benchmark.Basis;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.benchmark.Citation;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.benchmark.Confidence;
import org.reelwright.benchmark.Rule;
import org.reelwright.benchmark.Source;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Money;
import org.reelwright.domain.StageId;
import org.reelwright.store.BenchmarkLibraryFiles;
import org.reelwright.store.ProjectFileException;

/** The benchmark library as JSON ({@code seeds/benchmarks/benchmarks.json}); see that folder's README. */
public final class JsonBenchmarkLibraryFiles implements BenchmarkLibraryFiles {
    private static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder(
                    JsonInput.boundedFactory(InputLimits.BENCHMARK_LIBRARY_BYTES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    record LibraryDto(Integer schemaVersion, String edition, List<SourceDto> sources, List<RuleDto> rules,
            List<BenchmarkDto> benchmarks) {
    }

    record SourceDto(String id, String title, String publisher, String speaker, String date, String address) {
    }

    record RuleDto(String id, String summary, List<String> stages, List<String> sources,
            List<CitationDto> citations) {
    }

    /** Where the rule's statement is made: {@code paragraph} counts blank-line-separated paragraphs from 1. */
    record CitationDto(String source, String speaker, Integer paragraph, String anchor, String paraphrase) {
    }

    record BenchmarkDto(String id, String label, String stage, String workflow, String unit, BigDecimal low,
            BigDecimal likely, BigDecimal high, String currency, Integer year, String confidence,
            List<String> sources, List<String> rules, String note) {
    }

    @Override
    public BenchmarkLibrary parse(byte[] content, String name) throws ProjectFileException {
        LibraryDto dto = JsonInput.readVersioned(mapper, content, name, LibraryDto.class, LibraryDto::schemaVersion,
                SCHEMA_VERSION);
        String where = "";
        try {
            List<Source> sources = new ArrayList<>();
            for (SourceDto s : list(dto.sources())) {
                where = "source " + InputLimits.quote(s.id());
                sources.add(new Source(s.id(), s.title(), s.publisher(), s.speaker(), s.date(), s.address()));
            }
            List<Rule> rules = new ArrayList<>();
            for (RuleDto r : list(dto.rules())) {
                where = "rule " + InputLimits.quote(r.id());
                List<Citation> citations = new ArrayList<>();
                for (CitationDto c : list(r.citations())) {
                    citations.add(new Citation(c.source(), c.speaker(), c.paragraph() == null ? 0 : c.paragraph(),
                            c.anchor(), c.paraphrase()));
                }
                rules.add(new Rule(r.id(), r.summary(), list(r.stages()).stream().map(StageId::fromId).toList(),
                        r.sources(), citations));
            }
            List<Benchmark> benchmarks = new ArrayList<>();
            for (BenchmarkDto b : list(dto.benchmarks())) {
                where = "benchmark " + InputLimits.quote(b.id());
                benchmarks.add(new Benchmark(b.id(), b.label(),
                        b.stage() == null || "any".equals(b.stage()) ? null : StageId.fromId(b.stage()),
                        Basis.fromId(b.workflow()), b.unit(), b.low(), b.likely(), b.high(),
                        b.currency() == null ? null : Money.currency(b.currency()),
                        b.year() == null ? 0 : b.year(), Confidence.fromId(b.confidence()), b.sources(), b.rules(),
                        b.note()));
            }
            where = "";
            return new BenchmarkLibrary(dto.edition(), sources, rules, benchmarks);
        } catch (InvalidInputException e) {
            throw new ProjectFileException(ProjectFileException.words("file.about", where.isEmpty() ? name
                    : ProjectFileException.words("file.atPath", name, where), e.phrase()), e);
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
