package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FountainReaderTest {

    private static ParsedScript read(String text) throws ScreenplayException {
        return new FountainReader().read(text, "test.fountain");
    }

    /** Elements as {@code KIND text}, with line breaks inside an element shown as "/" and extras in brackets. */
    private static String render(ParsedScript script) {
        return script.elements().stream().map(FountainReaderTest::render).collect(Collectors.joining(" | "));
    }

    private static String render(ScriptElement e) {
        String text = e.text().replace("\n", "/");
        String extra = (e.sceneNumber().isEmpty() ? "" : " #" + e.sceneNumber()) + (e.dualDialogue() ? " ^" : "");
        return e.kind() + (text.isEmpty() ? "" : " " + text) + extra;
    }

    /** Each row: what it shows, the Fountain text ("\n" written as ⏎), and the elements expected. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            scene heading INT.;                      INT. HOUSE - DAY⏎⏎Door opens.;       SCENE_HEADING INT. HOUSE - DAY | ACTION Door opens.
            scene heading EXT.;                      EXT. PARK - NIGHT;                  SCENE_HEADING EXT. PARK - NIGHT
            scene heading EST.;                      EST. CITY - DAWN;                   SCENE_HEADING EST. CITY - DAWN
            scene heading INT./EXT.;                 INT./EXT. CAR - DAY;                SCENE_HEADING INT./EXT. CAR - DAY
            scene heading INT/EXT;                   INT/EXT CAR - DAY;                  SCENE_HEADING INT/EXT CAR - DAY
            scene heading I/E;                       I/E CAR - DAY;                      SCENE_HEADING I/E CAR - DAY
            scene heading in lower case;             int. house - day;                   SCENE_HEADING int. house - day
            scene heading with a space, no dot;      INT HOUSE - DAY;                    SCENE_HEADING INT HOUSE - DAY
            word that only starts like a heading;    INTERIOR DESIGN IS HARD.;           ACTION INTERIOR DESIGN IS HARD.
            forced heading with one dot;             .SNIPER SCOPE POV⏎⏎Aim.;            SCENE_HEADING SNIPER SCOPE POV | ACTION Aim.
            an ellipsis is not a forced heading;     ...and then nothing.;               ACTION ...and then nothing.
            scene number;                            INT. HOUSE - DAY #12A#;             SCENE_HEADING INT. HOUSE - DAY #12A
            scene number with dots and dashes;       EXT. PARK #I-1.A#;                  SCENE_HEADING EXT. PARK #I-1.A
            heading without a blank line before;     He waits.⏎INT. HOUSE - DAY;         ACTION He waits./INT. HOUSE - DAY
            heading without a blank line after;      INT. HOUSE - DAY⏎He waits.;         SCENE_HEADING INT. HOUSE - DAY | ACTION He waits.
            heading with trailing spaces;            INT. HOUSE - DAY   ⏎⏎Hi.;           SCENE_HEADING INT. HOUSE - DAY | ACTION Hi.
            forced action;                           !INT. ACTION;                       ACTION INT. ACTION
            character and dialogue;                  BRICK⏎Are they cold?;               CHARACTER BRICK | DIALOGUE Are they cold?
            character with trailing spaces;          BRICK  ⏎Are they cold?;             CHARACTER BRICK | DIALOGUE Are they cold?
            character with extension;                EDWARD (V.O.)⏎There are fish.;      CHARACTER EDWARD (V.O.) | DIALOGUE There are fish.
            character with two extensions;           EDWARD (V.O.)(CONT'D)⏎More.;        CHARACTER EDWARD (V.O.)(CONT'D) | DIALOGUE More.
            extension in lower case;                 HANS (on the radio)⏎Hello.;         CHARACTER HANS (on the radio) | DIALOGUE Hello.
            character with a digit;                  R2D2⏎Beep.;                         CHARACTER R2D2 | DIALOGUE Beep.
            forced character;                        @McCABE⏎Hello.;                     CHARACTER McCABE | DIALOGUE Hello.
            indented character and dialogue;         \\t\\t\\tJACK⏎\\tThen retire them.;CHARACTER JACK | DIALOGUE Then retire them.
            all caps line with no dialogue after;    THE DOOR SLAMS.⏎⏎He runs.;          ACTION THE DOOR SLAMS. | ACTION He runs.
            all caps line at the end of the file;    BOOM;                               ACTION BOOM
            mixed case line is not a character;      Brick⏎Are they cold?;               ACTION Brick/Are they cold?
            parenthetical;                           STEEL⏎(beer raised)⏎To retirement.; CHARACTER STEEL | PARENTHETICAL (beer raised) | DIALOGUE To retirement.
            dialogue over several lines;             STEEL⏎One.⏎Two.;                    CHARACTER STEEL | DIALOGUE One./Two.
            two-space line keeps dialogue going;     STEEL⏎One.⏎  ⏎Two.;                 CHARACTER STEEL | DIALOGUE One.//Two.
            two-space line inside action;            One.⏎  ⏎Two.;                       ACTION One.//Two.
            blank line ends dialogue;                STEEL⏎One.⏎⏎Two.;                   CHARACTER STEEL | DIALOGUE One. | ACTION Two.
            dual dialogue;                           BRICK⏎Yes.⏎⏎STEEL ^⏎No.;            CHARACTER BRICK | DIALOGUE Yes. | CHARACTER STEEL ^ | DIALOGUE No.
            transition;                              Bang.⏎⏎CUT TO:⏎⏎Quiet.;             ACTION Bang. | TRANSITION CUT TO: | ACTION Quiet.
            indented transition;                     Bang.⏎⏎\\t\\t\\t\\tCUT TO:;             ACTION Bang. | TRANSITION CUT TO:
            transition needs a blank line before;    Bang.⏎CUT TO:;                      ACTION Bang./CUT TO:
            forced transition;                       > FADE TO BLACK.;                   TRANSITION FADE TO BLACK.
            centred text;                            > THE END <;                        CENTERED THE END
            centred text without spaces;             >THE END<;                          CENTERED THE END
            centred text over two lines;             > ONE <⏎> TWO <;                    CENTERED ONE/TWO
            lyrics;                                  ~Happy birthday⏎~to you;            LYRIC Happy birthday/to you
            page break;                              One.⏎⏎===⏎⏎Two.;                    ACTION One. | PAGE_BREAK | ACTION Two.
            longer page break;                       One.⏎⏎=====⏎⏎Two.;                  ACTION One. | PAGE_BREAK | ACTION Two.
            sections never print;                    # Act 1⏎⏎## Sequence⏎⏎Action.;      ACTION Action.
            synopses never print;                    = They meet.⏎⏎Action.;              ACTION Action.
            inline note;                             Action[[ a note]]. More.;           ACTION Action. More.
            note on its own line;                    One.⏎[[note]]⏎Two.;                 ACTION One./Two.
            note across lines;                       One.⏎⏎[[a⏎⏎long note]]⏎⏎Two.;      ACTION One. | ACTION Two.
            note after a heading;                    EXT. STREET - NIGHT [[BLUE]]⏎⏎Go.;  SCENE_HEADING EXT. STREET - NIGHT | ACTION Go.
            unclosed note opener is text;            A [[ bracket.;                      ACTION A [[ bracket.
            boneyard block;                          One.⏎⏎/*⏎⏎Cut.⏎⏎*/⏎⏎Two.;           ACTION One. | ACTION Two.
            inline boneyard;                         One /*cut*/two.;                    ACTION One two.
            nested boneyard;                         One /*a /*b*/ c*/two.;              ACTION One two.
            boneyard line inside dialogue;           STEEL⏎One.⏎/* cut */⏎Two.;          CHARACTER STEEL | DIALOGUE One./Two.
            emphasis is stripped;                    *it* **bold** ***both*** _under_.;  ACTION it bold both under.
            escapes are kept as text;                f\\*ck\\_it \\*;                    ACTION f*ck_it *
            unpaired asterisk stays;                 2 * 3 = 6;                          ACTION 2 * 3 = 6
            emphasis inside a heading;               INT. **HOUSE** - DAY;               SCENE_HEADING INT. HOUSE - DAY
            """)
    void readsEachSyntaxElement(String what, String fountain, String expected) throws ScreenplayException {
        String text = fountain.replace("⏎", "\n").replace("\\t", "\t");
        assertEquals(expected.strip(), render(read(text)), what);
    }

    @Test
    void forcedHeadingWithLeadingDotStartsScene() throws ScreenplayException {
        ParsedScript script = read("Action.\n\n.BACK IN THE APARTMENT\n\nScott sorts the mail.");
        assertEquals(ElementKind.SCENE_HEADING, script.elements().get(1).kind());
        assertEquals("BACK IN THE APARTMENT", script.elements().get(1).text());
    }

    @Test
    void titlePageGivesTitleFromIndentedLinesAndIsNotContent() throws ScreenplayException {
        ParsedScript script = read("""
                Title:
                \t_**BRICK & STEEL**_
                \t_**FULL RETIRED**_
                Credit: Written by
                Contact:
                \tNext Level Productions
                    1588 Mission Dr.

                EXT. PATIO - DAY
                """);
        assertEquals("BRICK & STEEL FULL RETIRED", script.title());
        assertEquals("SCENE_HEADING EXT. PATIO - DAY", render(script));
    }

    @Test
    void titlePageValuesWithoutIndentationStayInTheTitlePage() throws ScreenplayException {
        ParsedScript script = read("Title: Beat Tutorial\nContact:\nbeat@example.org\nwww.example.org\n\n\nINT. ROOM - DAY");
        assertEquals("Beat Tutorial", script.title());
        assertEquals("SCENE_HEADING INT. ROOM - DAY", render(script));
    }

    @Test
    void titlePageKeySeparatedByTab() throws ScreenplayException {
        assertEquals("THE CARD", read("Title:\t**THE CARD**\nAuthor:\tStu\n\nINT. ROOM - DAY").title());
    }

    @Test
    void noteBeforeTitlePageDoesNotHideIt() throws ScreenplayException {
        ParsedScript script = read("[[Script note.\n- one\n]]\n\nTitle: \n\t_Screenplay title_\n\nINT. A - DAY");
        assertEquals("Screenplay title", script.title());
    }

    @Test
    void fadeInOnTheFirstLineIsNotATitlePage() throws ScreenplayException {
        ParsedScript script = read("FADE IN:\n\nINT. HOUSE - DAY");
        assertEquals("", script.title());
        assertEquals("ACTION FADE IN: | SCENE_HEADING INT. HOUSE - DAY", render(script));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void readsTheSameWhateverTheLineEnds(String name) throws ScreenplayException {
        String end = name.replace("CR", "\r").replace("LF", "\n");
        String lf = "Title: T\n\nINT. HOUSE - DAY\n\nBRICK\n(quietly)\nHi.\n\nCUT TO:\n";
        assertEquals(render(read(lf)), render(read(lf.replace("\n", end))));
    }

    @Test
    void readsMixedLineEnds() throws ScreenplayException {
        String mixed = "Title: T\n\r\nINT. HOUSE - DAY\r\n\r\nSTEEL\r\nScrew retirement.\n\r\nBRICK ^\r\nYes.";
        assertEquals("SCENE_HEADING INT. HOUSE - DAY | CHARACTER STEEL | DIALOGUE Screw retirement. | CHARACTER BRICK ^"
                + " | DIALOGUE Yes.", render(read(mixed)));
    }

    @Test
    void elementsKeepTheirSourceLine() throws ScreenplayException {
        List<ScriptElement> elements = read("Title: T\n\n/*\ncut\n*/\n\nINT. HOUSE - DAY\n\nBRICK\nHi.").elements();
        assertEquals(List.of(7, 9, 10), elements.stream().map(ScriptElement::line).toList());
    }

    @Test
    void unterminatedBoneyardIsAnErrorNamingTheLineItOpensOn() {
        ScreenplayException e = assertThrows(ScreenplayException.class,
                () -> read("INT. HOUSE - DAY\n\nOne.\n\n/* never closed\n\nTwo."));
        assertEquals(5, e.line().orElseThrow());
        assertTrue(e.getMessage().startsWith("test.fountain: line 5: "), e.getMessage());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void deeplyNestedBoneyardAndEmphasisNeedNoRecursion() throws ScreenplayException {
        String nested = "INT. A - DAY\n\nKept." + "/*".repeat(200_000) + "x" + "*/".repeat(200_000) + "\n\n"
                + "_*".repeat(100_000) + "deep" + "*_".repeat(100_000);
        ParsedScript script = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(nested));
        assertEquals("SCENE_HEADING INT. A - DAY | ACTION Kept. | ACTION deep", render(script));
    }

    @Test
    void chineseScriptKeepsItsText() throws ScreenplayException {
        ParsedScript script = read("Title: 茶馆\n\n.内景 茶馆 - 清晨\n\n@角色2 (画外音)\n如果整段台词。\n");
        assertEquals("茶馆", script.title());
        assertEquals("SCENE_HEADING 内景 茶馆 - 清晨 | CHARACTER 角色2 (画外音) | DIALOGUE 如果整段台词。", render(script));
    }

    @Test
    void chineseLineWithoutAtSignIsNotACharacter() throws ScreenplayException {
        assertEquals("ACTION 角色一/台词。", render(read("角色一\n台词。")));
    }
}
