package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Scene;

/** What an import keeps from the script and what it must not invent (issue 13, "The import"). */
class ImportFidelityTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    private static ImportedScreenplay importText(String text, String fileName) throws ScreenplayException {
        return new ScreenplayImporter().importScript(text.getBytes(StandardCharsets.UTF_8), fileName, START);
    }

    @Test
    void starterShotHasRealisticFacesOnlyWhereACharacterIsOnScreen() throws ScreenplayException {
        ImportedScreenplay imported = importText("""
                EXT. SKYLINE - DAWN

                The city wakes. No one in sight.

                INT. NEWSROOM - DAY

                EDITOR (V.O.)
                Print it.

                INT. KITCHEN - NIGHT

                MAYA
                Who's there?
                """, "faces.fountain");
        List<Boolean> faces = imported.production().scenes().stream()
                .map(s -> s.shots().get(0).realisticFaces()).toList();
        assertEquals(List.of(false, false, true), faces);
        Scene newsroom = imported.production().scenes().get(1);
        assertEquals(List.of("EDITOR (V.O.)"), newsroom.characters());
    }

    @Test
    void finalDraftStatedLengthsMakeTheTotalAndTheRuntime() throws ScreenplayException {
        StringBuilder fdx = new StringBuilder("<FinalDraft><Content>");
        String[] lengths = {"1 3/8", "1", "6/8", "2/8"}; // 11 + 8 + 6 + 2 = 27 eighths
        for (int i = 0; i < lengths.length; i++) {
            fdx.append("<Paragraph Type=\"Scene Heading\"><SceneProperties Length=\"").append(lengths[i])
                    .append("\"/><Text>INT. ROOM ").append(i).append(" - DAY</Text></Paragraph>")
                    .append("<Paragraph Type=\"Action\"><Text>A line.</Text></Paragraph>");
        }
        fdx.append("</Content></FinalDraft>");
        ImportedScreenplay imported = importText(fdx.toString(), "stated.fdx");
        assertEquals(27, imported.breakdown().estimatedPageEighths());
        assertEquals(27, imported.breakdown().sceneEighths());
        assertEquals(27 / 8.0, imported.production().targetRuntimeMinutes(), 1e-9);
    }

    @Test
    void mandarinLinesInAnEnglishScriptProposeSubtitlesInBothLanguages() throws ScreenplayException {
        ImportedScreenplay imported = importText("""
                Title: The Tea House

                INT. TEA HOUSE - DAY

                MAYA
                Two teas, please.

                OWNER
                请坐，马上就来。

                OWNER
                你们从哪里来？
                """, "tea.fountain");
        assertEquals(List.of("en", "zh-Hans"), imported.production().subtitleLanguages());
    }

    @Test
    void dialogueAllInTheTitlesLanguageNeedsNoSubtitles() throws ScreenplayException {
        ImportedScreenplay english = importText("Title: Home\n\nINT. HOUSE - DAY\n\nMAYA\nHello.\n", "home.fountain");
        assertEquals(List.of(), english.production().subtitleLanguages());
        ImportedScreenplay chinese = importText("Title: 茶馆\n\n内景 茶馆 日\n\n@角色1\n你好。\n", "cha.fountain");
        assertEquals(List.of(), chinese.production().subtitleLanguages());
    }

    @Test
    void languageOfATextIsItsMainWritingSystem() {
        assertEquals("zh-Hans", DialogueLanguages.languageOf("我们走吧, OK?").orElseThrow());
        assertEquals("ja", DialogueLanguages.languageOf("東京へ行きましょう").orElseThrow());
        assertEquals("ko", DialogueLanguages.languageOf("안녕하세요").orElseThrow());
        assertEquals("ru", DialogueLanguages.languageOf("Привет").orElseThrow());
        assertEquals("en", DialogueLanguages.languageOf("Hello").orElseThrow());
        assertEquals(java.util.Optional.empty(), DialogueLanguages.languageOf("... 123 !"));
    }

    @Test
    void forcedHeadingWithoutPrefixKeepsNoInventedIntExt() throws ScreenplayException {
        ImportedScreenplay imported = importText("""
                INT. KITCHEN - NIGHT

                Tea.

                .FLASHBACK - 1973

                A field.

                .内景 茶馆 - 夜

                Tea again.
                """, "forced.fountain");
        List<org.reelwright.domain.SceneHeading> headings = imported.production().scenes().stream()
                .map(Scene::heading).toList();
        assertEquals(List.of(new org.reelwright.domain.SceneHeading(org.reelwright.domain.IntExt.INT, "KITCHEN",
                        org.reelwright.domain.TimeOfDay.NIGHT),
                new org.reelwright.domain.SceneHeading(org.reelwright.domain.IntExt.NONE, "FLASHBACK - 1973",
                        org.reelwright.domain.TimeOfDay.UNSPECIFIED),
                new org.reelwright.domain.SceneHeading(org.reelwright.domain.IntExt.INT, "茶馆",
                        org.reelwright.domain.TimeOfDay.NIGHT)), headings);
        assertEquals("FLASHBACK - 1973", headings.get(1).text());
    }

    @Test
    void titlePageAuthorAndDraftDateAreKept() throws ScreenplayException {
        ImportedScreenplay fountain = importText("""
                Title:
                    _**BRICK & STEEL**_
                Credit: Written by
                Author: Stu Maschwitz
                Draft date: 1/20/2012

                EXT. BRICK'S PATIO - DAY

                A gorgeous day.
                """, "brick.fountain");
        assertEquals("Stu Maschwitz", fountain.production().author());
        assertEquals("1/20/2012", fountain.production().draftDate());
        ImportedScreenplay fdx = importText("<FinalDraft><Content><Paragraph Type=\"Scene Heading\"><Text>INT. A - DAY"
                + "</Text></Paragraph></Content><TitlePage><Content><Paragraph><Text>Big Fish</Text></Paragraph>"
                + "<Paragraph><Text>Written by</Text></Paragraph><Paragraph><Text>John August</Text></Paragraph>"
                + "</Content></TitlePage></FinalDraft>", "fish.fdx");
        assertEquals("John August", fdx.production().author());
        ImportedScreenplay none = importText("INT. A - DAY\n\nTea.\n", "none.fountain");
        assertEquals("", none.production().author());
        assertEquals("", none.production().draftDate());
    }
}
