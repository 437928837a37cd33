package org.reelwright.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid input is refused at construction with a message a user can act on. */
class ValidationMessagesTest {

    private static final Shot SHOT = Shot.starter("12A", "Lin Yue at the window", 6);
    private static final SceneHeading HEADING = new SceneHeading(IntExt.INT, "ARCHIVE", TimeOfDay.NIGHT);
    private static final Production PRODUCTION = Production.blank("Test", LocalDate.of(2027, 3, 1));

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("negative shot duration", () -> SHOT.withDurationSeconds(-3),
                        "Shot 12A: duration must be between 0.1 and 600 seconds, got -3"),
                bad("shot longer than ten minutes", () -> SHOT.withDurationSeconds(601),
                        "Shot 12A: duration must be between 0.1 and 600 seconds, got 601"),
                bad("shot duration NaN", () -> SHOT.withDurationSeconds(Double.NaN),
                        "Shot 12A: duration must be between 0.1 and 600 seconds, got NaN"),
                bad("blank shot number", () -> SHOT.withNumber("  "),
                        "Shot (no number): number must not be empty"),
                bad("missing shot method", () -> SHOT.withMethod(null), "Shot 12A: method is required"),
                bad("negative scene length", () -> scene("4", -1, List.of()),
                        "Scene 4: lengthEighths must be between 0 and 4000, got -1"),
                bad("duplicate scene ids (the workspace keys scenes by id)", () -> PRODUCTION.withScenes(List.of(
                        new Scene(SceneId.parse("5f0c1a52-8d1e-4c39-9a57-0b1c2d3e4f50"), "1", HEADING, 8, List.of(), "", List.of()),
                        new Scene(SceneId.parse("5f0c1a52-8d1e-4c39-9a57-0b1c2d3e4f50"), "2", HEADING, 8, List.of(), "", List.of()))),
                        "Scene 2: has the same id (5f0c1a52-8d1e-4c39-9a57-0b1c2d3e4f50) as another scene; give each scene its own id"),
                bad("duplicate shot numbers", () -> scene("4", 8, List.of(SHOT, Shot.starter("12a", "", 3))),
                        "Scene 4: shot number 12a is used twice; give each shot of a scene its own number"),
                bad("blank location", () -> new SceneHeading(IntExt.EXT, " ", TimeOfDay.DAY),
                        "Scene heading: location must not be empty"),
                bad("unknown stage id", () -> StageId.fromId("catering"),
                        "unknown stage 'catering'; expected one of: script, storyboard, previs, casting, locations, "
                                + "shoot, generation, editing, vfx, sound, voice, music, color, subtitles, trailer, "
                                + "festivals"),
                bad("unknown method id", () -> ProductionMethod.fromId("ai-magic"),
                        "unknown method 'ai-magic'; expected one of: live-action, ai-image-to-video, "
                                + "ai-text-to-video, ai-3d, cg-animation, stock"),
                bad("AI casting", () -> StagePlan.defaults(StageId.CASTING).withWorkflow(Workflow.AI),
                        "Stage casting: workflow ai is not available; casting can be traditional"),
                bad("traditional generation", () -> StagePlan.defaults(StageId.GENERATION)
                        .withWorkflow(Workflow.TRADITIONAL),
                        "Stage generation: workflow traditional is not available; generation can be ai"),
                bad("AI share above one", () -> StagePlan.defaults(StageId.VFX).withAiShare(1.5),
                        "Stage vfx: aiShare must be between 0 and 1, got 1.5"),
                bad("team of zero", () -> StagePlan.defaults(StageId.EDITING).withTeamSize(0),
                        "Stage editing: teamSize must be between 1 and 200, got 0"),
                bad("tool for another stage", () -> StagePlan.defaults(StageId.SOUND)
                        .withAiTool(AiToolCategory.MUSIC_GENERATION),
                        "Stage sound: AI tool category music-generation does not apply to this stage"),
                bad("rate override out of order", () -> new RateOverride("editing.day-rate", BigDecimal.TEN,
                        BigDecimal.ONE, BigDecimal.TEN, ""),
                        "Rate override editing.day-rate: values must satisfy low ≤ likely ≤ high, got 10 / 1 / 10"),
                bad("blank title", () -> PRODUCTION.withTitle(""), "Production: title must not be empty"),
                bad("contingency above 100", () -> PRODUCTION.withContingencyPercent(150),
                        "Production: contingencyPercent must be between 0 and 100 %, got 150"),
                bad("no working days", () -> PRODUCTION.withWorkingDays(Set.of()),
                        "Production: at least one working day a week is needed"),
                bad("bad language code", () -> PRODUCTION.withSubtitleLanguages(List.of("english!")),
                        "Production: subtitleLanguages has 'english!', which is not a language code; "
                                + "use codes such as en, zh or zh-Hans"),
                bad("negative festival count", () -> PRODUCTION.withFestivalSubmissions(-1),
                        "Production: festivalSubmissions must be between 0 and 1000, got -1"),
                bad("duplicate scene numbers", () -> PRODUCTION.withScenes(List.of(scene("1", 8, List.of()),
                        scene("1", 8, List.of()))),
                        "Production: scene number 1 is used twice; give each scene its own number"),
                bad("unknown currency", () -> Money.currency("XYZ1"),
                        "unknown currency 'XYZ1'; use a three-letter ISO 4217 code such as USD, EUR or CNY"),
                bad("negative exchange rate", () -> new ExchangeRates(Money.currency("USD"),
                        Map.of("CNY", new BigDecimal("-0.14"))),
                        "Exchange rate for CNY must be a positive number, got -0.14"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void refusesInvalidInputWithAMessageNamingSubjectFieldAndValue(String what, Executable construction,
            String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, construction);
        assertEquals(expected, e.getMessage());
    }

    private static Arguments bad(String what, Executable construction, String message) {
        return Arguments.of(what, construction, message);
    }

    private static Scene scene(String number, int eighths, List<Shot> shots) {
        return new Scene(SceneId.random(), number, HEADING, eighths, List.of(), "", shots);
    }
}
