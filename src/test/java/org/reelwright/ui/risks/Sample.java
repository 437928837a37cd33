package org.reelwright.ui.risks;

import java.io.IOException;
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
final class Sample {
    static final Planning PLANNING = planning();
    static final Production PRODUCTION = production();

    private Sample() {
    }

    /** The open production as the shell keeps it: edits replace it, as the shell's history would. */
    static final class Open {
        final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(PRODUCTION);
        int edits;
        final Consumer<Edit> apply = edit -> {
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
