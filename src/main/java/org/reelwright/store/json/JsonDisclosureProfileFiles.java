package org.reelwright.store.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.report.DisclosureProfile;
import org.reelwright.store.DisclosureProfileFiles;
import org.reelwright.store.ProjectFileException;

/**
 * A disclosure profile as JSON ({@code seeds/disclosure/*.json}; the folder's README describes the fields). Read
 * with the benchmark library's input budget: a profile is a small file.
 */
public final class JsonDisclosureProfileFiles implements DisclosureProfileFiles {
    private static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder(
                    JsonInput.boundedFactory(InputLimits.BENCHMARK_LIBRARY_BYTES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    record ProfileDto(Integer schemaVersion, String id, Map<String, String> name, Map<String, String> intro,
            List<RequirementDto> requirements, List<SourceDto> sources) {
    }

    record RequirementDto(String id, Map<String, String> text, String answer, Map<String, String> template,
            List<String> sources) {
    }

    record SourceDto(String id, String title, String address, String read, String confidence) {
    }

    @Override
    public DisclosureProfile parse(byte[] content, String name) throws ProjectFileException {
        ProfileDto dto = JsonInput.readVersioned(mapper, content, name, ProfileDto.class, ProfileDto::schemaVersion,
                SCHEMA_VERSION);
        try {
            List<DisclosureProfile.ProfileSource> sources = new ArrayList<>();
            for (SourceDto s : list(dto.sources())) {
                sources.add(new DisclosureProfile.ProfileSource(s.id(), s.title() == null ? "" : s.title(),
                        s.address(), LocalDate.parse(String.valueOf(s.read())),
                        s.confidence() == null ? "" : s.confidence()));
            }
            List<DisclosureProfile.Requirement> requirements = new ArrayList<>();
            for (RequirementDto r : list(dto.requirements())) {
                requirements.add(new DisclosureProfile.Requirement(r.id(), map(r.text()),
                        DisclosureProfile.Answer.fromId(r.answer()), map(r.template()), list(r.sources())));
            }
            return new DisclosureProfile(dto.id(), map(dto.name()), map(dto.intro()), requirements, sources);
        } catch (InvalidInputException e) {
            throw new ProjectFileException(ProjectFileException.words("file.about", name, e.phrase()), e);
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw new ProjectFileException(ProjectFileException.words("file.about", name,
                    ProjectFileException.words("file.cannotRead", String.valueOf(e.getMessage()))), e);
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static Map<String, String> map(Map<String, String> values) {
        return values == null ? Map.of() : values;
    }
}
