package org.reelwright.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.reelwright.app.DisclosureExports;
import org.reelwright.app.DisclosureProfiles;
import org.reelwright.app.PlanExport;
import org.reelwright.domain.Production;
import org.reelwright.estimate.FlagCode;
import org.reelwright.estimate.RiskFlag;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.DisclosureProfile;
import org.reelwright.report.PlanRenderer;
import org.reelwright.store.ProjectFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code disclose PROJECT OUT.pdf [--profile ID] [--map FILE] [--register FILE]}: the AI disclosure pack
 * (statement of the profile, register, shot map, consent checklist, sources), written atomically; optionally the
 * shot map and the register as CSV, or JSON when the file's name ends in {@code .json}. Prints what was written and what the disclosure still lacks (the consent and
 * rights flags of the current plan), one line each, so a script can tell a complete pack from one with gaps.
 */
@Command(name = "disclose", resourceBundle = "org.reelwright.cli.messages", mixinStandardHelpOptions = true)
final class DiscloseCommand extends ServiceCommand {
    /** The flags that say the disclosure lacks something. */
    static final Set<FlagCode> GAPS = Set.of(FlagCode.AI_CONSENT_MISSING, FlagCode.AI_CONSENT_LATE,
            FlagCode.AI_RIGHTS_UNCLEAR, FlagCode.AI_LIKENESS_CONSENT);

    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "PROJECT")
    Path project;

    @Parameters(index = "1", paramLabel = "OUT.pdf", descriptionKey = "OUT.pdf")
    Path out;

    @Option(names = "--profile", paramLabel = "ID", descriptionKey = "profile")
    String profile = DisclosureProfiles.DEFAULT_ID;

    @Option(names = "--map", paramLabel = "FILE", descriptionKey = "mapFile")
    Path mapFile;

    @Option(names = "--register", paramLabel = "FILE", descriptionKey = "registerFile")
    Path registerFile;

    private final Supplier<PlanExport> export;

    DiscloseCommand(CliServices services, Supplier<PlanExport> export) {
        super(services);
        this.export = export;
    }

    @Override
    public Integer call() throws Exception {
        DisclosureProfile chosen = DisclosureProfiles.find(profile).orElseThrow(() -> new CliInputException(
                message("disclose.unknownProfile", profile, String.join(", ", DisclosureProfiles.bundled().stream()
                        .map(DisclosureProfile::id).toList()))));
        PlanExport plans = export.get();
        plans.prepare();
        Production production = read(project);
        PlanRenderer.Rendering rendering = writePdf(project, out,
                () -> plans.writeDisclosurePack(production, chosen.id(), out));
        DisclosureExports exports = DisclosureExports.standard(services.planning().get());
        for (Path file : new Path[] {mapFile, registerFile}) {
            if (file == null) {
                continue;
            }
            try {
                if (file == mapFile) {
                    exports.exportShotMap(production, file);
                } else {
                    exports.exportRegister(production, file);
                }
            } catch (ProjectFileException e) {
                throw notWritten(file, e, e.message(locale));
            }
        }
        out().println(message("disclose.done", out, rendering.pageCount(), chosen.name(locale)));
        List<RiskFlag> gaps = services.planning().get().deterministicEstimate(production, Scenario.CURRENT).flags()
                .stream().filter(f -> GAPS.contains(f.code())).toList();
        if (gaps.isEmpty()) {
            out().println(message("disclose.complete"));
        }
        for (RiskFlag gap : gaps) {
            out().println(message("disclose.gap", messages().getString("severity." + gap.severity().id()), gap.subject(),
                    gap.message()));
        }
        return Cli.OK;
    }
}
