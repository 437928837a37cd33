package org.reelwright.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.app.EditHistory;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.StageId;

class DependenciesViewModelTest {
    private final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(
            Production.blank("Links", LocalDate.of(2027, 3, 1)));
    private final EditHistory history = new EditHistory();
    private final DependenciesViewModel model = new DependenciesViewModel(production,
            edit -> history.apply(production.get(), edit).ifPresent(e -> production.set(e.after())));

    @Test
    void addingALinkChangesTheProductionAndCanBeUndone() {
        int before = model.links().size();
        assertEquals(Optional.empty(), model.add(StageId.CASTING, StageId.PREVIS, 2));
        assertEquals(before + 1, model.links().size());
        assertTrue(production.get().dependencies().contains(new StageDependency(StageId.CASTING, StageId.PREVIS, 2)));
        production.set(history.undo().orElseThrow().before());
        assertEquals(before, model.links().size());
    }

    @Test
    void aLinkThatClosesACycleIsRefusedNamingTheStages() {
        Optional<String> refused = model.add(StageId.FESTIVALS, StageId.SCRIPT, 0);
        assertTrue(refused.orElseThrow().startsWith("Dependencies form a cycle: script → "), refused.get());
        assertTrue(refused.get().contains("festivals → script"), refused.get());
        assertEquals(StageDependency.defaults(), production.get().dependencies(), "nothing changed");
    }

    @Test
    void removingALinkFreesTheStage() {
        StageDependency link = StageDependency.of(StageId.SCRIPT, StageId.CASTING);
        model.remove(link);
        assertFalse(production.get().dependencies().contains(link));
    }
}
