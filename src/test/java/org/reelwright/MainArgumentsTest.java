package org.reelwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MainArgumentsTest {
    @Test
    void aLoneProjectFileOpensTheWindow() {
        assertEquals(Optional.of(Path.of("film.json").toAbsolutePath()), Main.projectFileToOpen(new String[] {"film.json"}));
        assertEquals(Optional.of(Path.of("/tmp/末班渡.JSON")), Main.projectFileToOpen(new String[] {"/tmp/末班渡.JSON"}));
    }

    @Test
    void commandsAndOptionsStayOnTheCommandLine() {
        for (String[] args : new String[][] {{"estimate", "film.json"}, {"--version"}, {"--help"}, {"estimate"},
            {"film.fountain"}, {"-x.json"}, {"schedule", "a.json", "--json"}}) {
            assertTrue(Main.projectFileToOpen(args).isEmpty(), String.join(" ", args));
        }
    }
}
