package org.reelwright.store.sqlite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WorkspaceChild} in its own JVM, started with this test run's class path and the same Java. Its standard
 * output goes to a file rather than a pipe: whatever the child wrote before it was killed is in that file, whereas
 * a pipe read by a thread of ours can lose the last lines when the process dies (seen: the reader stopped with
 * "Stream closed" two acknowledgements short).
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path output;
    private final Path errorLog;

    private ChildJvm(Process process, Path output, Path errorLog) {
        this.process = process;
        this.output = output;
        this.errorLog = errorLog;
    }

    /** Starts {@code WorkspaceChild mode folder}; its files go next to the folder. */
    static ChildJvm start(String mode, Path folder) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                // A short-lived child: the quick compiler and a small heap start fastest.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), WorkspaceChild.class.getName(), mode,
                folder.toString()));
        Path output = folder.resolveSibling(folder.getFileName() + "-child.out");
        Path errorLog = folder.resolveSibling(folder.getFileName() + "-child-errors.log");
        Files.deleteIfExists(output);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(errorLog.toFile()));
        return new ChildJvm(builder.start(), output, errorLog);
    }

    /** Waits until the child has written a line starting with {@code prefix}; false after the timeout. */
    boolean awaitLine(String prefix, long timeoutMillis) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            for (String line : lines()) {
                if (line.startsWith(prefix)) {
                    return true;
                }
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** Kills the child as a power cut would (SIGKILL: no shutdown hooks, no flushing) and returns what it wrote. */
    List<String> kill() throws InterruptedException, IOException {
        process.destroyForcibly();
        process.waitFor();
        return lines();
    }

    /** Every complete or partial line written so far. */
    List<String> lines() throws IOException {
        return Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of();
    }

    Process process() {
        return process;
    }

    /** What the children wrote to standard error so far, for failure messages. */
    String errors() {
        try {
            return Files.exists(errorLog) ? Files.readString(errorLog) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Makes sure no child outlives its test. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
