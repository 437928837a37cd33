package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptFormatTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"pilot.fountain, FOUNTAIN", "PILOT.FOUNTAIN, FOUNTAIN", "old.spmd, FOUNTAIN", "notes.txt, FOUNTAIN",
            "draft.fdx, FDX", "Draft.FDX, FDX", "my.script.v2.fdx, FDX"})
    void formatFollowsTheExtension(String fileName, ScriptFormat format) throws ScreenplayException {
        assertEquals(format, ScriptFormat.forFileName(fileName));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"script.pdf", "script.docx", "script.celtx", "script", "script.xml", ""})
    void otherExtensionsAreRefusedSayingWhatIsAccepted(String fileName) {
        ScreenplayException e = assertThrows(ScreenplayException.class, () -> ScriptFormat.forFileName(fileName));
        assertTrue(e.getMessage().contains(".fountain") && e.getMessage().contains(".fdx"), e.getMessage());
    }
}
