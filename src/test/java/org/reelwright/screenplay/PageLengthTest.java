package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageLengthTest {

    @ParameterizedTest(name = "{0} = {1} eighths")
    @CsvSource({"1 3/8, 11", "5/8, 5", "1, 8", "0, 0", "2 4/8, 20", "1/2, 4", "  3   1/8 , 25", "500, 4000"})
    void parsesPagesAndEighths(String text, int eighths) {
        assertEquals(OptionalInt.of(eighths), PageLength.parseEighths(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "abc", "-1", "1/0", "3/8 1", "1 2 3", "1e3", "9999999", "501", "1/99", "+1", "1.5"})
    void refusesWhatIsNotAPageLength(String text) {
        assertEquals(OptionalInt.empty(), PageLength.parseEighths(text));
    }

    @ParameterizedTest(name = "{0} eighths → {1}")
    @CsvSource({"0, 0", "3, 3/8", "8, 1", "11, 1 3/8", "16, 2"})
    void formatsTheWayABreakdownSheetDoes(int eighths, String text) {
        assertEquals(text, PageLength.format(eighths));
    }
}
