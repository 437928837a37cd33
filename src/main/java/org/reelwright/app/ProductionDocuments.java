package org.reelwright.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.reelwright.domain.Production;
import org.reelwright.store.ProductionFiles;
import org.reelwright.store.ProjectFileException;

/**
 * Use cases around whole production files: start a new one, open the bundled sample, open and save project files.
 * Reading and writing go through {@link ProductionFiles}, so the UI and the command line never see the format.
 */
public final class ProductionDocuments {

    /** The sample every first start opens: a 15-minute sci-fi short mixing live action, VFX and AI shots. */
    public static final String SAMPLE_RESOURCE = "/seeds/samples/sample-scifi-short.json";

    private final ProductionFiles files;
    private final Clock clock;

    public ProductionDocuments(ProductionFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** A new, empty production whose work starts next Monday. */
    public Production newProduction(String title) {
        LocalDate nextMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return Production.blank(title, nextMonday);
    }

    public Production openSample() throws ProjectFileException {
        try (InputStream in = ProductionDocuments.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new ProjectFileException("The sample production is missing from this build ("
                        + SAMPLE_RESOURCE + ")");
            }
            return files.parse(in.readAllBytes(), "sample-scifi-short.json");
        } catch (IOException e) {
            throw new ProjectFileException("The sample production could not be read: " + e.getMessage(), e);
        }
    }

    public Production open(Path file) throws ProjectFileException {
        return files.read(file);
    }

    /** Saves atomically; on failure the previous file is intact and the exception says why. */
    public void save(Production production, Path file) throws ProjectFileException {
        files.write(production, file);
    }

    /** The extension project files get when the user types a name without one. */
    public String fileExtension() {
        return files.extension();
    }
}
