package org.reelwright.store.sqlite;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.reelwright.domain.Production;

/**
 * A second JVM for the tests that need one, speaking line by line on standard output.
 * <ul>
 * <li>{@code edit FOLDER}: opens the workspace, creates the crash-test production if it is missing ("CREATED"),
 * reports how many edits it holds ("START n"), then applies {@link CrashEdits} one after another, printing
 * "ACK n" only after {@code update} has returned for edit n, until it is killed. Every 25th edit also takes an
 * automatic snapshot first.</li>
 * <li>{@code hold FOLDER}: opens the workspace, prints "OPEN", and keeps it open until standard input closes.</li>
 * </ul>
 */
public final class WorkspaceChild {
    private WorkspaceChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path folder = Path.of(args[1]);
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            if (args[0].equals("hold")) {
                out.println("OPEN");
                while (System.in.read() >= 0) {
                    // Holds the workspace until the parent closes our standard input.
                }
                return;
            }
            Production current = workspace.load(CrashEdits.PRODUCTION).orElse(null);
            if (current == null) {
                current = CrashEdits.initial();
                workspace.create(current);
                out.println("CREATED");
            }
            int n = CrashEdits.editsIn(current);
            out.println("START " + n);
            while (true) {
                n++;
                Production next = CrashEdits.apply(current, n);
                if (n % 25 == 0) {
                    workspace.snapshot(current, "automatic before edit " + n, true);
                }
                workspace.update(current, next);
                out.println("ACK " + n);
                current = next;
            }
        }
    }
}
