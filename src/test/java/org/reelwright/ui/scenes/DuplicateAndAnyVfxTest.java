package org.reelwright.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.app.EditHistory;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.VfxLevel;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/** Duplicate hands back the copies so the table keeps a selection; the VFX filter offers "any" in its list. */
class DuplicateAndAnyVfxTest {
    private static ScenesViewModel model(SimpleObjectProperty<Production> production) throws Exception {
        EditHistory history = new EditHistory();
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        return new ScenesViewModel(() -> planning, BackgroundWork.sameThread(), new Messages(Locale.ENGLISH),
                production, edit -> history.apply(production.get(), edit).ifPresent(e -> production.set(e.after())));
    }

    private static Production sample() throws Exception {
        try (InputStream in = DuplicateAndAnyVfxTest.class.getResourceAsStream(
                "/seeds/samples/sample-scifi-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    @Test
    void duplicateReturnsTheCopiesForTheTableToSelect() throws Exception {
        SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(sample());
        ScenesViewModel model = model(production);
        Scene first = production.get().scenes().get(0);
        List<ShotId> originals = List.of(first.shots().get(0).id(), first.shots().get(1).id());
        List<ShotId> copies = model.duplicate(originals);
        assertEquals(2, copies.size());
        Scene after = production.get().scenes().get(0);
        for (int i = 0; i < 2; i++) {
            Shot copy = after.shot(copies.get(i)).orElseThrow();
            assertEquals(first.shots().get(i).description(), copy.description());
        }
    }

    @Test
    void theVfxFilterOffersAnyBeforeTheLevels() throws Exception {
        ScenesViewModel model = model(new SimpleObjectProperty<>(sample()));
        List<VfxLevel> choices = model.vfxChoices();
        assertNull(choices.get(0), "any level, first");
        assertEquals(List.of(VfxLevel.values()), choices.subList(1, choices.size()));
        int all = model.rows().size();
        model.vfxFilterProperty().set(VfxLevel.values()[VfxLevel.values().length - 1]);
        model.vfxFilterProperty().set(choices.get(0));
        assertEquals(all, model.rows().size(), "choosing any shows every shot again");
    }
}
