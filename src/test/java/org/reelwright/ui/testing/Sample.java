package org.reelwright.ui.testing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.reelwright.app.Edit;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** The sample production and a planner over the bundled library, loaded once for this panel's tests. */
/** The sample production and a planning service over the bundled library, shared by the panels' tests. */
public final class Sample {
    public static final Planning PLANNING = planning();
    public static final Production PRODUCTION = production();
    /** A Wednesday during the sample's previs, so the today line is on the chart. */
    public static final LocalDate TODAY = LocalDate.of(2027, 4, 14);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private Sample() {
    }

    /** The open production as the shell keeps it: edits replace it, as the shell's history would. */
    public static final class Open {
        public final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(PRODUCTION);
        public int edits;
        public final Consumer<Edit> apply = edit -> {
            edits++;
            production.set(edit.applyTo(production.get()));
        };
    }

    private static Planning planning() {
        try {
            return new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Production production() {
        try (InputStream in = Sample.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample-scifi-short.json");
        } catch (IOException | ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
