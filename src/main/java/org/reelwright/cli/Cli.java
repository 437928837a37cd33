package org.reelwright.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.reelwright.app.ReelwrightVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The headless commands of PRODUCT.md's command-line contract. Output goes to stdout, messages to stderr; exit 0 on
 * success, 2 on bad input (with a one-line message naming the file, line or field), 1 on any other failure.
 * Descriptions and every word of the output come from the {@code org.reelwright.cli.messages} bundle in one
 * language: the locale the CLI is built with (the system's, or the one {@code --lang} chose in {@code Main}).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private static final String BUNDLE = "org.reelwright.cli.messages";
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private final CliServices services;
    private final Locale locale;
    private final ResourceBundle messages;

    /** In the default locale's language. */
    public Cli(CliServices services) {
        this(services, Locale.getDefault());
    }

    public Cli(CliServices services, Locale locale) {
        this.services = services;
        this.locale = locale;
        this.messages = bundle(locale);
    }

    /** The CLI's words for the locale; no fallback to the JVM's default locale, so English asked for stays English. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Takes the global option {@code --lang en|zh} (or {@code --lang=…}) out of the arguments and returns its
     * locale; empty when the option is absent.
     *
     * @throws IllegalArgumentException with a one-line message naming an unknown or missing value
     */
    public static Optional<Locale> takeLanguage(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value;
            if (arg.equals("--lang")) {
                value = i + 1 < args.size() ? args.get(i + 1) : "";
                args.subList(i, Math.min(i + 2, args.size())).clear();
            } else if (arg.startsWith("--lang=")) {
                value = arg.substring("--lang=".length());
                args.remove(i);
            } else {
                continue;
            }
            String tag = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            return Optional.of(org.reelwright.app.Language.fromTag(tag.equals("zh-cn") ? "zh" : tag)
                    .map(language -> language.locale(Locale.getDefault()))
                    .orElseThrow(() -> new IllegalArgumentException(new MessageFormat(bundle(Locale.getDefault())
                            .getString("cli.unknownLanguage"), Locale.getDefault()).format(new Object[] {value}))));
        }
        return Optional.empty();
    }

    /** Runs one command; returns the exit code. */
    public int run(String[] args, PrintWriter terminalOut, PrintWriter terminalErr) {
        // Everything printed passes TerminalText: a control character from a file never reaches the terminal raw.
        PrintWriter out = TerminalText.guard(terminalOut);
        PrintWriter err = TerminalText.guard(terminalErr);
        CommandLine commandLine = new CommandLine(new Root(), new Factory());
        commandLine.setResourceBundle(messages);
        // Numbers in the user's words: picocli's own say "not an int" or quote NumberFormatException.
        commandLine.registerConverter(BigDecimal.class, this::decimal);
        commandLine.registerConverter(Integer.class, value -> (int) whole(value, Integer.MAX_VALUE));
        commandLine.registerConverter(Integer.TYPE, value -> (int) whole(value, Integer.MAX_VALUE));
        commandLine.registerConverter(Long.class, value -> whole(value, Long.MAX_VALUE));
        commandLine.registerConverter(Long.TYPE, value -> whole(value, Long.MAX_VALUE));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, cliArgs) -> {
            err.println("reelwright: " + TerminalText.line(oneLine(ex)) + " " + messages.getString("cli.seeHelp"));
            err.flush();
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parsed) -> {
            if (ex instanceof CliInputException) {
                err.println("reelwright: " + TerminalText.line(ex.getMessage()));
                err.flush();
                return BAD_INPUT;
            }
            if (ex instanceof CliEnvironmentException || ex instanceof UnsupportedOperationException) {
                // Below INFO: the JDK's default console handler would print it; the user has the message.
                LOG.log(Level.FINE, "environment failure", ex);
                err.println("reelwright: " + TerminalText.line(ex.getMessage()));
                err.flush();
                return FAILURE;
            }
            // A fault of Reelwright's: the user gets one line in their language, no class names; the trace goes
            // to the log (and to the terminal with -Dreelwright.debug=true).
            LOG.log(Level.SEVERE, "unexpected failure of " + String.join(" ", parsed.originalArgs()), ex);
            err.println("reelwright: " + messages.getString("cli.unexpected"));
            if (Boolean.getBoolean("reelwright.debug")) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                err.println(trace);
            }
            err.flush();
            return FAILURE;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (VirtualMachineError e) {
            // Out of memory or stack: one line, not the JVM's trace (picocli passes Errors on).
            LOG.log(Level.SEVERE, "the JVM gave up", e);
            err.println("reelwright: " + messages.getString(e instanceof OutOfMemoryError ? "cli.outOfMemory"
                    : "cli.unexpected"));
            code = FAILURE;
        }
        out.flush();
        err.flush();
        terminalOut.flush();
        terminalErr.flush();
        return code;
    }

    /** A decimal number of reasonable size (an exponent of 10^9 would take gigabytes to print). */
    private BigDecimal decimal(String value) {
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.precision() - number.scale() > 18 || number.scale() > 18) {
                throw new CommandLine.TypeConversionException(format("cli.numberOutOfRange", shorten(value)));
            }
            return number;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(format("cli.notANumber", shorten(value)));
        }
    }

    /** A whole number from 0 to {@code max}: counts and seeds. */
    private long whole(String value, long max) {
        String digits = value.strip();
        if (!digits.matches("-?[0-9]{1,19}")) {
            throw new CommandLine.TypeConversionException(format("cli.notAWholeNumber", shorten(value), max));
        }
        try {
            long number = Long.parseLong(digits);
            if (number <= max && number >= -max) {
                return number;
            }
        } catch (NumberFormatException tooLarge) {
            // as below
        }
        throw new CommandLine.TypeConversionException(format("cli.notAWholeNumber", shorten(value), max));
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }

    private static String shorten(String value) {
        String shown = TerminalText.line(value);
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    private String oneLine(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && unmatched.getCommandLine().getCommandSpec().subcommands().size() > 0) {
            String word = unmatched.getUnmatched().get(0);
            if (!word.startsWith("-")) {
                return new MessageFormat(messages.getString("cli.unknownCommand"), locale).format(new Object[] {word});
            }
        }
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        String first = ex.getMessage().lines().findFirst().orElse("");
        return command.contains(" ") ? command.substring(command.indexOf(' ') + 1) + ": " + first : first;
    }

    /** Builds commands with the services they need (picocli would otherwise call no-argument constructors). */
    private final class Factory implements CommandLine.IFactory {
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ExportPdfCommand.class) {
                ExportPdfCommand command = new ExportPdfCommand(services, services.planExport());
                command.locale = locale;
                return type.cast(command);
            }
            if (type == DiscloseCommand.class) {
                DiscloseCommand command = new DiscloseCommand(services, services.planExport());
                command.locale = locale;
                return type.cast(command);
            }
            if (type == CallSheetCommand.class) {
                CallSheetCommand command = new CallSheetCommand(services, services.planExport());
                command.locale = locale;
                return type.cast(command);
            }
            if (ServiceCommand.class.isAssignableFrom(type)) {
                var constructor = type.getDeclaredConstructor(CliServices.class);
                ServiceCommand command = (ServiceCommand) constructor.newInstance(services);
                command.locale = locale;
                return type.cast(command);
            }
            return fallback.create(type);
        }
    }

    @Command(name = "reelwright", mixinStandardHelpOptions = true, versionProvider = Version.class,
            resourceBundle = BUNDLE, sortOptions = false,
            subcommands = {EstimateCommand.class, ScheduleCommand.class, CompareCommand.class,
                ExportPdfCommand.class, DiscloseCommand.class, CallSheetCommand.class, ImportScriptCommand.class,
                GenerateCommand.class})
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** Listed in the help; {@code Main} takes it out of the arguments before the CLI is built. */
        @CommandLine.Option(names = "--lang", paramLabel = "en|zh", descriptionKey = "lang")
        String lang;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** The version from the build, e.g. {@code Reelwright 0.1.0}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Reelwright " + ReelwrightVersion.current()};
        }
    }
}
