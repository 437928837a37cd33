package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts in the estimate's words: English chooses singular or plural, Chinese writes a measure word. */
class EstimateMessagesTest {
    private final EstimateMessages english = new EstimateMessages(Locale.ENGLISH);
    private final EstimateMessages chinese = new EstimateMessages(Locale.SIMPLIFIED_CHINESE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "unit.shots|0|0 shots|0 个镜头",
        "unit.shots|1|1 shot|1 个镜头",
        "unit.shots|2|2 shots|2 个镜头",
        "unit.pages|0.5|0.5 pages|0.5 页",
        "unit.pages|1|1 page|1 页",
        "unit.days|1|1 day|1 天",
        "unit.days|2.5|2.5 days|2.5 天",
        "unit.languages|1|1 language|1 种语言",
        "unit.months|12|12 months|12 个月",
        "explain.dayCount|1|1 day|1 天"})
    void aCountIsWrittenWithItsUnit(String key, BigDecimal count, String inEnglish, String inChinese) {
        assertEquals(inEnglish, english.get(key, count));
        assertEquals(inChinese, chinese.get(key, count));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|AI is used in 1 stage, each|有 1 个阶段使用 AI",
        "3|AI is used in 3 stages, each|有 3 个阶段使用 AI"})
    void theTeamFlagCountsStages(int stages, String inEnglish, String inChinese) {
        assertEquals(inEnglish, english.get("flag.ai-team", stages).substring(0, inEnglish.length()));
        assertEquals(inChinese, chinese.get("flag.ai-team", stages).substring(0, inChinese.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"color|Colour grading stage|调色阶段", "vfx|VFX stage|视效阶段"})
    void aStageSubjectIsNamedInTheReadersLanguage(String stage, String inEnglish, String inChinese) {
        assertEquals(inEnglish, english.get("subject.stage", english.get("stage." + stage)));
        assertEquals(inChinese, chinese.get("subject.stage", chinese.get("stage." + stage)));
    }
}
