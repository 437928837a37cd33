package org.reelwright.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.reelwright.app.PlanExport;
import org.reelwright.domain.Production;
import org.reelwright.report.PlanRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code callsheet PROJECT DAY OUT.pdf}: the call sheet of one shoot day (1-based, as the stripboard numbers days)
 * as a one-page PDF in the language of {@code --lang}. The file is replaced atomically; a day the schedule does not
 * have is bad input (exit 2) with a message saying how many days there are.
 */
@Command(name = "callsheet", resourceBundle = "org.reelwright.cli.messages", mixinStandardHelpOptions = true)
final class CallSheetCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "PROJECT")
    Path project;

    @Parameters(index = "1", paramLabel = "DAY", descriptionKey = "DAY")
    int day;

    @Parameters(index = "2", paramLabel = "OUT.pdf", descriptionKey = "OUT.pdf")
    Path out;

    private final Supplier<PlanExport> export;

    CallSheetCommand(CliServices services, Supplier<PlanExport> export) {
        super(services);
        this.export = export;
    }

    @Override
    public Integer call() throws Exception {
        PlanExport plans = export.get();
        plans.prepare(); // fonts load while the project is read and scheduled
        Production production = read(project);
        PlanRenderer.Rendering rendering = writePdf(project, out,
                () -> plans.callSheets().writePdf(production, day, plans.locale(), out));
        out().println(message("callsheet.done", out, day, rendering.pageCount()));
        return Cli.OK;
    }
}
