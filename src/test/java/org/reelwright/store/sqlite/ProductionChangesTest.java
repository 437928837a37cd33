package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.domain.StageId;
import org.reelwright.store.sqlite.ProductionChanges.PlacedShot;
import org.reelwright.store.sqlite.SampleEdits.Edit;

class ProductionChangesTest {
    private static final Production SAMPLE = WorkspaceFixtures.sample();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reelwright.store.sqlite.SampleEdits#table")
    void writesOnlyTheSceneAndShotRowsAnEditChanged(Edit edit) {
        ProductionChanges changes = ProductionChanges.between(SAMPLE, edit.apply().apply(SAMPLE));
        assertEquals(edit.sceneRows(), changes.sceneRows(), "scene rows");
        assertEquals(edit.shotRows(), changes.shotRows(), "shot rows");
        assertFalse(changes.isEmpty());
    }

    @Test
    void changingOneShotOfTenThousandIsOneShotUpdateAndNothingElse() {
        Production big = WorkspaceFixtures.synthetic(500, 10_000, 1, ProductionId.random());
        var shot = big.scenes().get(250).shots().get(7);
        Production edited = big.withShot(shot.withDurationSeconds(shot.durationSeconds() + 1));
        ProductionChanges changes = ProductionChanges.between(big, edited);
        assertEquals(List.of(new PlacedShot(edited.scenes().get(250).shots().get(7),
                edited.scenes().get(250).id(), 7)), changes.updatedShots());
        assertEquals(1, changes.shotRows());
        assertEquals(0, changes.sceneRows());
        assertFalse(changes.fieldsChanged() || changes.exchangeRatesChanged() || changes.dependenciesChanged());
        assertTrue(changes.changedStagePlans().isEmpty() && changes.changedRateOverrides().isEmpty());
    }

    @Test
    void anEqualButRebuiltProductionChangesNothing() {
        Production rebuilt = WorkspaceFixtures.withId(SAMPLE, SAMPLE.id());
        assertTrue(ProductionChanges.between(SAMPLE, rebuilt).isEmpty());
        assertTrue(ProductionChanges.between(SAMPLE, SAMPLE).isEmpty());
    }

    @Test
    void aStagePlanChangeLeavesItsOverridesAloneAndViceVersa() {
        Production teamOnly = SAMPLE.withStage(SAMPLE.stage(StageId.SOUND).withTeamSize(3));
        ProductionChanges changes = ProductionChanges.between(SAMPLE, teamOnly);
        assertEquals(1, changes.changedStagePlans().size());
        assertEquals(0, changes.changedRateOverrides().size());
    }

    @Test
    void refusesToTurnOneProductionIntoAnother() {
        Production other = WorkspaceFixtures.withId(SAMPLE, ProductionId.random());
        assertThrows(IllegalArgumentException.class, () -> ProductionChanges.between(SAMPLE, other));
    }
}
