package org.reelwright.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Recommender;
import org.reelwright.estimate.ScenarioComparison;
import org.reelwright.estimate.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", resourceBundle = "org.reelwright.cli.messages", mixinStandardHelpOptions = true)
final class CompareCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "PROJECT")
    Path project;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--budget", paramLabel = "AMOUNT", descriptionKey = "budget")
    BigDecimal budget;

    @Option(names = "--deadline", paramLabel = "DAYS", descriptionKey = "deadline")
    BigDecimal deadline;

    @Option(names = "--risk", paramLabel = "SEVERITY", descriptionKey = "risk")
    String risk = "medium";

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
            throw new CliInputException(project.getFileName() + ": " + e.message(Locale.getDefault()));
        }
        if (budget == null && deadline == null) {
            out().print(json ? services.reports().comparisonJson(comparison) + System.lineSeparator()
                    : reports().comparison(production.title(), comparison));
            return Cli.OK;
        }
        if (budget != null && budget.signum() <= 0 || deadline != null && deadline.signum() <= 0) {
            throw new CliInputException(message("cli.badLimits"));
        }
        Severity tolerance;
        try {
            tolerance = Severity.fromId(risk);
        } catch (InvalidInputException e) {
            throw new CliInputException("--risk: " + e.message(Locale.getDefault()));
        }
        Recommender.Request request = new Recommender.Request(Optional.ofNullable(budget),
                Optional.ofNullable(deadline), tolerance);
        Recommender.Recommendation r = services.planning().get().recommend(production, request);
        out().print(json ? services.reports().recommendationJson(comparison, r) + System.lineSeparator()
                : reports().comparison(production.title(), comparison)
                        + reports().recommendation(request, r, production.currency()));
        return Cli.OK;
    }
}
