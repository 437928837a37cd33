package org.reelwright.cli;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Locale;
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

    /** The language of the command's words and numbers; the CLI's factory sets it. */
    Locale locale = Locale.getDefault();

    ServiceCommand(CliServices services) {
        this.services = services;
    }

    protected Production read(Path project) throws CliInputException {
        try {
            return services.documents().open(project);
        } catch (ProjectFileException e) {
            throw new CliInputException(e.message(Locale.getDefault()));
        }
    }

    protected static Scenario scenario(String id) throws CliInputException {
        try {
            return Scenario.fromId(id);
        } catch (InvalidInputException e) {
            throw new CliInputException("--scenario: " + e.message(Locale.getDefault()));
        }
    }

    /** The CLI's words in the command's language. */
    protected ResourceBundle messages() {
        return Cli.bundle(locale);
    }

    /** A pattern of the CLI's bundle with its arguments, in the command's language. */
    protected String message(String key, Object... args) {
        return new MessageFormat(messages().getString(key), locale).format(args);
    }

    protected TextReports reports() {
        return new TextReports(locale);
    }

    protected java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
