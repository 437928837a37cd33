package org.reelwright.app;

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

    /** The productions bundled as samples (seeds/samples/README.md describes each). */
    public enum Sample {
        /** <i>The Salt Archive</i>: a 15-minute sci-fi short in English, costed in USD. */
        SCIFI_SHORT("sample-scifi-short.json"),
        /** <i>末班渡</i> (The Last Ferry): a 10-minute drama in Chinese, costed in CNY. */
        ZH_SHORT("sample-zh-short.json"),
        /** <i>Channel Nine Point Three</i>: a 15-minute sci-fi short on the no-budget pay model, costed in USD. */
        NO_BUDGET_SHORT("sample-nobudget-short.json");

        private final String fileName;

        Sample(String fileName) {
            this.fileName = fileName;
        }

        /** The classpath resource the sample is read from. */
        public String resource() {
            return "/seeds/samples/" + fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

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

    /** The English sample, the one a first start opens. */
    public Production openSample() throws ProjectFileException {
        return openSample(Sample.SCIFI_SHORT);
    }

    public Production openSample(Sample sample) throws ProjectFileException {
        return files.parse(BundledFiles.read(sample.resource()), sample.fileName());
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
