package org.reelwright.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.store.ProjectFileException;
import picocli.CommandLine;

/**
 * A command built with the {@link CliServices} (by constructor, through the CLI's factory). Offers the steps every
 * command shares, turning bad input into {@link CliInputException} (exit 2) with the reader's own message.
 */
abstract class ServiceCommand implements Callable<Integer> {
    protected final CliServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ServiceCommand(CliServices services) {
        this.services = services;
    }

    protected Production read(Path project) throws CliInputException {
        try {
            return services.documents().open(project);
        } catch (ProjectFileException e) {
            throw new CliInputException(e.getMessage());
        }
    }

    protected static Scenario scenario(String id) throws CliInputException {
        try {
            return Scenario.fromId(id);
        } catch (InvalidInputException e) {
            throw new CliInputException("--scenario: " + e.getMessage());
        }
    }

    protected java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
