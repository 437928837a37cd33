package org.reelwright.store.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The project file's shape, version {@link JsonProductionFiles#SCHEMA_VERSION}. Kept apart from the domain so the
 * file format can evolve (and be migrated) without touching the model. Boxed types tell a missing field from zero.
 * The pay model, a stage's pay terms and the disclosure register are optional and written only when they say something (not all-paid, not
 * empty), so a file from before them reads as all-paid and is written back unchanged. Dates are text (2027-04-12)
 * and parsed by the reader, so a number is refused instead of being read as a count of days since 1970.
 */
final class ProductionJson {
    private ProductionJson() {
    }

    @JsonPropertyOrder({"schemaVersion", "id", "title"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductionDto(Integer schemaVersion, String id, String title, String logline,
            @JsonInclude(JsonInclude.Include.NON_NULL) String author,
            @JsonInclude(JsonInclude.Include.NON_NULL) String draftDate, String genre,
            String visualStyle, Double targetRuntimeMinutes, String currency, Map<String, BigDecimal> exchangeRates,
            String startDate, List<String> workingDays, List<String> holidays, Double contingencyPercent,
            List<String> dubbingLanguages, List<String> subtitleLanguages, Integer festivalSubmissions,
            @JsonInclude(JsonInclude.Include.NON_NULL) String payModel, List<StagePlanDto> stages, List<DependencyDto> dependencies, List<SceneDto> scenes,
            @JsonInclude(JsonInclude.Include.NON_NULL) DisclosureDto disclosure,
            @JsonInclude(JsonInclude.Include.NON_NULL) ShootPlanDto shootPlan) {
    }

    /**
     * The AI usage register and consents (issue 16); absent when nothing is recorded, so older files write back
     * unchanged. Shot lists are {@code shotIds} (not {@code shots}): the input budget counts every {@code shots}
     * entry of a file as a shot.
     */
    record DisclosureDto(List<DisclosureEntryDto> entries, List<ConsentDto> consents) {
    }

    record DisclosureEntryDto(String stage, String shot, List<String> shotIds, String contribution, Double frameShare,
            String likeness, String tool, String vendor, String model, String modelVersion, String licenceTier,
            String commercialUse, Boolean trainingDataKnown, String trainingDataAddress, String outputOwnership,
            String promptedBy, String selectedBy, String humanContribution, String plannedOn, String doneOn,
            Boolean inPlan) {
    }

    record ConsentDto(String id, String person, String scope, String media, String territories, String signedOn,
            String documentReference, List<String> shotIds, Boolean voice) {
    }

    /** Optional: written only once the user has cast, crewed, located or arranged the shoot (issue 17). */
    record ShootPlanDto(List<PerformerDto> cast, List<CrewMemberDto> crew, List<LocationDto> locations,
            List<BoardDayDto> board, String emergencyContact) {
    }

    record PerformerDto(Integer castNumber, String name, List<String> characters, String contact,
            List<String> unavailableDates, @JsonInclude(JsonInclude.Include.NON_NULL) String payTerm,
            Integer makeUpMinutes, Boolean travels) {
    }

    record CrewMemberDto(String name, String department, String role, String contact, Integer callOffsetMinutes) {
    }

    record LocationDto(String name, String address, @JsonInclude(JsonInclude.Include.NON_NULL) Double latitude,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double longitude, String timeZone, List<String> availableDates,
            String nearestHospital) {
    }

    /** Times as text, 07:00. */
    record BoardDayDto(String date, List<String> strips, String crewCall, String shootingCall, String notes) {
    }

    /** Optional in files: absent means the usual order of stages. */
    record DependencyDto(String before, String after, Integer lagDays) {
    }

    record SceneDto(String id, String number, String intExt, String location, String timeOfDay,
            Integer lengthEighths, List<String> characters, String synopsis, List<ShotDto> shots) {
    }

    record ShotDto(String id, String number, String description, String size, String movement,
            Double durationSeconds, String vfx, String method, Boolean realisticFaces, String notes) {
    }

    record StagePlanDto(String stage, String workflow, String aiTool, Double aiShare, Integer teamSize,
            Double iterationAllowance, Boolean realPerformerLikeness, List<RateOverrideDto> rateOverrides,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> payTerms) {
    }

    record RateOverrideDto(String benchmark, BigDecimal low, BigDecimal likely, BigDecimal high, String note) {
    }
}
