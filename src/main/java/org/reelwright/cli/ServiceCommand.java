package org.reelwright.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.app.PlanExport;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.PlanRenderer;
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

    /**
     * A pattern of the CLI's bundle with its arguments, in the command's language. Text arguments (file names,
     * titles, values from the input) are escaped for the terminal; numbers are formatted as numbers.
     */
    protected String message(String key, Object... args) {
        Object[] safe = args.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence || safe[i] instanceof Path) {
                safe[i] = TerminalText.line(safe[i]);
            }
        }
        return new MessageFormat(messages().getString(key), locale).format(safe);
    }

    /**
     * What a failed write of {@code target} means for the exit code (PRODUCT.md: 2 for bad input only, 1 for the
     * environment). A target whose folder does not exist or that is a folder was named wrongly: bad input, with
     * {@code message}. Anything else kept the file from being written although the name was fine: a full disk or a
     * permission (a read-only folder, file or file system) in the CLI's own words naming the target, never a
     * temporary file; any other failure with {@code message}.
     *
     * @param failure the exception, whose causes say what the file system reported
     */
    protected Exception notWritten(Path target, Throwable failure, String message) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder) || Files.isDirectory(absolute)) {
            return new CliInputException(message);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String reason = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (reason.contains("no space left") || reason.contains("disk quota exceeded")
                    || reason.contains("not enough space") || reason.contains("disk full")) {
                return new CliEnvironmentException(message("cli.diskFull", target), failure);
            }
            if (t instanceof AccessDeniedException || reason.contains("permission denied")
                    || reason.contains("read-only file system") || reason.contains("operation not permitted")) {
                return new CliEnvironmentException(message("cli.permissionDenied", target), failure);
            }
        }
        return new CliEnvironmentException(message, failure);
    }

    /** One PDF written by a use case ({@link #writePdf}). */
    @FunctionalInterface
    interface PdfWrite {
        PlanRenderer.Rendering write() throws IOException;
    }

    /**
     * Writes {@code target} from {@code project} as every PDF command does: a target that cannot be written is said
     * by {@link #notWritten}, a production the renderer refuses is bad input naming the project, any other failure
     * names the target; each of the renderer's warnings goes to standard error.
     */
    protected PlanRenderer.Rendering writePdf(Path project, Path target, PdfWrite write) throws Exception {
        PlanRenderer.Rendering rendering;
        try {
            rendering = write.write();
        } catch (PlanExport.TargetNotWritable e) {
            throw notWritten(target, e, e.getMessage());
        } catch (InvalidInputException e) {
            throw new CliInputException(project.getFileName() + ": " + e.message(locale));
        } catch (IOException e) {
            throw new UnsupportedOperationException(message("exportPdf.failed", target, e.getMessage()), e);
        }
        for (String warning : rendering.warnings()) {
            spec.commandLine().getErr().println("reelwright: " + messages().getString("exportPdf.warning") + " "
                    + TerminalText.line(warning));
        }
        spec.commandLine().getErr().flush();
        return rendering;
    }

    protected TextReports reports() {
        return new TextReports(locale);
    }

    protected java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
