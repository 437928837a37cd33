package org.reelwright.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A refused input is told in the user's language: the subject ("镜头 12A"), the field ("时长"), the limits and the
 * value given, numbers as the locale writes them; the English text ({@code getMessage()}) stays what it always was.
 */
class LocalizedValidationMessagesTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Shot SHOT = Shot.starter("12A", "Lin Yue at the window", 6);
    private static final SceneHeading HEADING = new SceneHeading(IntExt.INT, "ARCHIVE", TimeOfDay.NIGHT);
    private static final Production PRODUCTION = Production.blank("Test", LocalDate.of(2027, 3, 1));

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("negative shot duration", () -> SHOT.withDurationSeconds(-3),
                        "Shot 12A: duration must be between 0.1 and 600 seconds, got -3",
                        "镜头 12A：时长必须在 0.1 到 600 秒之间，实际为 -3"),
                bad("fractional shot duration", () -> SHOT.withDurationSeconds(600.25),
                        "Shot 12A: duration must be between 0.1 and 600 seconds, got 600.25",
                        "镜头 12A：时长必须在 0.1 到 600 秒之间，实际为 600.25"),
                bad("blank shot number", () -> SHOT.withNumber("  "),
                        "Shot (no number): number must not be empty",
                        "镜头 （无编号）：编号不能为空"),
                bad("missing shot method", () -> SHOT.withMethod(null),
                        "Shot 12A: method is required",
                        "镜头 12A：必须填写制作方式"),
                bad("shot notes too long", () -> SHOT.withNotes("x".repeat(4001)),
                        "Shot 12A: notes must be at most 4000 characters, got 4001",
                        "镜头 12A：备注最多 4000 个字符，实际为 4001 个"),
                bad("negative scene length", () -> scene("4", -1, List.of()),
                        "Scene 4: lengthEighths must be between 0 and 4000, got -1",
                        "场景 4：长度（八分之一页）必须在 0 到 4000 之间，实际为 -1"),
                bad("blank character name", () -> new Scene(SceneId.random(), "4", HEADING, 8, List.of(" "), "",
                        List.of()),
                        "Scene 4: character name must not be empty",
                        "场景 4：角色名不能为空"),
                bad("duplicate scene ids (the workspace keys scenes by id)", () -> PRODUCTION.withScenes(List.of(
                        new Scene(SceneId.parse("5f0c1a52-8d1e-4c39-9a57-0b1c2d3e4f50"), "1", HEADING, 8, List.of(), "", List.of()),
                        new Scene(SceneId.parse("5f0c1a52-8d1e-4c39-9a57-0b1c2d3e4f50"), "2", HEADING, 8, List.of(), "", List.of()))),
                        "Scene 2: has the same id (5f0c1a52-8d1e-4c39-9a57-0b1c2d3e4f50) as another scene; give each scene its own id",
                        "场景 2：与另一个场景的 id（5f0c1a52-8d1e-4c39-9a57-0b1c2d3e4f50）相同；每个场景须有各自的 id"),
                bad("duplicate shot numbers", () -> scene("4", 8, List.of(SHOT, Shot.starter("12a", "", 3))),
                        "Scene 4: shot number 12a is used twice; give each shot of a scene its own number",
                        "场景 4：镜头编号 12a 用了两次；同一场景的每个镜头须有各自的编号"),
                bad("blank location", () -> new SceneHeading(IntExt.EXT, " ", TimeOfDay.DAY),
                        "Scene heading: location must not be empty",
                        "场景标题：地点不能为空"),
                bad("unknown stage id", () -> StageId.fromId("catering"),
                        "unknown stage 'catering'; expected one of: script, storyboard, previs, casting, locations, "
                                + "shoot, generation, editing, vfx, sound, voice, music, color, subtitles, trailer, "
                                + "festivals",
                        "未知的阶段“catering”；可选值为：script, storyboard, previs, casting, locations, "
                                + "shoot, generation, editing, vfx, sound, voice, music, color, subtitles, trailer, "
                                + "festivals"),
                bad("AI casting", () -> StagePlan.defaults(StageId.CASTING).withWorkflow(Workflow.AI),
                        "Stage casting: workflow ai is not available; casting can be traditional",
                        "阶段 casting：工作流程 ai 不可用；casting 只能是 traditional"),
                bad("AI share above one", () -> StagePlan.defaults(StageId.VFX).withAiShare(1.5),
                        "Stage vfx: aiShare must be between 0 and 1, got 1.5",
                        "阶段 vfx：AI 占比必须在 0 到 1 之间，实际为 1.5"),
                bad("team of zero", () -> StagePlan.defaults(StageId.EDITING).withTeamSize(0),
                        "Stage editing: teamSize must be between 1 and 200, got 0",
                        "阶段 editing：团队人数必须在 1 到 200 之间，实际为 0"),
                bad("rate override out of order", () -> new RateOverride("editing.day-rate", BigDecimal.TEN,
                        BigDecimal.ONE, new BigDecimal("12.50"), ""),
                        "Rate override editing.day-rate: values must satisfy low ≤ likely ≤ high, got 10 / 1 / 12.50",
                        "费率覆盖 editing.day-rate：数值须满足 低值 ≤ 可能值 ≤ 高值，实际为 10 / 1 / 12.50"),
                bad("runtime too long", () -> PRODUCTION.withTargetRuntimeMinutes(1000),
                        "Production: targetRuntimeMinutes must be between 0.5 and 300 minutes, got 1000",
                        "制作项目：目标片长必须在 0.5 到 300 分钟之间，实际为 1000"),
                bad("contingency above 100 %", () -> PRODUCTION.withContingencyPercent(150),
                        "Production: contingencyPercent must be between 0 and 100 %, got 150",
                        "制作项目：应急预算比例必须在 0% 到 100% 之间，实际为 150"),
                bad("blank title", () -> PRODUCTION.withTitle(""),
                        "Production: title must not be empty",
                        "制作项目：标题不能为空"),
                bad("no working day", () -> PRODUCTION.withWorkingDays(java.util.Set.of()),
                        "Production: at least one working day a week is needed",
                        "制作项目：每周至少需要一个工作日"),
                bad("bad language code", () -> PRODUCTION.withSubtitleLanguages(List.of("not a language")),
                        "Production: subtitleLanguages has 'not a language', which is not a language code; use codes "
                                + "such as en, zh or zh-Hans",
                        "制作项目：字幕语言中的“not a language”不是语言代码；请使用 en、zh 或 zh-Hans 这样的代码"),
                bad("unknown currency", () -> Money.currency("XYZ1"),
                        "unknown currency 'XYZ1'; use a three-letter ISO 4217 code such as USD, EUR or CNY",
                        "未知货币“XYZ1”；请使用三个字母的 ISO 4217 代码，如 USD、EUR 或 CNY"),
                bad("negative exchange rate", () -> new ExchangeRates(Money.currency("USD"),
                        Map.of("EUR", new BigDecimal("-1.5"))),
                        "Exchange rate for EUR must be a positive number, got -1.5",
                        "EUR 的汇率必须是正数，实际为 -1.5"),
                bad("missing exchange rate", () -> ExchangeRates.none(Money.currency("USD"))
                        .toBase(new Money(BigDecimal.ONE, Money.currency("CNY"))),
                        "No exchange rate from CNY to USD; add one in the production's exchange rates",
                        "没有从 CNY 到 USD 的汇率；请在制作项目的汇率中添加"),
                bad("shot id not a UUID", () -> ShotId.parse("12A"),
                        "Shot id must be a UUID, got '12A'",
                        "镜头 ID 必须是 UUID，实际为“12A”"),
                bad("stage on itself", () -> new StageDependency(StageId.VFX, StageId.VFX, 0),
                        "Dependency: a stage cannot depend on itself (vfx)",
                        "依赖关系：阶段不能依赖自身（vfx）"),
                bad("lag of a year and more", () -> new StageDependency(StageId.EDITING, StageId.VFX, 400),
                        "Dependency editing → vfx: lagDays must be between 0 and 365, got 400",
                        "依赖关系 editing → vfx：间隔天数必须在 0 到 365 之间，实际为 400"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void refusalIsToldInChineseAndStaysTheSameInEnglish(String name, Executable build, String english,
            String chinese) {
        InvalidInputException e = assertThrows(InvalidInputException.class, build);
        assertEquals(english, e.getMessage());
        assertEquals(chinese, e.message(CHINESE));
    }

    @Test
    void englishLocaleGivesEnglishWordsEvenOnAChineseSystem() {
        Locale before = Locale.getDefault();
        Locale.setDefault(CHINESE);
        try {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> SHOT.withDurationSeconds(-3));
            assertEquals("Shot 12A: duration must be between 0.1 and 600 seconds, got -3", e.message(Locale.ENGLISH));
            // no French words: English ones, with French numbers
            assertEquals("Shot 12A: duration must be between 0,1 and 600 seconds, got -3", e.message(Locale.FRENCH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersTakeTheLocalesDecimalSignButNoGrouping() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SHOT.withDurationSeconds(1200.5));
        assertEquals("Shot 12A: duration must be between 0.1 and 600 seconds, got 1200.5", e.getMessage());
        assertEquals("Shot 12A: duration must be between 0.1 and 600 seconds, got 1200.5", e.message(Locale.US));
        assertEquals("Shot 12A: duration must be between 0,1 and 600 seconds, got 1200,5", e.message(Locale.GERMANY));
        assertEquals("镜头 12A：时长必须在 0.1 到 600 秒之间，实际为 1200.5", e.message(CHINESE));
    }

    @Test
    void aMessageAlreadyInWordsReadsTheSameInEveryLanguage() {
        InvalidInputException e = new InvalidInputException("teamSize", "团队人数必须是整数");
        assertEquals("团队人数必须是整数", e.getMessage());
        assertEquals("团队人数必须是整数", e.message(Locale.ENGLISH));
        assertEquals("团队人数必须是整数", e.message(CHINESE));
    }

    private static Scene scene(String number, int eighths, List<Shot> shots) {
        return new Scene(SceneId.random(), number, HEADING, eighths, List.of(), "", shots);
    }

    private static Arguments bad(String name, Executable build, String english, String chinese) {
        return Arguments.of(name, build, english, chinese);
    }
}
