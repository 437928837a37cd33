package org.reelwright.cli;

import java.nio.file.Path;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.estimate.ScenarioComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", resourceBundle = "org.reelwright.cli.messages", mixinStandardHelpOptions = true)
final class CompareCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "PROJECT")
    Path project;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    CompareCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws Exception {
        Production production = read(project);
        ScenarioComparison comparison;
        try {
            comparison = services.planning().get().compare(production);
        } catch (InvalidInputException e) {
            throw new CliInputException(project.getFileName() + ": " + e.getMessage());
        }
        out().print(json ? services.reports().comparisonJson(comparison) + System.lineSeparator()
                : new TextReports().comparison(production.title(), comparison));
        return Cli.OK;
    }
}
