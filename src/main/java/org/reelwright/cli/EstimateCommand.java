package org.reelwright.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.PayBreakdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "estimate", resourceBundle = "org.reelwright.cli.messages", mixinStandardHelpOptions = true)
final class EstimateCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "PROJECT")
    Path project;

    @Option(names = "--scenario", paramLabel = "SCENARIO", descriptionKey = "scenario")
    String scenario = "current";

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    EstimateCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws Exception {
        Production production = read(project);
        Estimate estimate;
        try {
            estimate = services.planning().get().estimate(production, scenario(scenario));
        } catch (InvalidInputException e) {
            throw new CliInputException(project.getFileName() + ": " + e.message(Locale.getDefault()));
        }
        // Cash needed first, then deferred and in kind, under the production's pay model (issue 12).
        PayBreakdown pay = PayBreakdown.of(production, estimate);
        out().print(json ? services.reports().estimateJson(estimate, pay) + System.lineSeparator()
                : reports().estimate(production.title(), estimate, pay));
        return Cli.OK;
    }
}
