package org.reelwright.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.AiContribution;
import org.reelwright.domain.AiUseKey;
import org.reelwright.domain.CommercialUse;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Production;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.StageId;
import org.reelwright.store.ProductionStore.SnapshotInfo;

/** The disclosure register in the workspace (schema version 5, issue 16). */
class DisclosureWorkspaceTest {
    @TempDir
    Path folder;

    private static Disclosure register(Production p) {
        ShotId shot = p.scenes().get(0).shots().get(0).id();
        return new Disclosure(List.of(DisclosureEntry.planned(AiUseKey.ofShot(StageId.GENERATION, shot),
                List.of(shot), AiContribution.GENERATED, 1, LocalDate.of(2027, 4, 1)).withTool("Kling")
                .withCommercialUse(CommercialUse.NOT_ALLOWED).withHumanContribution("多轮挑选，人工剪辑"),
                DisclosureEntry.planned(AiUseKey.ofStage(StageId.VFX), List.of(shot), AiContribution.ENHANCED, 0,
                        null).withInPlan(false)),
                List.of(ConsentRecord.of("Maya Osei").withSignedOn(LocalDate.of(2027, 3, 2)).withShots(List.of(shot)),
                        ConsentRecord.of("Unsigned Person").withVoice(true)));
    }

    @Test
    void aRegisterRoundTripsThroughCreateUpdateAndASnapshot() throws Exception {
        Production sample = WorkspaceFixtures.sample();
        Production p = sample.withDisclosure(register(sample));
        try (SqliteWorkspace workspace = SqliteWorkspace.open(folder, WorkspaceFixtures.CODEC).workspace()) {
            workspace.create(p);
            assertEquals(p, workspace.load(p.id()).orElseThrow());
            Production edited = p.withDisclosure(p.disclosure().withEntry(p.disclosure().entries().get(0)
                    .withTool("Kling 2.1")).withoutConsent(p.disclosure().consents().get(1).id()));
            workspace.update(p, edited);
            assertEquals(edited, workspace.load(p.id()).orElseThrow());
            SnapshotInfo kept = workspace.snapshot(edited, "with the register", false);
            assertEquals(edited, workspace.loadSnapshot(kept.id()));
            Production cleared = edited.withDisclosure(Disclosure.EMPTY);
            workspace.update(edited, cleared);
            assertEquals(cleared, workspace.load(p.id()).orElseThrow());
        }
    }

    @Test
    void aShotEditDoesNotRewriteTheRegister() {
        Production sample = WorkspaceFixtures.sample();
        Production p = sample.withDisclosure(register(sample));
        Production edited = p.withShot(p.scenes().get(0).shots().get(0).withNotes("new note"));
        assertTrue(!ProductionChanges.between(p, edited).disclosureChanged());
        assertTrue(ProductionChanges.between(p, p.withDisclosure(Disclosure.EMPTY)).disclosureChanged());
    }
}
