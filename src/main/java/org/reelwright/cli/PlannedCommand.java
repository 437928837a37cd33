package org.reelwright.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Commands of the contract whose capability is not in this build yet. They parse their arguments as the contract
 * says (so scripts can be written against them) and then say plainly that the capability is still to come, with
 * exit code 1. Each is replaced by its real implementation as the capability lands.
 */
abstract class PlannedCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException(getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
                + " is not available in this build yet");
    }

    @Command(name = "export-pdf", resourceBundle = "org.reelwright.cli.messages",
            mixinStandardHelpOptions = true)
    static final class ExportPdf extends PlannedCommand {
        @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.pdf", descriptionKey = "OUT.pdf") Path out;
        @Option(names = "--scenario", paramLabel = "SCENARIO") String scenario = "current";
    }


}
