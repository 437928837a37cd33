package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.TimeOfDay;

class SceneHeadingParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            INT. HOUSE - DAY                                    | INT     | HOUSE                                  | DAY
            EXT. PARK - NIGHT                                   | EXT     | PARK                                   | NIGHT
            EST. CITY SKYLINE - DAWN                            | EXT     | CITY SKYLINE                           | DAWN
            INT./EXT. CAR - DUSK                                | INT_EXT | CAR                                    | DUSK
            INT/EXT CAR - CONTINUOUS                            | INT_EXT | CAR                                    | CONTINUOUS
            I/E CAR - DAY                                       | INT_EXT | CAR                                    | DAY
            EXT/INT. SWAMP SHACK - DAY                          | INT_EXT | SWAMP SHACK                            | DAY
            int.  WILL’s bedroom - night (1973)                 | INT     | WILL’S BEDROOM (1973)                  | NIGHT
            INT. HOUSE -- LATER                                 | INT     | HOUSE                                  | UNSPECIFIED
            INT. HOUSE — MORNING                                | INT     | HOUSE                                  | DAY
            INT. SAN FRANCISCO APARTMENT, DAY                   | INT     | SAN FRANCISCO APARTMENT                | DAY
            INT. BAXTER'S APARTMENT, LATER THAT EVENING         | INT     | BAXTER'S APARTMENT                     | DUSK
            INT. RM 412, SAME                                   | INT     | RM 412                                 | CONTINUOUS
            INT. SCOTT'S APARTMENT, TWO DAYS LATER              | INT     | SCOTT'S APARTMENT                      | UNSPECIFIED
            INT. GALLERY, SOUTH OF MARKET                       | INT     | GALLERY, SOUTH OF MARKET               | UNSPECIFIED
            INT. HOUSE - KITCHEN                                | INT     | HOUSE - KITCHEN                        | UNSPECIFIED
            INT. HOUSE - KITCHEN - NIGHT                        | INT     | HOUSE - KITCHEN                        | NIGHT
            ext.  CEMETERY - day [later]                        | EXT     | CEMETERY                               | DAY
            EXT. BLOOM HOUSE - NIGHT [CONTINUOUS]               | EXT     | BLOOM HOUSE                            | NIGHT
            INT. SCOTT'S APARTMENT                              | INT     | SCOTT'S APARTMENT                      | UNSPECIFIED
            INT.                                                | INT     | UNKNOWN LOCATION                       | UNSPECIFIED
            内景 茶馆 - 清晨                                      | INT     | 茶馆                                    | DAWN
            内 茶馆 - 夜 [闪回] (1898)                             | INT     | 茶馆 [闪回] (1898)                       | NIGHT
            外景 街道 - 夜                                        | EXT     | 街道                                    | NIGHT
            内外景 汽车 - 日                                      | INT_EXT | 汽车                                    | DAY
            外景 山顶 - 黄昏                                      | EXT     | 山顶                                    | DUSK
            """)
    void splitsIntExtLocationAndTime(String text, IntExt intExt, String location, TimeOfDay time) {
        assertEquals(new SceneHeading(intExt, location, time), SceneHeadingParser.parse(text).heading());
    }

    @Test
    void headingWithoutPrefixStatesNeitherInteriorNorExterior() {
        SceneHeadingParser.Result result = SceneHeadingParser.parse("SNIPER SCOPE POV");
        assertEquals(new SceneHeading(IntExt.NONE, "SNIPER SCOPE POV", TimeOfDay.UNSPECIFIED), result.heading());
        assertFalse(result.intExtStated());
    }

    @Test
    void firstHeadingWithoutPrefixIsNotMadeInterior() {
        assertEquals(IntExt.NONE, SceneHeadingParser.parse("A RIVER.").heading().intExt());
    }

    @Test
    void overlongLocationIsCutToTheDomainLimit() {
        SceneHeadingParser.Result result = SceneHeadingParser.parse("INT. " + "LONG ".repeat(60) + "HALL");
        assertEquals(SceneHeadingParser.MAX_LOCATION, result.heading().location().length());
        assertTrue(result.locationCut());
    }
}
