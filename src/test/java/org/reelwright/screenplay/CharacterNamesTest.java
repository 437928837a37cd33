package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EDWARD                    | EDWARD
            EDWARD (V.O.)             | EDWARD
            EDWARD (V.O.)(CONT'D)     | EDWARD
            edward (v.O.)             | EDWARD
            EdWARD (cont’d)           | EdWARD
            STEEL cont'd              | STEEL
            JIM (O.S.)                | JIM
            STEEL CONT'D              | STEEL
            MAN #2 (O.C.)             | MAN #2
            McCABE                    | McCABE
            mccabe                    | MCCABE
            HERO  2                   | HERO 2
            角色2 (画外音)              | 角色2
            角色1 （画外音）             | 角色1
            """)
    void dropsExtensionsKeepsCapitalsAsSpelledAndUpperCasesANameWithoutAny(String cue, String name) {
        assertEquals(name, CharacterNames.fromCue(cue).orElseThrow().value());
    }

    @Test
    void cueWithOnlyAnExtensionHasNoName() {
        assertEquals(Optional.empty(), CharacterNames.fromCue("(V.O.)"));
    }

    @Test
    void overlongNameIsCutToTheDomainLimit() {
        CharacterNames.Name name = CharacterNames.fromCue("VERY ".repeat(40) + "LONG NAME").orElseThrow();
        assertTrue(name.cut());
        assertTrue(name.value().length() <= CharacterNames.MAX_LENGTH);
    }
}
