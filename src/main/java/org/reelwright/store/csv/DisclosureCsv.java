package org.reelwright.store.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotDisclosureMap;
import org.reelwright.domain.ShotId;
import org.reelwright.store.AtomicFiles;
import org.reelwright.store.DisclosureFiles;
import org.reelwright.store.ProjectFileException;

/**
 * The shot disclosure map and the register as CSV (UTF-8 with a byte-order mark, so a spreadsheet opens Chinese
 * text right); free text is neutralised against formulas as the shot list's is. Column names are stable ids.
 */
public final class DisclosureCsv implements DisclosureFiles {
    static final List<String> MAP_COLUMNS = List.of("scene", "shot", "start", "end", "start_seconds", "end_seconds",
            "ai_contribution", "frame_share", "realistic_faces", "description");
    static final List<String> REGISTER_COLUMNS = List.of("record", "stage", "shots", "ai_contribution",
            "frame_share", "likeness", "tool", "vendor", "model", "model_version", "licence_tier", "commercial_use",
            "training_data_known", "training_data_address", "output_ownership", "prompted_by", "selected_by",
            "human_contribution", "planned_on", "done_on", "in_plan", "person", "scope", "media", "territories",
            "signed_on", "document_reference", "voice");

    /** The map as CSV text; the last end is the runtime. */
    public String shotMapText(Production production) {
        return print(MAP_COLUMNS, printer -> {
            for (ShotDisclosureMap.Row r : ShotDisclosureMap.of(production).rows()) {
                printer.printRecord(ShotListCsv.neutralise(r.sceneNumber()), ShotListCsv.neutralise(r.shotNumber()),
                        r.startTimecode(), r.endTimecode(), seconds(r.startSeconds()), seconds(r.endSeconds()),
                        r.contribution().id(), seconds(r.frameShare()), r.realisticFaces() ? "yes" : "no",
                        ShotListCsv.neutralise(r.description()));
            }
        });
    }

    /** The register as CSV text: one row per entry ({@code record} = entry), then one per consent. */
    public String registerText(Production production) {
        Map<ShotId, String> numbers = new HashMap<>();
        for (Scene scene : production.scenes()) {
            for (Shot shot : scene.shots()) {
                numbers.put(shot.id(), shot.number());
            }
        }
        return print(REGISTER_COLUMNS, printer -> {
            for (DisclosureEntry e : production.disclosure().entries()) {
                printer.printRecord("entry", e.stage().id(), shots(e.shots(), numbers), e.contribution().id(),
                        seconds(e.frameShare()), e.likeness().id(), text(e.tool()), text(e.vendor()),
                        text(e.model()), text(e.modelVersion()), text(e.licenceTier()), e.commercialUse().id(),
                        e.trainingDataKnown() ? "yes" : "no", text(e.trainingDataAddress()),
                        text(e.outputOwnership()), text(e.promptedBy()), text(e.selectedBy()),
                        text(e.humanContribution()), date(e.plannedOn()), date(e.doneOn()), e.inPlan() ? "yes" : "no",
                        "", "", "", "", "", "", "");
            }
            for (ConsentRecord c : production.disclosure().consents()) {
                printer.printRecord("consent", "", shots(c.shots(), numbers), "", "", "", "", "", "", "", "", "", "",
                        "", "", "", "", "", "", "", "", text(c.person()), text(c.scope()), text(c.media()),
                        text(c.territories()), date(c.signedOn()), text(c.documentReference()),
                        c.voice() ? "yes" : "no");
            }
        });
    }

    @Override
    public void exportShotMap(Production production, Path file) throws ProjectFileException {
        write(shotMapText(production), file);
    }

    @Override
    public void exportRegister(Production production, Path file) throws ProjectFileException {
        write(registerText(production), file);
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String print(List<String> columns, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(columns.toArray(String[]::new)).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void write(String text, Path file) throws ProjectFileException {
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.words("file.about", String.valueOf(file.getFileName()),
                    ProjectFileException.words("file.cannotWrite", String.valueOf(e.getMessage()))), e);
        }
    }

    private static String shots(List<ShotId> ids, Map<ShotId, String> numbers) {
        return ids.stream().map(id -> numbers.getOrDefault(id, id.toString())).map(ShotListCsv::neutralise)
                .collect(Collectors.joining(" "));
    }

    private static String text(String value) {
        return ShotListCsv.neutralise(value);
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Seconds (or a share) as a plain number: 12.5, 0.3, never 1.25E1. */
    private static String seconds(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString().toLowerCase(Locale.ROOT);
    }
}
