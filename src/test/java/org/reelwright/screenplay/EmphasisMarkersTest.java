package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmphasisMarkersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            *italic*                                | italic
            **bold**                                | bold
            ***bold italic***                       | bold italic
            _underline_                             | underline
            _**underlined bold**_                   | underlined bold
            _*underline and italic*_                | underline and italic
            _**broken nesting_**                    | broken nesting
            _Long text **(with nested bold)** end._ | Long text (with nested bold) end.
            What the f\\*ck!                        | What the f*ck!
            Escape\\_escape\\*escape.               | Escape_escape*escape.
            2 * 3 * 4                               | 2 * 3 * 4
            a lone _ underscore                     | a lone _ underscore
            snake_case_name                         | snakecasename
            unclosed *star                          | unclosed *star
            ** spaced **                            | ** spaced **
            """)
    void stripsPairedMarkersAndResolvesEscapes(String fountain, String printed) {
        assertEquals(printed, EmphasisMarkers.strip(fountain));
    }

    @Test
    void staysLinearOnHostileRunsOfMarkers() {
        String hostile = "*a _b ".repeat(200_000) + "**".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> EmphasisMarkers.strip(hostile));
    }
}
