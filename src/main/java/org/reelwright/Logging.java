package org.reelwright;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The one logging setup of the app and the commands (issue 15, item 12). Every library logs through
 * java.util.logging here: PDFBox through commons-logging (told to use JUL, whatever else is on the class path),
 * Flyway through {@code store.sqlite.FlywayLog}, the SQLite driver through JUL when SLF4J is absent (and SLF4J's own
 * "no providers" notice is silenced where it is present). The setup takes every handler off the root logger, so
 * nothing of it reaches the user's terminal, and writes it to {@value #FILE_NAME} in the workspace folder: one line
 * per record (a message cut at {@value #MAX_MESSAGE} characters, a trace after it), rotated to
 * {@code reelwright.log.1} when the file passes {@value #LIMIT_BYTES} bytes, so at most two files of that size.
 *
 * <p>Call {@link #toFile} first thing in {@code main}, before any library class is loaded.
 */
public final class Logging {
    public static final String FILE_NAME = "reelwright.log";
    /** Size at which the log is rotated; the previous one is kept as {@code reelwright.log.1}. */
    public static final long LIMIT_BYTES = 1024 * 1024;
    /** Longest message kept of one record: a million-digit scene number does not make a megabyte line. */
    public static final int MAX_MESSAGE = 2_000;

    private Logging() {
    }

    /**
     * Sends all logging to {@code workspaceFolder/reelwright.log} and none to the terminal. When the folder cannot
     * be created or written, logging is only kept off the terminal.
     *
     * @return the log file, or empty when it cannot be written
     */
    public static synchronized Optional<Path> toFile(Path workspaceFolder) {
        return toFile(workspaceFolder, LIMIT_BYTES);
    }

    static synchronized Optional<Path> toFile(Path workspaceFolder, long limitBytes) {
        Logger root = quietTerminal();
        Path file = workspaceFolder.resolve(FILE_NAME);
        try {
            Files.createDirectories(workspaceFolder);
            RotatingFile handler = new RotatingFile(file, limitBytes);
            root.addHandler(handler);
            return Optional.of(file);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps every library's logging off the terminal and keeps nothing: for when no workspace folder is known.
     * {@link #toFile} does this too.
     */
    public static synchronized Logger quietTerminal() {
        // Libraries choose their logging when first used: these must be set before that.
        setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        setIfAbsent("slf4j.internal.verbosity", "ERROR");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
        root.setLevel(Level.INFO);
        return root;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** One line per record: time, level, logger, message; then the trace, if any. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            String message = formatMessage(record);
            if (message == null) {
                message = "";
            }
            if (message.length() > MAX_MESSAGE) {
                message = message.substring(0, MAX_MESSAGE) + "… (" + message.length() + " characters)";
            }
            StringBuilder b = new StringBuilder(96 + message.length()).append(Instant.ofEpochMilli(record.getMillis()))
                    .append(' ').append(record.getLevel().getName()).append(' ').append(record.getLoggerName())
                    .append(": ").append(message.replace('\n', ' ').replace('\r', ' ')).append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }

    /**
     * Appends to the log file; past the limit the file becomes {@code reelwright.log.1} (replacing the older one)
     * and a new one is started. Appends, so that the window and a command may log at the same time; no lock file.
     */
    static final class RotatingFile extends Handler {
        private final Path file;
        private final long limitBytes;
        private OutputStream out;
        private long size;

        RotatingFile(Path file, long limitBytes) throws IOException {
            this.file = file;
            this.limitBytes = limitBytes;
            setFormatter(new OneLine());
            setLevel(Level.ALL);
            // The default ErrorManager prints to stderr: a log that cannot be written must not reach the terminal.
            setErrorManager(new ErrorManager() {
                @Override
                public synchronized void error(String message, Exception e, int code) {
                }
            });
            open();
        }

        private void open() throws IOException {
            out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            size = Files.size(file);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (out == null || !isLoggable(record)) {
                return;
            }
            try {
                byte[] bytes = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
                if (size > 0 && size + bytes.length > limitBytes) {
                    out.close();
                    Files.move(file, file.resolveSibling(file.getFileName() + ".1"),
                            StandardCopyOption.REPLACE_EXISTING);
                    open();
                }
                out.write(bytes);
                out.flush();
                size += bytes.length;
            } catch (IOException | RuntimeException e) {
                reportError(null, e, ErrorManager.WRITE_FAILURE);
            }
        }

        @Override
        public synchronized void flush() {
            try {
                if (out != null) {
                    out.flush();
                }
            } catch (IOException e) {
                reportError(null, e, ErrorManager.FLUSH_FAILURE);
            }
        }

        @Override
        public synchronized void close() {
            try {
                if (out != null) {
                    out.close();
                }
            } catch (IOException e) {
                reportError(null, e, ErrorManager.CLOSE_FAILURE);
            } finally {
                out = null;
            }
        }
    }
}
