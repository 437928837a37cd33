package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.store.json.JsonProductionFiles;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Cli cli = new Cli(new ProductionDocuments(new JsonProductionFiles(), Clock.systemUTC()));
        return cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpListsEveryCommandOfTheContract() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"estimate", "schedule", "compare", "export-pdf", "import-script",
            "generate"}) {
            assertTrue(out.toString().contains("  " + command + " "), () -> command + " missing in " + out);
        }
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Reelwright "), out::toString);
    }

    @Test
    void unknownCommandExitsTwoWithOneLine() {
        assertEquals(2, run("frobnicate"));
        assertEquals("reelwright: unknown command 'frobnicate'; (run 'reelwright --help' for the commands)",
                err.toString().strip());
    }

    @Test
    void missingArgumentExitsTwoNamingIt() {
        assertEquals(2, run("estimate"));
        assertTrue(err.toString().contains("estimate: Missing required parameter: 'PROJECT'"), err::toString);
    }
}
