package org.reelwright.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lines never overflow their width; words, hyphens and CJK characters are where lines break. */
class LineBreakerTest {
    private static PDDocument document;
    private static FontChain fonts;
    private static LineBreaker breaker;

    @BeforeAll
    static void loadFonts() throws IOException {
        document = new PDDocument();
        fonts = new FontChain(document, SystemFonts.find());
        breaker = new LineBreaker(fonts);
    }

    @AfterAll
    static void close() throws IOException {
        fonts.close();
        document.close();
    }

    @Test
    void wrapsBetweenWordsWithinTheWidth() {
        String text = "Lin Yue wades waist-deep between shelves, reading labels with a head torch.";
        List<String> lines = breaker.wrap(text, 120, false, 9);
        assertTrue(lines.size() > 1);
        for (String line : lines) {
            assertTrue(fonts.width(line, false, 9) <= 120, line);
        }
        assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "nothing lost");
    }

    @Test
    void breaksChineseBetweenCharactersAndAWordTooLongBetweenLetters() {
        List<String> chinese = breaker.wrap("夜市夜市夜市夜市夜市夜市夜市夜市", 40, false, 9);
        assertTrue(chinese.size() > 1, chinese::toString);
        assertEquals("夜市夜市夜市夜市夜市夜市夜市夜市", String.join("", chinese));
        List<String> word = breaker.wrap("Supercalifragilisticexpialidocious", 50, true, 9);
        assertTrue(word.size() > 1);
        word.forEach(line -> assertTrue(fonts.width(line, true, 9) <= 50, line));
    }

    @Test
    void keepsExplicitLineBreaksAndEmptyText() {
        assertEquals(List.of("one", "two"), breaker.wrap("one\ntwo", 500, false, 9));
        assertEquals(List.of(""), breaker.wrap("", 500, false, 9));
    }

    @Test
    void fitsWithAnEllipsis() {
        String fitted = breaker.fit("Voice & dubbing and other long labels", 60, false, 9);
        assertTrue(fitted.endsWith("\u2026"), fitted);
        assertTrue(fonts.width(fitted, false, 9) <= 60);
    }

    @Test
    void splitsTextIntoRunsByTheFontThatHasTheGlyph() {
        List<FontChain.Run> runs = fonts.runs("NIGHT MARKET (夜市)", false);
        assertEquals(3, runs.size(), runs::toString);
        assertEquals("夜市", runs.get(1).text());
        assertTrue(fonts.missing().isEmpty());
    }
}
