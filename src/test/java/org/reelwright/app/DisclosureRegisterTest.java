package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.AiContribution;
import org.reelwright.domain.AiUseKey;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

class DisclosureRegisterTest {
    private static Planning planning;
    private static Production sample;

    @BeforeAll
    static void load() throws Exception {
        planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        try (InputStream in = DisclosureRegisterTest.class.getResourceAsStream(ProductionDocuments.SAMPLE_RESOURCE)) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    /** The production as the window holds it: edits applied through an EditHistory, undo going back. */
    private static final class Work {
        private final EditHistory history = new EditHistory();
        private Production current;

        Work(Production start) {
            current = start;
        }

        Production current() {
            return current;
        }

        void apply(Edit edit) {
            current = history.apply(current, edit).map(EditHistory.Entry::after).orElse(current);
        }

        void undo() {
            current = history.undo().map(EditHistory.Entry::before).orElse(current);
        }
    }

    private static Shot firstLiveShot(Production p) {
        return p.scenes().stream().flatMap(s -> s.shots().stream())
                .filter(s -> s.method() == ProductionMethod.LIVE_ACTION).findFirst().orElseThrow();
    }

    @Test
    void everyAiStageAndEveryGeneratedShotHasAnEntryAndNoTraditionalStageHasOne() {
        Disclosure register = planning.disclosureRegister().register(sample);
        for (var plan : sample.stages().values()) {
            boolean ai = plan.stage() != StageId.GENERATION && plan.workflow() != Workflow.TRADITIONAL;
            assertEquals(ai, register.entry(AiUseKey.ofStage(plan.stage())).isPresent(), plan.stage().id());
        }
        sample.scenes().stream().flatMap(s -> s.shots().stream()).forEach(shot -> assertEquals(shot.isAiGenerated(),
                register.entry(AiUseKey.ofShot(StageId.GENERATION, shot.id())).isPresent(), shot.number()));
        assertTrue(register.entries().stream().allMatch(DisclosureEntry::inPlan));
        assertTrue(register.entries().stream().allMatch(e -> e.plannedOn() != null), "dates from the schedule");
    }

    @Test
    void addingAnAiShotAddsAnEntryAndSwitchingItBackKeepsTheTextMarkedUnused() {
        Shot live = firstLiveShot(sample);
        AiUseKey key = AiUseKey.ofShot(StageId.GENERATION, live.id());
        Work history = new Work(sample);
        assertFalse(planning.disclosureRegister().register(history.current()).entry(key).isPresent());

        history.apply(Edits.changeShot(live.withMethod(ProductionMethod.AI_IMAGE_TO_VIDEO), "method"));
        DisclosureEntry added = planning.disclosureRegister().register(history.current()).entry(key).orElseThrow();
        assertEquals(AiContribution.GENERATED, added.contribution());
        assertTrue(added.inPlan());

        history.apply(planning.disclosureRegister().changeEntry(history.current(), key, "tool",
                e -> e.withTool("Runway Gen-4").withHumanContribution("Keyframes painted by the art director")));
        Shot generated = history.current().sceneOf(live.id()).orElseThrow().shot(live.id()).orElseThrow();
        history.apply(Edits.changeShot(generated.withMethod(ProductionMethod.LIVE_ACTION), "method"));

        DisclosureEntry kept = planning.disclosureRegister().register(history.current()).entry(key).orElseThrow();
        assertFalse(kept.inPlan());
        assertEquals("Runway Gen-4", kept.tool());
        assertEquals("Keyframes painted by the art director", kept.humanContribution());

        history.apply(Edits.changeShot(live.withMethod(ProductionMethod.AI_TEXT_TO_VIDEO), "method"));
        DisclosureEntry back = planning.disclosureRegister().register(history.current()).entry(key).orElseThrow();
        assertTrue(back.inPlan());
        assertEquals("Runway Gen-4", back.tool(), "the text survives the round trip");
    }

    @Test
    void anEntryThePlanStillUsesCannotBeRemovedAndAnUnusedOneCan() {
        Shot live = firstLiveShot(sample);
        AiUseKey key = AiUseKey.ofShot(StageId.GENERATION, live.id());
        Work history = new Work(sample);
        history.apply(Edits.changeShot(live.withMethod(ProductionMethod.AI_IMAGE_TO_VIDEO), "method"));
        history.apply(planning.disclosureRegister().prefill(history.current()));
        assertThrows(IllegalArgumentException.class,
                () -> history.apply(planning.disclosureRegister().removeEntry(key)));
        history.apply(Edits.changeShot(live, "method"));
        history.apply(planning.disclosureRegister().removeEntry(key));
        assertFalse(history.current().disclosure().entry(key).isPresent());
    }

    @Test
    void recordingAConsentIsOneEditThatUndoes() {
        Work history = new Work(sample);
        ConsentRecord consent = ConsentRecord.of("Mara Quinn").withSignedOn(LocalDate.of(2027, 1, 5))
                .withShots(List.of(firstLiveShot(sample).id()));
        history.apply(planning.disclosureRegister().addConsent(history.current(), consent));
        assertEquals(List.of(consent), history.current().disclosure().consents());
        history.apply(planning.disclosureRegister().changeConsent(history.current(), consent.id(), "scope",
                c -> c.withScope("Digital double for scene 3")));
        assertEquals("Digital double for scene 3", history.current().disclosure().consents().get(0).scope());
        history.undo();
        history.undo();
        assertTrue(history.current().disclosure().consents().isEmpty());
    }
}
