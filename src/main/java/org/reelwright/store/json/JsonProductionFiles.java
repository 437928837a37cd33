package org.reelwright.store.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.reelwright.domain.AiContribution;
import org.reelwright.domain.AiUseKey;
import org.reelwright.domain.CommercialUse;
import org.reelwright.domain.ConsentId;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Likeness;
import org.reelwright.domain.AiToolCategory;
import org.reelwright.domain.BoardDay;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.CrewMember;
import org.reelwright.domain.Department;
import org.reelwright.domain.ExchangeRates;
import org.reelwright.domain.Genre;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Money;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.PayTerms;
import org.reelwright.domain.Performer;
import org.reelwright.domain.Phrase;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootLocation;
import org.reelwright.domain.ShootPlan;
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
import org.reelwright.store.json.ProductionJson.BoardDayDto;
import org.reelwright.store.json.ProductionJson.ConsentDto;
import org.reelwright.store.json.ProductionJson.CrewMemberDto;
import org.reelwright.store.json.ProductionJson.DependencyDto;
import org.reelwright.store.json.ProductionJson.DisclosureDto;
import org.reelwright.store.json.ProductionJson.DisclosureEntryDto;
import org.reelwright.store.json.ProductionJson.LocationDto;
import org.reelwright.store.json.ProductionJson.PerformerDto;
import org.reelwright.store.json.ProductionJson.ShootPlanDto;
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

    private final ObjectMapper mapper = JsonMapper.builder(JsonInput.boundedFactory(InputLimits.PROJECT_FILE_BYTES))
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // 1.5 in a whole-number field is an error, not 1.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public Production read(Path file) throws ProjectFileException {
        byte[] content;
        try {
            content = InputLimits.readFile(file, InputLimits.PROJECT_FILE_BYTES);
        } catch (InputLimits.FileRefused e) {
            throw new ProjectFileException(words("file.about", file.toString(), switch (e.reason()) {
                case NO_SUCH_FILE -> words("file.noSuchFile");
                case TOO_LARGE -> tooLarge(e.size());
                default -> e.phrase();
            }), e);
        }
        return parse(content, String.valueOf(file.getFileName()));
    }

    @Override
    public Production parse(byte[] content, String name) throws ProjectFileException {
        if (content.length > InputLimits.PROJECT_FILE_BYTES) {
            throw new ProjectFileException(words("file.about", name, tooLarge(content.length)));
        }
        if (content.length == 0) {
            throw new ProjectFileException(words("file.about", name, words("project.empty")));
        }
        // First a streaming pass that builds nothing: syntax, the input budget, and the schema version before
        // anything else (so a file from a newer Reelwright says so instead of complaining about unknown fields).
        JsonInput.Version version = JsonInput.scan(mapper.getFactory(), content, name, JsonProductionFiles::limit,
                "shots", InputLimits.SHOTS);
        checkVersion(version, name);
        ProductionDto dto;
        try {
            dto = mapper.readValue(content, ProductionDto.class);
        } catch (JsonMappingException e) {
            throw new ProjectFileException(JsonInput.mappingFailure(name, e), e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(JsonInput.readFailure(name, e), e);
        } catch (IOException e) {
            throw new ProjectFileException(words("file.about", name,
                    words("file.cannotRead", String.valueOf(e.getMessage()))), e);
        }
        return new ToDomain(name).production(dto);
    }

    /** The most entries a list (or object) under this field may hold; see {@link InputLimits}. */
    private static int limit(String field) {
        return switch (field) {
            case "scenes" -> InputLimits.SCENES;
            case "shots" -> InputLimits.SHOTS;
            case "holidays" -> InputLimits.HOLIDAYS;
            case "dubbingLanguages", "subtitleLanguages" -> InputLimits.LANGUAGES;
            case "rateOverrides" -> InputLimits.RATE_OVERRIDES;
            case "entries", "shotIds" -> InputLimits.SHOTS + StageId.values().length;
            case "cast", "crew", "locations", "board" -> InputLimits.SHOOT_PLAN_ENTRIES;
            case "strips" -> InputLimits.SCENES;
            case "unavailableDates", "availableDates" -> InputLimits.HOLIDAYS;
            default -> InputLimits.LIST_ENTRIES;
        };
    }

    /** A whole number from 1 to {@link #SCHEMA_VERSION}; 1.5, 1e20 or "1" are not versions. */
    private static void checkVersion(JsonInput.Version version, String name) throws ProjectFileException {
        if (version == null || version.token() == JsonToken.VALUE_NULL) {
            throw new ProjectFileException(words("file.about", name, words("project.noSchemaVersion")));
        }
        String text = InputLimits.quote(version.token() == JsonToken.VALUE_STRING ? "\"" + version.text() + "\""
                : version.text());
        if (version.token() != JsonToken.VALUE_NUMBER_INT) {
            throw new ProjectFileException(words("file.about", name, words("project.badSchemaVersion", text)));
        }
        BigInteger number = new BigInteger(version.text());
        if (number.compareTo(BigInteger.valueOf(SCHEMA_VERSION)) > 0) {
            throw new ProjectFileException(words("file.about", name, words("project.newerSchema", text,
                    SCHEMA_VERSION)));
        }
        if (number.signum() <= 0) {
            throw new ProjectFileException(words("file.about", name, words("project.badSchemaVersion", text)));
        }
    }

    private static Phrase tooLarge(long size) {
        return words("project.tooLarge", InputLimits.megabytes(size),
                InputLimits.wholeMegabytes(InputLimits.PROJECT_FILE_BYTES));
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

    private static Phrase words(String key, Object... args) {
        return ProjectFileException.words(key, args);
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
                p.visualStyle().id(), p.targetRuntimeMinutes(), p.currency().getCurrencyCode(), rates,
                p.startDate().toString(), days, p.holidays().stream().map(LocalDate::toString).toList(),
                p.contingencyPercent(), p.dubbingLanguages(), p.subtitleLanguages(),
                p.festivalSubmissions(), p.payModel() == PayModel.ALL_PAID ? null : p.payModel().id(), stages, links,
                scenes, p.disclosure().isEmpty() ? null : toDto(p.disclosure()),
                p.shootPlan().equals(ShootPlan.EMPTY) ? null : toDto(p.shootPlan()));
    }

    /** The register as the project file writes it; also the JSON export of the register. */
    static DisclosureDto toDto(Disclosure d) {
        List<DisclosureEntryDto> entries = d.entries().stream().map(e -> new DisclosureEntryDto(e.stage().id(),
                e.key().isShot() ? e.key().shot().toString() : null, e.shots().stream().map(ShotId::toString).toList(),
                e.contribution().id(), e.frameShare(), e.likeness().id(), e.tool(), e.vendor(), e.model(),
                e.modelVersion(), e.licenceTier(), e.commercialUse().id(), e.trainingDataKnown(),
                e.trainingDataAddress(), e.outputOwnership(), e.promptedBy(), e.selectedBy(), e.humanContribution(),
                e.plannedOn() == null ? null : e.plannedOn().toString(),
                e.doneOn() == null ? null : e.doneOn().toString(), e.inPlan())).toList();
        List<ConsentDto> consents = d.consents().stream().map(c -> new ConsentDto(c.id().toString(), c.person(),
                c.scope(), c.media(), c.territories(), c.signedOn() == null ? null : c.signedOn().toString(),
                c.documentReference(), c.shots().stream().map(ShotId::toString).toList(), c.voice())).toList();
        return new DisclosureDto(entries, consents);
    }

    private static ShootPlanDto toDto(ShootPlan plan) {
        return new ShootPlanDto(plan.cast().stream().map(c -> new PerformerDto(c.castNumber(), c.name(),
                c.characters(), c.contact(), dates(c.unavailableDates()), c.payTerm() == null ? null : c.payTerm().id(),
                c.makeUpMinutes(), c.travels())).toList(),
                plan.crew().stream().map(c -> new CrewMemberDto(c.name(), c.department().id(), c.role(), c.contact(),
                        c.callOffsetMinutes())).toList(),
                plan.locations().stream().map(l -> new LocationDto(l.name(), l.address(), l.latitude(),
                        l.longitude(), l.timeZone(), dates(l.availableDates()), l.nearestHospital())).toList(),
                plan.board().stream().map(d -> new BoardDayDto(d.date().toString(),
                        d.strips().stream().map(SceneId::toString).toList(), d.crewCall().toString(),
                        d.shootingCall().toString(), d.notes())).toList(),
                plan.emergencyContact());
    }

    private static List<String> dates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toList();
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

    /**
     * Maps the file's DTOs to the domain, keeping the JSON path for every message: {@link #path} is where the value
     * being mapped sits, set before each part and reset after it, so a failure is never blamed on the part before.
     * Text that must be an id or a code (an enum id, a currency, a UUID, a date, a language tag) is cut to
     * {@link InputLimits#QUOTE_CHARS} before it is checked, so the message that quotes it stays one short line; no
     * valid id is that long.
     */
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
                path = "";
                List<SceneDto> sceneDtos = require(d.scenes(), "scenes");
                List<Scene> scenes = new ArrayList<>(sceneDtos.size());
                for (int i = 0; i < sceneDtos.size(); i++) {
                    path = "scenes[" + i + "]";
                    scenes.add(scene(require(sceneDtos.get(i), ""), path));
                }
                path = "";
                Set<DayOfWeek> days = d.workingDays() == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                        : EnumSet.noneOf(DayOfWeek.class);
                if (d.workingDays() != null) {
                    for (int i = 0; i < d.workingDays().size(); i++) {
                        path = "workingDays[" + i + "]";
                        days.add(dayOfWeek(require(d.workingDays().get(i), "")));
                    }
                    path = "";
                }
                List<StageDependency> links = null;
                if (d.dependencies() != null) {
                    links = new ArrayList<>();
                    for (int i = 0; i < d.dependencies().size(); i++) {
                        path = "dependencies[" + i + "]";
                        DependencyDto link = require(d.dependencies().get(i), "");
                        links.add(new StageDependency(StageId.fromId(code(require(link.before(), "before"))),
                                StageId.fromId(code(require(link.after(), "after"))), orDefault(link.lagDays(), 0)));
                    }
                    path = "";
                }
                List<LocalDate> holidays = null;
                if (d.holidays() != null) {
                    holidays = new ArrayList<>(d.holidays().size());
                    for (int i = 0; i < d.holidays().size(); i++) {
                        path = "holidays[" + i + "]";
                        holidays.add(date(require(d.holidays().get(i), ""), "holidays"));
                    }
                    path = "";
                }
                List<String> dubbing = languages(d.dubbingLanguages(), "dubbingLanguages");
                List<String> subtitles = languages(d.subtitleLanguages(), "subtitleLanguages");
                LocalDate start = date(require(d.startDate(), "startDate"), "startDate");
                var currency = Money.currency(code(require(d.currency(), "currency")));
                Map<String, java.math.BigDecimal> rates = null;
                if (d.exchangeRates() != null) {
                    rates = new LinkedHashMap<>();
                    for (Map.Entry<String, java.math.BigDecimal> rate : d.exchangeRates().entrySet()) {
                        path = "exchangeRates." + InputLimits.quote(rate.getKey());
                        rates.put(code(rate.getKey()), require(rate.getValue(), ""));
                    }
                    path = "";
                }
                return new Production(d.id() == null ? ProductionId.random() : ProductionId.parse(code(d.id())),
                        require(d.title(), "title"), d.logline(), Genre.fromId(code(require(d.genre(), "genre"))),
                        VisualStyle.fromId(code(require(d.visualStyle(), "visualStyle"))),
                        require(d.targetRuntimeMinutes(), "targetRuntimeMinutes"), currency,
                        new ExchangeRates(currency, rates), start, days, holidays,
                        orDefault(d.contingencyPercent(), 10.0), dubbing, subtitles,
                        orDefault(d.festivalSubmissions(), 0), scenes, stages, links,
                        d.payModel() == null ? PayModel.ALL_PAID : PayModel.fromId(code(d.payModel())), d.author(),
                        d.draftDate(), disclosure(d.disclosure()),
                        d.shootPlan() == null ? ShootPlan.EMPTY : shootPlan(d.shootPlan()));
            } catch (InvalidInputException e) {
                throw new ProjectFileException(words("file.about",
                        path.isEmpty() ? fileName : words("file.atPath", fileName, path), e.phrase()), e);
            }
        }

        private Disclosure disclosure(DisclosureDto d) {
            if (d == null) {
                return Disclosure.EMPTY;
            }
            List<DisclosureEntry> entries = new ArrayList<>();
            List<DisclosureEntryDto> entryDtos = d.entries() == null ? List.of() : d.entries();
            for (int i = 0; i < entryDtos.size(); i++) {
                path = "disclosure.entries[" + i + "]";
                DisclosureEntryDto e = require(entryDtos.get(i), "");
                StageId stage = StageId.fromId(code(require(e.stage(), "stage")));
                AiUseKey key = e.shot() == null ? AiUseKey.ofStage(stage)
                        : AiUseKey.ofShot(stage, ShotId.parse(code(e.shot())));
                entries.add(new DisclosureEntry(key, shotIds(e.shotIds()),
                        AiContribution.fromId(code(require(e.contribution(), "contribution"))),
                        orDefault(e.frameShare(), 0.0), e.likeness() == null ? null : Likeness.fromId(code(e.likeness())),
                        e.tool(), e.vendor(), e.model(), e.modelVersion(), e.licenceTier(),
                        e.commercialUse() == null ? null : CommercialUse.fromId(code(e.commercialUse())),
                        orDefault(e.trainingDataKnown(), false), e.trainingDataAddress(), e.outputOwnership(),
                        e.promptedBy(), e.selectedBy(), e.humanContribution(),
                        e.plannedOn() == null ? null : date(e.plannedOn(), "plannedOn"),
                        e.doneOn() == null ? null : date(e.doneOn(), "doneOn"), orDefault(e.inPlan(), true)));
            }
            List<ConsentRecord> consents = new ArrayList<>();
            List<ConsentDto> consentDtos = d.consents() == null ? List.of() : d.consents();
            for (int i = 0; i < consentDtos.size(); i++) {
                path = "disclosure.consents[" + i + "]";
                ConsentDto c = require(consentDtos.get(i), "");
                consents.add(new ConsentRecord(id(c.id(), ConsentId::parse, ConsentId::random),
                        require(c.person(), "person"), c.scope(), c.media(), c.territories(),
                        c.signedOn() == null ? null : date(c.signedOn(), "signedOn"), c.documentReference(),
                        shotIds(c.shotIds()), orDefault(c.voice(), false)));
            }
            path = "disclosure";
            Disclosure disclosure = new Disclosure(entries, consents);
            path = "";
            return disclosure;
        }

        private List<ShotId> shotIds(List<String> ids) {
            if (ids == null) {
                return List.of();
            }
            String owner = path;
            List<ShotId> result = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                path = owner + ".shotIds[" + i + "]";
                result.add(ShotId.parse(code(require(ids.get(i), ""))));
            }
            path = owner;
            return result;
        }

        /** The shoot plan, every part under its path ({@code shootPlan.cast[2].unavailableDates[0]}). */
        private ShootPlan shootPlan(ShootPlanDto d) {
            List<Performer> cast = new ArrayList<>();
            List<PerformerDto> castDtos = d.cast() == null ? List.of() : d.cast();
            for (int i = 0; i < castDtos.size(); i++) {
                path = "shootPlan.cast[" + i + "]";
                PerformerDto c = require(castDtos.get(i), "");
                String at = path;
                List<LocalDate> unavailable = dateList(c.unavailableDates(), at + ".unavailableDates",
                        "unavailableDates");
                path = at;
                cast.add(new Performer(require(c.castNumber(), "castNumber"), require(c.name(), "name"),
                        texts(c.characters(), at + ".characters"), c.contact(), unavailable,
                        c.payTerm() == null ? null : PayTerm.fromId(code(c.payTerm())), orDefault(c.makeUpMinutes(), 60),
                        orDefault(c.travels(), false)));
            }
            List<CrewMember> crew = new ArrayList<>();
            List<CrewMemberDto> crewDtos = d.crew() == null ? List.of() : d.crew();
            for (int i = 0; i < crewDtos.size(); i++) {
                path = "shootPlan.crew[" + i + "]";
                CrewMemberDto c = require(crewDtos.get(i), "");
                crew.add(new CrewMember(require(c.name(), "name"),
                        Department.fromId(code(require(c.department(), "department"))), require(c.role(), "role"),
                        c.contact(), orDefault(c.callOffsetMinutes(), 0)));
            }
            List<ShootLocation> locations = new ArrayList<>();
            List<LocationDto> locationDtos = d.locations() == null ? List.of() : d.locations();
            for (int i = 0; i < locationDtos.size(); i++) {
                path = "shootPlan.locations[" + i + "]";
                LocationDto l = require(locationDtos.get(i), "");
                String at = path;
                List<LocalDate> available = dateList(l.availableDates(), at + ".availableDates", "availableDates");
                path = at;
                locations.add(new ShootLocation(require(l.name(), "name"), l.address(), l.latitude(), l.longitude(),
                        l.timeZone(), available, l.nearestHospital()));
            }
            List<BoardDay> board = new ArrayList<>();
            List<BoardDayDto> boardDtos = d.board() == null ? List.of() : d.board();
            for (int i = 0; i < boardDtos.size(); i++) {
                path = "shootPlan.board[" + i + "]";
                BoardDayDto b = require(boardDtos.get(i), "");
                String at = path;
                List<SceneId> strips = new ArrayList<>();
                List<String> ids = b.strips() == null ? List.of() : b.strips();
                for (int k = 0; k < ids.size(); k++) {
                    path = at + ".strips[" + k + "]";
                    strips.add(SceneId.parse(code(require(ids.get(k), ""))));
                }
                path = at;
                board.add(new BoardDay(date(require(b.date(), "date"), "date"), strips,
                        b.crewCall() == null ? null : time(b.crewCall(), "crewCall"),
                        b.shootingCall() == null ? null : time(b.shootingCall(), "shootingCall"), b.notes()));
            }
            path = "shootPlan";
            ShootPlan plan = new ShootPlan(cast, crew, locations, board, d.emergencyContact());
            path = "";
            return plan;
        }

        private List<LocalDate> dateList(List<String> texts, String at, String field) {
            List<LocalDate> dates = new ArrayList<>();
            if (texts != null) {
                for (int i = 0; i < texts.size(); i++) {
                    path = at + "[" + i + "]";
                    dates.add(date(require(texts.get(i), ""), field));
                }
            }
            return dates;
        }

        private List<String> texts(List<String> texts, String at) {
            List<String> out = new ArrayList<>();
            if (texts != null) {
                String before = path;
                for (int i = 0; i < texts.size(); i++) {
                    path = at + "[" + i + "]";
                    out.add(require(texts.get(i), ""));
                }
                path = before;
            }
            return out;
        }

        /** A time of day as the file writes it, 07:30. */
        private static LocalTime time(String text, String field) {
            try {
                return LocalTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, words("project.notATime", field, InputLimits.quote(text)));
            }
        }

        private Scene scene(SceneDto d, String scenePath) {
            List<ShotDto> shotDtos = d.shots() == null ? List.of() : d.shots();
            List<Shot> shots = new ArrayList<>(shotDtos.size());
            for (int i = 0; i < shotDtos.size(); i++) {
                path = scenePath + ".shots[" + i + "]";
                shots.add(shot(require(shotDtos.get(i), "")));
            }
            path = scenePath;
            List<String> characters = null;
            if (d.characters() != null) {
                characters = new ArrayList<>(d.characters().size());
                for (int i = 0; i < d.characters().size(); i++) {
                    path = scenePath + ".characters[" + i + "]";
                    characters.add(require(d.characters().get(i), ""));
                }
                path = scenePath;
            }
            SceneHeading heading = new SceneHeading(IntExt.fromId(code(require(d.intExt(), "intExt"))),
                    require(d.location(), "location"), TimeOfDay.fromId(code(require(d.timeOfDay(), "timeOfDay"))));
            return new Scene(id(d.id(), SceneId::parse, SceneId::random), require(d.number(), "number"), heading,
                    require(d.lengthEighths(), "lengthEighths"), characters, d.synopsis(), shots);
        }

        private Shot shot(ShotDto d) {
            return new Shot(id(d.id(), ShotId::parse, ShotId::random), require(d.number(), "number"),
                    d.description(), d.size() == null ? ShotSize.WIDE : ShotSize.fromId(code(d.size())),
                    d.movement() == null ? CameraMovement.STATIC : CameraMovement.fromId(code(d.movement())),
                    require(d.durationSeconds(), "durationSeconds"),
                    d.vfx() == null ? VfxLevel.NONE : VfxLevel.fromId(code(d.vfx())),
                    ProductionMethod.fromId(code(require(d.method(), "method"))), orDefault(d.realisticFaces(), true),
                    d.notes());
        }

        private StagePlan stage(StagePlanDto d) {
            String stagePath = path;
            StageId stage = StageId.fromId(code(require(d.stage(), "stage")));
            List<RateOverride> overrides = new ArrayList<>();
            if (d.rateOverrides() != null) {
                for (int i = 0; i < d.rateOverrides().size(); i++) {
                    path = stagePath + ".rateOverrides[" + i + "]";
                    RateOverrideDto o = require(d.rateOverrides().get(i), "");
                    overrides.add(new RateOverride(o.benchmark(), o.low(), o.likely(), o.high(), o.note()));
                }
                path = stagePath;
            }
            EnumMap<PayCategory, PayTerm> pay = new EnumMap<>(PayCategory.class);
            if (d.payTerms() != null) {
                for (Map.Entry<String, String> term : d.payTerms().entrySet()) {
                    path = stagePath + ".payTerms." + InputLimits.quote(term.getKey());
                    pay.put(PayCategory.fromId(code(term.getKey())), PayTerm.fromId(code(require(term.getValue(),
                            ""))));
                }
                path = stagePath;
            }
            return new StagePlan(stage, Workflow.fromId(code(require(d.workflow(), "workflow"))),
                    d.aiTool() == null ? AiToolCategory.defaultFor(stage) : AiToolCategory.fromId(code(d.aiTool())),
                    orDefault(d.aiShare(), StagePlan.DEFAULT_AI_SHARE), orDefault(d.teamSize(), 1),
                    orDefault(d.iterationAllowance(), 0.0), orDefault(d.realPerformerLikeness(), false), overrides,
                    new PayTerms(pay));
        }

        private List<String> languages(List<String> tags, String field) {
            if (tags == null) {
                return null;
            }
            List<String> result = new ArrayList<>(tags.size());
            for (int i = 0; i < tags.size(); i++) {
                path = field + "[" + i + "]";
                result.add(code(require(tags.get(i), "")));
            }
            path = "";
            return result;
        }

        /** A date as the file writes it, 2027-04-12; a number such as 20270101 is not read as a count of days. */
        private static LocalDate date(String text, String field) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, words("project.notADate", field, InputLimits.quote(text)));
            }
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

        /** An id or code as checked and quoted: cut when longer than any valid one could be. */
        private static String code(String text) {
            return text == null ? null : InputLimits.quote(text);
        }

        private static <I> I id(String text, Function<String, I> parse, java.util.function.Supplier<I> fresh) {
            return text == null ? fresh.get() : parse.apply(code(text));
        }

        private static DayOfWeek dayOfWeek(String text) {
            try {
                return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("workingDays", words("project.unknownWorkingDay",
                        InputLimits.quote(text)));
            }
        }
    }
}
