package org.reelwright.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.reelwright.domain.AiToolCategory;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.ExchangeRates;
import org.reelwright.domain.Genre;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Money;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.PayTerms;
import org.reelwright.domain.Phrase;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.VisualStyle;
import org.reelwright.domain.Workflow;
import org.reelwright.store.AtomicFiles;
import org.reelwright.store.ProductionCodec;
import org.reelwright.store.ProductionFiles;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.ProductionJson.DependencyDto;
import org.reelwright.store.json.ProductionJson.ProductionDto;
import org.reelwright.store.json.ProductionJson.RateOverrideDto;
import org.reelwright.store.json.ProductionJson.SceneDto;
import org.reelwright.store.json.ProductionJson.ShotDto;
import org.reelwright.store.json.ProductionJson.StagePlanDto;

/**
 * Project files as JSON ({@code .reelwright.json}). Reading goes in two passes: a tree pass that reports syntax
 * errors with line and column and checks {@code schemaVersion} before anything else (so a file from a newer
 * Reelwright says so instead of complaining about unknown fields), then a typed pass. Every error names the file and
 * the field path, e.g. {@code film.json, scenes[2].shots[0]: Shot 3A: duration must be …}.
 */
public final class JsonProductionFiles implements ProductionFiles, ProductionCodec {

    /** Version 1: the first release format. Bump it, and add a migration, when the shape changes. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public Production read(Path file) throws ProjectFileException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(words("file.about", file.toString(), words("file.noSuchFile")));
        } catch (IOException e) {
            throw new ProjectFileException(words("file.about", file.toString(),
                    words("file.cannotRead", String.valueOf(e.getMessage()))), e);
        }
        return parse(content, file.getFileName().toString());
    }

    @Override
    public Production parse(byte[] content, String name) throws ProjectFileException {
        if (content.length == 0) {
            throw new ProjectFileException(words("file.about", name, words("project.empty")));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(at(name, e.getLocation(),
                    words("json.invalid", String.valueOf(e.getOriginalMessage()))), e);
        } catch (IOException e) {
            throw new ProjectFileException(words("file.about", name,
                    words("file.cannotRead", String.valueOf(e.getMessage()))), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ProjectFileException(words("file.about", name, words("project.notObject")));
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ProjectFileException(words("file.about", name, words("project.noSchemaVersion")));
        }
        if (version.asInt() > SCHEMA_VERSION) {
            throw new ProjectFileException(words("file.about", name, words("project.newerSchema",
                    version.asInt(), SCHEMA_VERSION)));
        }
        if (version.asInt() < 1) {
            throw new ProjectFileException(words("file.about", name, words("project.badSchemaVersion",
                    version.asInt())));
        }
        ProductionDto dto;
        try {
            dto = mapper.readValue(content, ProductionDto.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ProjectFileException(at(name, e.getLocation(),
                    words("json.unknownField", String.valueOf(e.getPropertyName()), path(e))), e);
        } catch (JsonMappingException e) {
            throw new ProjectFileException(at(name, e.getLocation(),
                    words("json.wrongValue", path(e), String.valueOf(e.getOriginalMessage()))), e);
        } catch (IOException e) {
            throw new ProjectFileException(words("file.about", name,
                    words("file.cannotRead", String.valueOf(e.getMessage()))), e);
        }
        return new ToDomain(name).production(dto);
    }

    @Override
    public void write(Production production, Path file) throws ProjectFileException {
        byte[] bytes = toBytes(production);
        try {
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ProjectFileException(words("file.about", file.toString(),
                    words("file.notSaved", String.valueOf(e.getMessage()))), e);
        }
    }

    @Override
    public byte[] encode(Production production) {
        return toBytes(production);
    }

    @Override
    public Production decode(byte[] content, String displayName) throws ProjectFileException {
        return parse(content, displayName);
    }

    /** The file's bytes, for exports and for autosave comparison. */
    public byte[] toBytes(Production production) {
        try {
            return mapper.writeValueAsBytes(toDto(production));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a production could not be written as JSON", e);
        }
    }

    /** "name: line 3, column 7: what", or "name: what" when the parser knows no line. */
    private static Phrase at(String name, JsonLocation location, Phrase what) {
        if (location == null || location.getLineNr() < 1) {
            return words("file.about", name, what);
        }
        return words("file.atLineColumn", name, location.getLineNr(), location.getColumnNr(), what);
    }

    private static Phrase words(String key, Object... args) {
        return ProjectFileException.words(key, args);
    }

    /** The JSON path as {@code 'scenes[2].number'}, or the phrase "(top level)". */
    private static Object path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(ref.getFieldName());
            }
        }
        return b.length() == 0 ? words("json.topLevel") : "'" + b + "'";
    }

    private static ProductionDto toDto(Production p) {
        Map<String, java.math.BigDecimal> rates = new LinkedHashMap<>(p.exchangeRates().perUnit());
        List<String> days = p.workingDays().stream().sorted().map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
        List<StagePlanDto> stages = p.stages().values().stream().map(JsonProductionFiles::toDto).toList();
        List<SceneDto> scenes = p.scenes().stream().map(JsonProductionFiles::toDto).toList();
        List<DependencyDto> links = p.dependencies().stream()
                .map(d -> new DependencyDto(d.before().id(), d.after().id(), d.lagDays())).toList();
        // Author and draft date are written only when the script named them, so older files write back unchanged.
        return new ProductionDto(SCHEMA_VERSION, p.id().toString(), p.title(), p.logline(),
                p.author().isEmpty() ? null : p.author(), p.draftDate().isEmpty() ? null : p.draftDate(),
                p.genre().id(),
                p.visualStyle().id(), p.targetRuntimeMinutes(), p.currency().getCurrencyCode(), rates, p.startDate(),
                days, p.holidays(), p.contingencyPercent(), p.dubbingLanguages(), p.subtitleLanguages(),
                p.festivalSubmissions(), p.payModel() == PayModel.ALL_PAID ? null : p.payModel().id(), stages, links,
                scenes);
    }

    private static StagePlanDto toDto(StagePlan s) {
        List<RateOverrideDto> overrides = s.rateOverrides().stream()
                .map(o -> new RateOverrideDto(o.benchmarkId(), o.low(), o.likely(), o.high(), o.note())).toList();
        Map<String, String> pay = new LinkedHashMap<>();
        s.payTerms().overrides().forEach((category, term) -> pay.put(category.id(), term.id()));
        return new StagePlanDto(s.stage().id(), s.workflow().id(), s.aiTool() == null ? null : s.aiTool().id(),
                s.aiShare(), s.teamSize(), s.iterationAllowance(), s.realPerformerLikeness(), overrides, pay);
    }

    private static SceneDto toDto(Scene s) {
        List<ShotDto> shots = s.shots().stream().map(JsonProductionFiles::toDto).toList();
        return new SceneDto(s.id().toString(), s.number(), s.heading().intExt().id(), s.heading().location(),
                s.heading().timeOfDay().id(), s.lengthEighths(), s.characters(), s.synopsis(), shots);
    }

    private static ShotDto toDto(Shot s) {
        return new ShotDto(s.id().toString(), s.number(), s.description(), s.size().id(), s.movement().id(),
                s.durationSeconds(), s.vfx().id(), s.method().id(), s.realisticFaces(), s.notes());
    }

    /** Maps the file's DTOs to the domain, keeping the JSON path for every message. */
    private static final class ToDomain {
        private final String fileName;
        private String path = "";

        ToDomain(String fileName) {
            this.fileName = fileName;
        }

        Production production(ProductionDto d) throws ProjectFileException {
            try {
                List<StagePlanDto> stageDtos = d.stages() == null ? List.of() : d.stages();
                EnumMap<StageId, StagePlan> stages = new EnumMap<>(StageId.class);
                for (int i = 0; i < stageDtos.size(); i++) {
                    path = "stages[" + i + "]";
                    StagePlan plan = stage(require(stageDtos.get(i), ""));
                    if (stages.put(plan.stage(), plan) != null) {
                        throw new InvalidInputException("stage", words("project.stageTwice", plan.stage().id()));
                    }
                }
                List<SceneDto> sceneDtos = require(d.scenes(), "scenes");
                List<Scene> scenes = new ArrayList<>(sceneDtos.size());
                for (int i = 0; i < sceneDtos.size(); i++) {
                    scenes.add(scene(require(sceneDtos.get(i), ""), "scenes[" + i + "]"));
                }
                path = "";
                Set<DayOfWeek> days = d.workingDays() == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                        : EnumSet.noneOf(DayOfWeek.class);
                if (d.workingDays() != null) {
                    for (String day : d.workingDays()) {
                        days.add(dayOfWeek(day));
                    }
                }
                List<StageDependency> links = null;
                if (d.dependencies() != null) {
                    links = new ArrayList<>();
                    for (int i = 0; i < d.dependencies().size(); i++) {
                        path = "dependencies[" + i + "]";
                        DependencyDto link = require(d.dependencies().get(i), "");
                        links.add(new StageDependency(StageId.fromId(require(link.before(), "before")),
                                StageId.fromId(require(link.after(), "after")), orDefault(link.lagDays(), 0)));
                    }
                    path = "";
                }
                var currency = Money.currency(require(d.currency(), "currency"));
                return new Production(d.id() == null ? ProductionId.random() : ProductionId.parse(d.id()),
                        require(d.title(), "title"), d.logline(), Genre.fromId(require(d.genre(), "genre")),
                        VisualStyle.fromId(require(d.visualStyle(), "visualStyle")),
                        require(d.targetRuntimeMinutes(), "targetRuntimeMinutes"), currency,
                        new ExchangeRates(currency, d.exchangeRates()), require(d.startDate(), "startDate"), days,
                        d.holidays(), orDefault(d.contingencyPercent(), 10.0), d.dubbingLanguages(),
                        d.subtitleLanguages(), orDefault(d.festivalSubmissions(), 0), scenes, stages, links,
                        d.payModel() == null ? PayModel.ALL_PAID : PayModel.fromId(d.payModel()), d.author(),
                        d.draftDate());
            } catch (InvalidInputException e) {
                throw new ProjectFileException(words("file.about",
                        path.isEmpty() ? fileName : words("file.atPath", fileName, path), e.phrase()), e);
            }
        }

        private Scene scene(SceneDto d, String scenePath) {
            path = scenePath;
            List<ShotDto> shotDtos = d.shots() == null ? List.of() : d.shots();
            List<Shot> shots = new ArrayList<>(shotDtos.size());
            for (int i = 0; i < shotDtos.size(); i++) {
                path = scenePath + ".shots[" + i + "]";
                shots.add(shot(require(shotDtos.get(i), "")));
            }
            path = scenePath;
            SceneHeading heading = new SceneHeading(IntExt.fromId(require(d.intExt(), "intExt")),
                    require(d.location(), "location"), TimeOfDay.fromId(require(d.timeOfDay(), "timeOfDay")));
            return new Scene(id(d.id(), SceneId::parse, SceneId::random), require(d.number(), "number"), heading,
                    require(d.lengthEighths(), "lengthEighths"), d.characters(), d.synopsis(), shots);
        }

        private Shot shot(ShotDto d) {
            return new Shot(id(d.id(), ShotId::parse, ShotId::random), require(d.number(), "number"),
                    d.description(), d.size() == null ? ShotSize.WIDE : ShotSize.fromId(d.size()),
                    d.movement() == null ? CameraMovement.STATIC : CameraMovement.fromId(d.movement()),
                    require(d.durationSeconds(), "durationSeconds"),
                    d.vfx() == null ? VfxLevel.NONE : VfxLevel.fromId(d.vfx()),
                    ProductionMethod.fromId(require(d.method(), "method")), orDefault(d.realisticFaces(), true),
                    d.notes());
        }

        private StagePlan stage(StagePlanDto d) {
            StageId stage = StageId.fromId(require(d.stage(), "stage"));
            List<RateOverride> overrides = new ArrayList<>();
            if (d.rateOverrides() != null) {
                for (RateOverrideDto o : d.rateOverrides()) {
                    overrides.add(new RateOverride(require(o, "rateOverrides").benchmark(), o.low(), o.likely(),
                            o.high(), o.note()));
                }
            }
            EnumMap<PayCategory, PayTerm> pay = new EnumMap<>(PayCategory.class);
            if (d.payTerms() != null) {
                d.payTerms().forEach((category, term) -> pay.put(PayCategory.fromId(category),
                        PayTerm.fromId(require(term, "payTerms." + category))));
            }
            return new StagePlan(stage, Workflow.fromId(require(d.workflow(), "workflow")),
                    d.aiTool() == null ? AiToolCategory.defaultFor(stage) : AiToolCategory.fromId(d.aiTool()),
                    orDefault(d.aiShare(), StagePlan.DEFAULT_AI_SHARE), orDefault(d.teamSize(), 1),
                    orDefault(d.iterationAllowance(), 0.0), orDefault(d.realPerformerLikeness(), false), overrides,
                    new PayTerms(pay));
        }

        private <T> T require(T value, String field) {
            if (value == null) {
                String where = path.isEmpty() ? field : field.isEmpty() ? path : path + "." + field;
                throw new InvalidInputException(field, words("json.missingField", where));
            }
            return value;
        }

        private static <T> T orDefault(T value, T fallback) {
            return value == null ? fallback : value;
        }

        private static <I> I id(String text, Function<String, I> parse, java.util.function.Supplier<I> fresh) {
            return text == null ? fresh.get() : parse.apply(text);
        }

        private static DayOfWeek dayOfWeek(String text) {
            try {
                return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("workingDays", words("project.unknownWorkingDay", String.valueOf(text)));
            }
        }
    }
}
