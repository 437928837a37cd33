package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScriptBreakdownTest {

    private static ScriptBreakdown breakdown(String fountain) throws ScreenplayException {
        return ScriptBreakdown.of(new FountainReader().read(fountain, "t.fountain"), PageLayout.STANDARD,
                "t.fountain");
    }

    @Test
    void textBeforeTheFirstHeadingBelongsToNoSceneButCountsInThePageTotal() throws ScreenplayException {
        String preamble = "This is a Southern story, full of lies and fabrications.\n\n".repeat(10);
        ScriptBreakdown b = breakdown(preamble + "INT. HOUSE - DAY\n\nBRICK\nHi.");
        assertEquals(1, b.scenes().size());
        assertEquals(List.of("BRICK"), b.scenes().get(0).characters());
        assertEquals("", b.scenes().get(0).firstAction());
        assertTrue(b.preambleEighths() > 0);
        assertEquals(b.estimatedPageEighths(), b.preambleEighths() + b.sceneEighths());
    }

    @Test
    void everySceneGetsAtLeastAnEighth() throws ScreenplayException {
        ScriptBreakdown b = breakdown("INT. A - DAY\n\nINT. B - DAY\n\nINT. C - DAY");
        assertEquals(List.of(1, 1, 1), b.scenes().stream().map(SceneBreakdown::lengthEighths).toList());
        assertEquals(3, b.estimatedPageEighths());
    }

    @Test
    void numbersComeFromTheFileOrTheScenesPosition() throws ScreenplayException {
        ScriptBreakdown b = breakdown("INT. A - DAY #5#\n\nINT. B - DAY\n\nINT. C - DAY #2#\n\nINT. D - DAY");
        assertEquals(List.of("5", "2A", "2", "4"), b.scenes().stream().map(SceneBreakdown::number).toList());
    }

    @Test
    void unusableSceneNumberIsReplacedWithAWarning() throws ScreenplayException {
        ScriptBreakdown b = breakdown("INT. A - DAY #this is far too long#\n\nGo.");
        assertEquals("1", b.scenes().get(0).number());
        assertEquals(1, b.warnings().size());
    }

    @Test
    void estimatedStartPagesFollowTheScript() throws ScreenplayException {
        String page = "Action line.\n\n".repeat(27);
        ScriptBreakdown b = breakdown("INT. A - DAY\n\n" + page + "INT. B - DAY\n\n" + page + page + "INT. C - DAY");
        assertEquals(List.of(1, 2, 3), b.scenes().stream().map(SceneBreakdown::page).toList());
    }

    /** Property check over seeded random scripts: scene lengths and the preamble always add up to the total. */
    @Test
    void sceneLengthsAlwaysAddUpToTheEstimatedPageCount() throws ScreenplayException {
        Random random = new Random(7);
        String[] pieces = {"A line of action that runs on for a while and then some more words.\n\n",
            "BRICK\nShort.\n\n", "STEEL\n(beat)\n" + "Longer dialogue goes on. ".repeat(6) + "\n\n", "CUT TO:\n\n",
            "===\n\n", "> THE END <\n\n", "~La la la\n\n", "Tiny.\n\n"};
        for (int run = 0; run < 300; run++) {
            StringBuilder script = new StringBuilder();
            int scenes = random.nextInt(40);
            for (int i = 0; i < random.nextInt(4); i++) {
                script.append(pieces[random.nextInt(pieces.length)]);
            }
            for (int s = 0; s < scenes; s++) {
                script.append("INT. PLACE ").append(s).append(" - NIGHT\n\n");
                for (int i = random.nextInt(12); i > 0; i--) {
                    script.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            script.append("Last line.");
            ScriptBreakdown b = breakdown(script.toString());
            assertEquals(b.estimatedPageEighths(), b.preambleEighths() + b.sceneEighths(), "run " + run);
            assertTrue(b.scenes().stream().allMatch(sc -> sc.lengthEighths() >= 1), "run " + run);
        }
    }
}
