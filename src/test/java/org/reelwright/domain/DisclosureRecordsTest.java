package org.reelwright.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The register's records refuse bad input with a message naming what was wrong, in English and 简体中文. */
class DisclosureRecordsTest {
    private static final ShotId SHOT = ShotId.random();
    private static final DisclosureEntry ENTRY = DisclosureEntry.planned(AiUseKey.ofShot(StageId.GENERATION, SHOT),
            List.of(SHOT), AiContribution.GENERATED, 1, LocalDate.of(2027, 4, 1));
    private static final ConsentRecord CONSENT = ConsentRecord.of("Maya Osei");

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("frame share over 1", (Executable) () -> ENTRY.withFrameShare(1.5),
                        "AI use (generation): share of the frame must be between 0 and 1, got 1.5",
                        "AI 使用（generation）：画面占比必须在 0 到 1 之间，实际为 1.5"),
                Arguments.of("no contribution", (Executable) () -> ENTRY.withContribution(AiContribution.NONE),
                        "AI use (generation): an AI use generates or enhances something; \"none\" is not an AI use",
                        "AI 使用（generation）：AI 使用必然生成或增强了某些内容；“无”不是 AI 使用"),
                Arguments.of("a shot entry without its shot", (Executable) () -> new DisclosureEntry(ENTRY.key(),
                        List.of(), AiContribution.GENERATED, 1, null, "", "", "", "", "", null, false, "", "", "", "",
                        "", null, null, true),
                        "AI use (generation): an entry about a shot must list that shot",
                        "AI 使用（generation）：关于某个镜头的条目必须列出该镜头"),
                Arguments.of("a date out of range", (Executable) () -> ENTRY.withDoneOn(LocalDate.of(1850, 1, 1)),
                        "AI use (generation): date done must be between 1900-01-01 and 2199-12-31, got 1850-01-01",
                        "AI 使用（generation）：完成日期必须在 1900-01-01 到 2199-12-31 之间，实际为 1850-01-01"),
                Arguments.of("a blank person", (Executable) () -> CONSENT.withPerson("  "),
                        "Consent of (no number): person must not be empty",
                        "（无编号） 的授权同意：当事人不能为空"),
                Arguments.of("a shot twice", (Executable) () -> CONSENT.withShots(List.of(SHOT, SHOT)),
                        "Consent of Maya Osei: a shot is listed twice",
                        "Maya Osei 的授权同意：有镜头被列出了两次"),
                Arguments.of("an entry twice", (Executable) () -> new Disclosure(List.of(ENTRY, ENTRY), List.of()),
                        "AI disclosure register: two entries are about the same use (stage generation " + SHOT + ")",
                        "AI 披露登记：两个条目指向同一项使用（阶段 generation " + SHOT + "）"),
                Arguments.of("a tool name too long", (Executable) () -> ENTRY.withTool("x".repeat(201)),
                        "AI use (generation): tool must be at most 200 characters, got 201",
                        "AI 使用（generation）：工具最多 200 个字符，实际为 201 个"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedInBothLanguages(String what, Executable make, String english, String chinese) {
        InvalidInputException e = assertThrows(InvalidInputException.class, make);
        assertEquals(english, e.getMessage());
        assertEquals(chinese, e.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void textIsStrippedAndUnknownsAreTheDefaults() {
        DisclosureEntry entry = new DisclosureEntry(AiUseKey.ofStage(StageId.MUSIC), null, AiContribution.GENERATED,
                0, null, "  Suno ", null, null, null, null, null, false, null, null, null, null, null, null, null,
                true);
        assertEquals("Suno", entry.tool());
        assertEquals(Likeness.UNKNOWN, entry.likeness());
        assertEquals(CommercialUse.UNKNOWN, entry.commercialUse());
        assertEquals(List.of(), entry.shots());
        assertTrue(entry.hasDirectorsText());
        assertFalse(ENTRY.hasDirectorsText());
    }

    @Test
    void aRegisterFindsEntriesByKeyAndReplacesThemInPlace() {
        DisclosureEntry music = DisclosureEntry.planned(AiUseKey.ofStage(StageId.MUSIC), List.of(),
                AiContribution.GENERATED, 0, null);
        Disclosure register = new Disclosure(List.of(ENTRY, music), List.of(CONSENT));
        Disclosure edited = register.withEntry(ENTRY.withTool("Kling"));
        assertEquals(List.of(ENTRY.withTool("Kling"), music), edited.entries());
        assertEquals("Kling", edited.entry(ENTRY.key()).orElseThrow().tool());
        assertEquals(List.of(music), edited.withoutEntry(ENTRY.key()).entries());
        assertEquals(List.of(), register.consentsFor(SHOT));
        Disclosure consented = register.withConsent(CONSENT.withShots(List.of(SHOT)));
        assertEquals(1, consented.consents().size());
        assertEquals(1, consented.consentsFor(SHOT).size());
    }
}
