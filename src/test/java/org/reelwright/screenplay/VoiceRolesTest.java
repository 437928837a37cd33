package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Production;

/**
 * A character only heard in a scene (every cue V.O., O.S., on the phone…, and no action line naming them) keeps the
 * mark on their name there, so the estimate counts a voice role and no performer on set (issue 12).
 */
class VoiceRolesTest {
    private final ScreenplayImporter importer = new ScreenplayImporter();

    private Production imported(String script) throws ScreenplayException {
        return importer.importScript(script.getBytes(StandardCharsets.UTF_8), "voices.fountain",
                LocalDate.of(2027, 3, 1)).production();
    }

    @Test
    void aVoiceHeardOnlyKeepsItsMarkAndOneSeenOnceDoesNot() throws ScreenplayException {
        Production p = imported("""
                INT. NEWSROOM - NIGHT

                Mara types.

                MARA
                Still here.

                EDITOR (ON THE PHONE)
                Send it.

                NARRATOR (V.O.)
                She never sent it.

                EXT. STREET - DAY

                The editor waits by the kerb.

                EDITOR (V.O.)
                Late again.

                EDITOR
                You came.
                """);
        assertEquals(List.of("MARA", "EDITOR (ON THE PHONE)", "NARRATOR (V.O.)"), p.scenes().get(0).characters());
        assertEquals(List.of("EDITOR"), p.scenes().get(1).characters(), "seen once in the scene: on set");
    }

    @Test
    void aNarratorNamedInTheActionIsOnSet() throws ScreenplayException {
        Production p = imported("""
                EXT. BRIDGE - DAY

                LIN walks across the bridge alone.

                @林小满（画外音）
                最后一班。

                LIN (V.O.)
                The last one.
                """);
        assertEquals(List.of("林小满 (画外音)", "LIN"), p.scenes().get(0).characters());
    }
}
