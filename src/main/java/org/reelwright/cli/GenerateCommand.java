package org.reelwright.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", resourceBundle = "org.reelwright.cli.messages", mixinStandardHelpOptions = true)
final class GenerateCommand extends ServiceCommand {
    @Option(names = "--scenes", paramLabel = "N", required = true, descriptionKey = "scenes")
    int scenes;

    @Option(names = "--shots", paramLabel = "M", required = true, descriptionKey = "shots")
    int shots;

    @Option(names = "--seed", paramLabel = "SEED", descriptionKey = "seed")
    long seed = 1;

    @Parameters(index = "0", paramLabel = "OUT", descriptionKey = "OUT")
    Path out;

    GenerateCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws Exception {
        Production production;
        try {
            production = SyntheticProductions.generate(scenes, shots, seed);
        } catch (InvalidInputException e) {
            throw new CliInputException(e.message(Locale.getDefault()));
        }
        try {
            services.documents().save(production, out);
        } catch (ProjectFileException e) {
            throw notWritten(out, e, e.message(Locale.getDefault()));
        }
        out().println(message("generate.done", out, scenes, shots));
        return Cli.OK;
    }
}
