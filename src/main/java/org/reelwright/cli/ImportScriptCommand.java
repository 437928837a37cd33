package org.reelwright.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.reelwright.screenplay.ImportedScreenplay;
import org.reelwright.screenplay.ScreenplayException;
import org.reelwright.store.ProjectFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-script", resourceBundle = "org.reelwright.cli.messages", mixinStandardHelpOptions = true)
final class ImportScriptCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "SCRIPT", descriptionKey = "SCRIPT")
    Path script;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "OUT")
    Path out;

    ImportScriptCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws Exception {
        ImportedScreenplay imported;
        try {
            imported = services.imports().importScript(script);
        } catch (ScreenplayException e) {
            throw new CliInputException(e.message(Locale.getDefault()));
        }
        try {
            services.documents().save(imported.production(), out);
        } catch (ProjectFileException e) {
            throw notWritten(out, e, e.message(Locale.getDefault()));
        }
        for (String warning : imported.warnings()) {
            spec.commandLine().getErr().println("reelwright: " + TerminalText.line(warning));
        }
        out().println(message("import.done", out, imported.format().name().toLowerCase(java.util.Locale.ROOT),
                imported.production().scenes().size(), imported.breakdown().estimatedPages()));
        return Cli.OK;
    }
}
