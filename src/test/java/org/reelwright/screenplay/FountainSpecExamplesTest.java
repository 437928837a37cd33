package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.Scene;

/**
 * The examples of fountain.io/syntax for the boneyard, forced characters, page breaks and text before the first
 * heading, each read as the spec says it reads (issue 13).
 */
class FountainSpecExamplesTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    @AfterEach
    void englishAgain() {
        Locale.setDefault(Locale.US);
    }

    static Stream<Arguments> specExamples() {
        return Stream.of(
                Arguments.of("Boneyard: the spec's example keeps the scene after the cut one", """
                        COGNITO
                        Everyone's coming after you mate!  Scorpio, The Boy Band, Sparrow, Point Blank Sniper...

                        As he rattles off the long list, Brick and Steel share a look.  This is going to be BAD.

                        CUT TO:
                        /*
                        INT. GARAGE - DAY

                        BRICK and STEEL get into Mom's PORSCHE, Steel at the wheel.  They pause for a beat, the gravity of the situation catching up with them.

                        BRICK
                        This is everybody we've ever put away.

                        STEEL
                        (starting the engine)
                        So much for retirement!

                        They speed off.  To destiny!

                        CUT TO:
                        */
                        EXT. PALATIAL MANSION - DAY

                        An EXTREMELY HANDSOME MAN drinks a beer.  Shirtless, unfortunately.
                        """, List.of("CHARACTER:COGNITO",
                        "DIALOGUE:Everyone's coming after you mate!  Scorpio, The Boy Band, Sparrow, Point Blank Sniper...",
                        "ACTION:As he rattles off the long list, Brick and Steel share a look.  This is going to be BAD.",
                        "TRANSITION:CUT TO:", "SCENE_HEADING:EXT. PALATIAL MANSION - DAY",
                        "ACTION:An EXTREMELY HANDSOME MAN drinks a beer.  Shirtless, unfortunately.")),
                Arguments.of("Boneyard right after dialogue does not swallow the next scene", """
                        INT. HALL - DAY

                        MAYA
                        Who's there?
                        /*
                        INT. CUT SCENE - NIGHT

                        Gone.
                        */
                        INT. KITCHEN - NIGHT

                        BOB
                        Only me.
                        """, List.of("SCENE_HEADING:INT. HALL - DAY", "CHARACTER:MAYA", "DIALOGUE:Who's there?",
                        "SCENE_HEADING:INT. KITCHEN - NIGHT", "CHARACTER:BOB", "DIALOGUE:Only me.")),
                Arguments.of("Boneyard inside a speech (no blank line in it) leaves the speech whole", """
                        MAYA
                        /* (whispering) */
                        Who's there?
                        """, List.of("CHARACTER:MAYA", "DIALOGUE:Who's there?")),
                Arguments.of("Character: @ forces a cue and keeps its mixed case", """
                        @McCLANE
                        Yippie ki-yay! I got my lower-case C back!
                        """, List.of("CHARACTER:McCLANE", "DIALOGUE:Yippie ki-yay! I got my lower-case C back!")),
                Arguments.of("Page breaks: === is a page break, not text", """
                        The General Lee flies through the air. FREEZE FRAME.

                        NARRATOR
                        Shoot, to the Dukes that's about like taking Grandma for a Sunday drive.

                        >**End of Act One**<

                        ===

                        >**Act Two**<

                        The General Lee hangs in the air, right where we left it.
                        """, List.of("ACTION:The General Lee flies through the air. FREEZE FRAME.",
                        "CHARACTER:NARRATOR",
                        "DIALOGUE:Shoot, to the Dukes that's about like taking Grandma for a Sunday drive.",
                        "CENTERED:End of Act One", "PAGE_BREAK:", "CENTERED:Act Two",
                        "ACTION:The General Lee hangs in the air, right where we left it.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specExamples")
    void readsTheSpecExampleAsTheSpecSays(String what, String fountain, List<String> expected)
            throws ScreenplayException {
        ParsedScript script = new FountainReader().read(fountain, "spec.fountain");
        assertEquals(expected, script.elements().stream().map(e -> e.kind() + ":" + e.text()).toList());
    }

    private static ImportedScreenplay importText(String text) throws ScreenplayException {
        return new ScreenplayImporter().importScript(text.getBytes(StandardCharsets.UTF_8), "spec.fountain", START);
    }

    @Test
    void forcedCueKeepsItsMixedCaseInTheProduction() throws ScreenplayException {
        Scene scene = importText("""
                INT. NAKATOMI PLAZA - NIGHT

                @McCLANE
                Yippie ki-yay!

                @McCLANE
                Again.
                """).production().scenes().get(0);
        assertEquals(List.of("McCLANE"), scene.characters());
    }

    @Test
    void aPageBreakDoesNotInflateTheSceneItFallsIn() throws ScreenplayException {
        ImportedScreenplay imported = importText("""
                INT. OFFICE - DAY

                A few lines.

                ===

                EXT. STREET - DAY

                More.
                """);
        List<Integer> lengths = imported.production().scenes().stream().map(Scene::lengthEighths).toList();
        assertEquals(List.of(1, 1), lengths);
        assertEquals(imported.breakdown().preambleEighths() + imported.breakdown().sceneEighths(),
                imported.breakdown().estimatedPageEighths(), "the summary agrees with the scenes");
    }

    @Test
    void speechBeforeTheFirstHeadingIsLeftOutWithAWarningInEitherLanguage() throws ScreenplayException {
        String script = """
                FADE IN:

                MAYA
                Before anything.

                INT. OFFICE - DAY

                Work.
                """;
        Locale.setDefault(Locale.US);
        List<String> english = importText(script).warnings();
        assertEquals(List.of("line 3: dialogue before the first scene heading belongs to no scene: MAYA is left out "
                + "of the cast of all scenes"), english);
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("第 3 行：第一个场景标题之前的对白不属于任何一场：MAYA 未计入任何一场的角色"),
                importText(script).warnings());
        Locale.setDefault(Locale.US);
        assertEquals(List.of("line 1: text before the first scene heading belongs to no scene and is left out of the "
                + "breakdown"), importText("An epigraph.\n\nINT. OFFICE - DAY\n\nWork.\n").warnings());
        assertTrue(importText("FADE IN:\n\nINT. OFFICE - DAY\n\nWork.\n").warnings().isEmpty(),
                "a lone transition is no loss");
    }
}
