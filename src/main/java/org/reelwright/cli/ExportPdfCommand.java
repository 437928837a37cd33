package org.reelwright.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.reelwright.app.PlanExport;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PlanRenderer;
import org.reelwright.report.PlanSection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-pdf PROJECT OUT.pdf [--scenario …] [--paper a4|letter] [--landscape] [--sections …|--short]}: the printable
 * production plan. The file is replaced atomically. Warnings about text that could not be set as asked (a
 * character no installed font has) go to stderr; the PDF is still written, with a visible mark in their place.
 */
@Command(name = "export-pdf", resourceBundle = "org.reelwright.cli.messages", mixinStandardHelpOptions = true)
final class ExportPdfCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "PROJECT")
    Path project;

    @Parameters(index = "1", paramLabel = "OUT.pdf", descriptionKey = "OUT.pdf")
    Path out;

    @Option(names = "--scenario", paramLabel = "SCENARIO", descriptionKey = "scenario")
    String scenario = "current";

    @Option(names = "--paper", paramLabel = "PAPER", descriptionKey = "paper")
    String paper = "a4";

    @Option(names = "--landscape", descriptionKey = "landscape")
    boolean landscape;

    @Option(names = "--sections", paramLabel = "SECTIONS", split = ",", descriptionKey = "sections")
    List<String> sections = List.of();

    @Option(names = "--short", descriptionKey = "short")
    boolean shortPlan;

    private final Supplier<PlanExport> export;

    /**
     * @param export the plan's use case; a supplier so that {@code --help} builds nothing
     */
    ExportPdfCommand(CliServices services, Supplier<PlanExport> export) {
        super(services);
        this.export = export;
    }

    @Override
    public Integer call() throws Exception {
        if (shortPlan && !sections.isEmpty()) {
            throw new CliInputException(message("exportPdf.shortWithSections"));
        }
        PlanExport.Options options = new PlanExport.Options(scenario(scenario), sections(), setup(), shortPlan);
        PlanExport plans = export.get();
        plans.prepare(); // fonts load while the project is read and estimated
        Production production = read(project);
        PlanRenderer.Rendering rendering = writePdf(project, out, () -> plans.export(production, options, out));
        out().println(message("exportPdf.done", out, rendering.pageCount()));
        return Cli.OK;
    }

    private Set<PlanSection> sections() throws CliInputException {
        Set<PlanSection> chosen = EnumSet.noneOf(PlanSection.class);
        for (String id : sections) {
            if (id.isBlank()) {
                continue;
            }
            try {
                chosen.add(PlanSection.fromId(id));
            } catch (InvalidInputException e) {
                throw new CliInputException("--sections: " + e.message(Locale.getDefault()));
            }
        }
        return chosen;
    }

    private PageSetup setup() throws CliInputException {
        PageSetup.Paper sheet = switch (paper.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> PageSetup.Paper.A4;
            case "letter", "us-letter" -> PageSetup.Paper.LETTER;
            default -> throw new CliInputException(message("cli.unknownPaper", paper));
        };
        return PageSetup.defaults().withPaper(sheet).withOrientation(landscape ? PageSetup.Orientation.LANDSCAPE
                : PageSetup.Orientation.PORTRAIT);
    }
}
