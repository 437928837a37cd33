package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageModelTest {

    private static final PageModel MODEL = new PageModel(PageLayout.STANDARD);

    private static ScriptElement e(ElementKind kind, String text) {
        return ScriptElement.of(kind, text, 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty text still takes a line           | ''               | 61 | 1
            fits exactly                            | a*61             | 61 | 1
            one column too many splits a long word  | a*62             | 61 | 2
            words wrap whole                        | aaa bbb          | 7  | 1
            a word that does not fit moves down     | aaa bbb          | 6  | 2
            three wrapped lines                     | aaaa bbbb cccc   | 5  | 3
            CJK counts two columns                  | 中*30            | 61 | 1
            31 CJK characters need 62 columns       | 中*31            | 61 | 2
            CJK breaks between any two characters   | 中*20            | 35 | 2
            own line breaks are kept                | one/two/three    | 61 | 3
            indentation counts                      | ' '*4 + a*58     | 61 | 2
            dialogue width                          | word *9          | 35 | 2
            """)
    void wrapsTextAtTheElementWidth(String what, String spec, int width, long lines) {
        assertEquals(lines, PageModel.wrappedLines(expand(spec), width), what);
    }

    /** "x*3" repeats, "' '*4 + y" concatenates, "/" is a line break: keeps the table readable. */
    private static String expand(String spec) {
        StringBuilder out = new StringBuilder();
        for (String part : spec.split(" \\+ ")) {
            String p = part.strip();
            int star = p.lastIndexOf('*');
            if (star > 0 && p.substring(star + 1).matches("\\d+")) {
                String unit = p.substring(0, star).replace("'", "");
                out.append(unit.repeat(Integer.parseInt(p.substring(star + 1))));
            } else {
                out.append(p.replace("'", ""));
            }
        }
        return out.toString().replace("/", "\n");
    }

    @Test
    void blankLineBeforeEachElementButNotWithinASpeech() {
        PageModel.Measure m = MODEL.measure(List.of(e(ElementKind.SCENE_HEADING, "INT. HOUSE - DAY"),
                e(ElementKind.ACTION, "He waits."), e(ElementKind.CHARACTER, "BRICK"),
                e(ElementKind.PARENTHETICAL, "(quietly)"), e(ElementKind.DIALOGUE, "Hi."),
                e(ElementKind.TRANSITION, "CUT TO:")));
        assertArrayEquals(new long[] {1, 2, 2, 1, 1, 2}, m.charged());
        assertEquals(9, m.totalLines());
    }

    @Test
    void pageBreakStartsTheNextElementAtTheTopWithoutChargingTheEmptyRestOfThePage() {
        PageModel.Measure m = MODEL.measure(List.of(e(ElementKind.ACTION, "One."), e(ElementKind.PAGE_BREAK, ""),
                e(ElementKind.ACTION, "Two.")));
        assertArrayEquals(new long[] {1, 0, 1}, m.charged());
        assertEquals(56, m.totalLines());
        assertEquals(55, m.startLine()[2]);
    }

    @Test
    void dualDialogueAddsOnlyTheLinesByWhichItIsLonger() {
        ScriptElement left = e(ElementKind.DIALOGUE, "one/two/three".replace('/', '\n'));
        PageModel.Measure shorter = MODEL.measure(List.of(e(ElementKind.CHARACTER, "BRICK"), left,
                ScriptElement.character("STEEL", 1, true), e(ElementKind.DIALOGUE, "No.")));
        assertEquals(4, shorter.totalLines());
        PageModel.Measure longer = MODEL.measure(List.of(e(ElementKind.CHARACTER, "BRICK"), left,
                ScriptElement.character("STEEL", 1, true), e(ElementKind.DIALOGUE, "a\nb\nc\nd\ne\nf")));
        assertEquals(7, longer.totalLines());
    }
}
