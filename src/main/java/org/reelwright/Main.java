package org.reelwright;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.cli.Cli;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.shell.ReelwrightUi;

/**
 * The entry point, and the one place where everything is constructed and wired. With no arguments it opens the
 * window; with a command it runs headless. A plain class rather than an {@code Application} subclass, because
 * JavaFX refuses to start an Application main class from the class path ("runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ProductionDocuments documents = new ProductionDocuments(new JsonProductionFiles(), Clock.systemDefaultZone());
        if (args.length == 0) {
            new ReelwrightUi(documents).launch();
            return;
        }
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true);
        System.exit(new Cli(documents).run(args, out, err));
    }
}
