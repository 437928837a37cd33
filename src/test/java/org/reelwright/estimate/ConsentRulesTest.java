package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reelwright.estimate.EstimateFixtures.estimator;
import static org.reelwright.estimate.EstimateFixtures.shot;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.AiUseKey;
import org.reelwright.domain.CommercialUse;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Genre;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Likeness;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.Workflow;

/** The consent and rights rules of issue 16: who must have agreed, and by when; what missing rights cost. */
class ConsentRulesTest {
    private static final LocalDate PLANNED = LocalDate.of(2027, 3, 1);
    private final Shot face = shot("1A", 6, VfxLevel.NONE, ProductionMethod.AI_IMAGE_TO_VIDEO, true);

    private Production plan(Disclosure disclosure) {
        Scene scene = new Scene(SceneId.random(), "1", new SceneHeading(IntExt.INT, "LAB", TimeOfDay.DAY), 8,
                List.of("MAYA"), "", List.of(face, shot("1B", 4, VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true)));
        return Production.blank("Lab", LocalDate.of(2027, 1, 4)).withGenre(Genre.SCI_FI)
                .withScenes(List.of(scene)).withDisclosure(disclosure);
    }

    private DisclosureEntry faceEntry() {
        return DisclosureEntry.planned(AiUseKey.ofShot(StageId.GENERATION, face.id()), List.of(face.id()),
                org.reelwright.domain.AiContribution.GENERATED, 1, PLANNED);
    }

    private static List<RiskFlag> flags(Production p, FlagCode code) {
        return estimator(0).estimate(p, Scenario.CURRENT).flags().stream().filter(f -> f.code() == code).toList();
    }

    private ConsentRecord signed(LocalDate on) {
        return ConsentRecord.of("Maya Osei").withSignedOn(on).withShots(List.of(face.id()));
    }

    @Test
    void anAiFaceShotWithoutConsentIsFlaggedHighOnThatShot() {
        List<RiskFlag> found = flags(plan(Disclosure.EMPTY), FlagCode.AI_CONSENT_MISSING);
        assertEquals(1, found.size(), "the live face shot needs none");
        assertEquals(Severity.HIGH, found.get(0).severity());
        assertEquals(face.id().toString(), found.get(0).subjectId());
    }

    @Test
    void aConsentSignedBeforeThePlannedWorkClearsTheFlag() {
        Production p = plan(new Disclosure(List.of(faceEntry()), List.of(signed(PLANNED.minusDays(3)))));
        assertEquals(List.of(), flags(p, FlagCode.AI_CONSENT_MISSING));
        assertEquals(List.of(), flags(p, FlagCode.AI_CONSENT_LATE));
    }

    @Test
    void aConsentSignedOnTheDayOfTheWorkIsInTime() {
        Production p = plan(new Disclosure(List.of(faceEntry()), List.of(signed(PLANNED))));
        assertEquals(List.of(), flags(p, FlagCode.AI_CONSENT_LATE));
    }

    @Test
    void aConsentSignedAfterThePlannedWorkIsFlaggedHigh() {
        Production p = plan(new Disclosure(List.of(faceEntry()), List.of(signed(PLANNED.plusDays(1)))));
        List<RiskFlag> late = flags(p, FlagCode.AI_CONSENT_LATE);
        assertEquals(1, late.size());
        assertEquals(Severity.HIGH, late.get(0).severity());
        assertTrue(late.get(0).message().contains("2027-03-02"), late.get(0).message());
        assertEquals(List.of(), flags(p, FlagCode.AI_CONSENT_MISSING));
    }

    @Test
    void anUnsignedConsentIsNoConsent() {
        Production p = plan(new Disclosure(List.of(faceEntry()), List.of(signed(null))));
        assertEquals(1, flags(p, FlagCode.AI_CONSENT_MISSING).size());
    }

    @Test
    void invented_peopleNeedNoConsent() {
        Production p = plan(new Disclosure(List.of(faceEntry().withLikeness(Likeness.INVENTED)), List.of()));
        assertEquals(List.of(), flags(p, FlagCode.AI_CONSENT_MISSING));
    }

    @Test
    void aLiveFaceShotWhoseEffectsAiDoesNeedsConsentOnlyWhenTheRegisterSaysItTouchesARealPerson() {
        Production p = plan(Disclosure.EMPTY);
        Shot live = p.scenes().get(0).shots().get(1).withVfx(VfxLevel.MEDIUM);
        p = p.withShot(live).withStage(p.stage(StageId.VFX).withWorkflow(Workflow.HYBRID));
        assertEquals(1, flags(p, FlagCode.AI_CONSENT_MISSING).size(), "effects work is not assumed to touch faces");
        Production real = p.withDisclosure(p.disclosure().withEntry(DisclosureEntry.planned(
                AiUseKey.ofStage(StageId.VFX), List.of(live.id()), org.reelwright.domain.AiContribution.ENHANCED, 0,
                PLANNED).withLikeness(Likeness.REAL_PERSON)));
        List<RiskFlag> found = flags(real, FlagCode.AI_CONSENT_MISSING);
        assertEquals(2, found.size());
        assertTrue(found.stream().anyMatch(f -> f.subjectId().equals(live.id().toString())));
    }

    @Test
    void aVoiceCloneOfARealPerformerNeedsAVoiceConsentAndShowsTheFallbackCost() {
        Production p = plan(new Disclosure(List.of(faceEntry().withLikeness(Likeness.INVENTED)), List.of()))
                .withSubtitleLanguages(List.of()).withDubbingLanguages(List.of("fr"));
        p = p.withStage(p.stage(StageId.VOICE).withWorkflow(Workflow.AI).withRealPerformerLikeness(true));
        List<RiskFlag> missing = flags(p, FlagCode.AI_CONSENT_MISSING);
        assertEquals(1, missing.size());
        assertEquals("voice", missing.get(0).subjectId());
        assertTrue(missing.get(0).message().matches(".*costs [0-9.,]+ USD.*"), missing.get(0).message());
        Production consented = p.withDisclosure(p.disclosure().withConsent(ConsentRecord.of("Ana Ruiz")
                .withVoice(true).withSignedOn(LocalDate.of(2027, 1, 2))));
        assertEquals(List.of(), flags(consented, FlagCode.AI_CONSENT_MISSING));
        assertEquals(List.of(), flags(consented, FlagCode.AI_LIKENESS_CONSENT));
    }

    @Test
    void aToolWithoutCommercialRightsShowsThePriceOfTheTraditionalFallback() {
        Production p = plan(Disclosure.EMPTY);
        p = p.withStage(p.stage(StageId.MUSIC).withWorkflow(Workflow.AI));
        p = p.withDisclosure(new Disclosure(List.of(DisclosureEntry.planned(AiUseKey.ofStage(StageId.MUSIC),
                List.of(), org.reelwright.domain.AiContribution.GENERATED, 0, PLANNED).withTool("FreeTunes")
                .withCommercialUse(CommercialUse.NOT_ALLOWED)), List.of()));
        List<RiskFlag> rights = flags(p, FlagCode.AI_RIGHTS_UNCLEAR);
        assertEquals(1, rights.size());
        assertEquals(Severity.HIGH, rights.get(0).severity());
        assertEquals(StageId.MUSIC.id(), rights.get(0).subjectId());
        java.util.regex.Matcher cost = java.util.regex.Pattern.compile("costs ([0-9.,]+) USD")
                .matcher(rights.get(0).message());
        assertTrue(cost.find(), rights.get(0).message());
        assertTrue(Double.parseDouble(cost.group(1).replace(",", "")) > 0, rights.get(0).message());
        Production allowed = p.withDisclosure(p.disclosure().withEntry(p.disclosure().entries().get(0)
                .withCommercialUse(CommercialUse.ALLOWED)));
        assertEquals(List.of(), flags(allowed, FlagCode.AI_RIGHTS_UNCLEAR));
        Production unknown = p.withDisclosure(p.disclosure().withEntry(p.disclosure().entries().get(0)
                .withCommercialUse(CommercialUse.UNKNOWN)));
        assertEquals(Severity.MEDIUM, flags(unknown, FlagCode.AI_RIGHTS_UNCLEAR).get(0).severity());
        Production untouched = p.withDisclosure(p.disclosure().withEntry(p.disclosure().entries().get(0)
                .withCommercialUse(CommercialUse.UNKNOWN).withTool("")));
        assertEquals(List.of(), flags(untouched, FlagCode.AI_RIGHTS_UNCLEAR), "an entry nobody described yet");
    }

    @Test
    void generatedShotsWithoutRightsFallBackToBeingShotLive() {
        Production p = plan(new Disclosure(List.of(faceEntry().withTool("FreeGen").withCommercialUse(
                CommercialUse.NOT_ALLOWED)), List.of()));
        List<RiskFlag> rights = flags(p, FlagCode.AI_RIGHTS_UNCLEAR);
        assertEquals(StageId.GENERATION.id(), rights.get(0).subjectId());
        // One six-second shot fits in the shoot days this plan has already: the words say so, not "costs 0".
        assertTrue(rights.get(0).message().contains("shooting the AI shots live, fits in the shoot days"),
                rights.get(0).message());
    }

    @Test
    void theIncrementalSessionRaisesTheSameFlagsAsTheFullEstimateEditAfterEdit() {
        CostEstimator estimator = estimator(0);
        EstimateSession session = estimator.session();
        Production p = plan(Disclosure.EMPTY);
        List<Production> steps = new java.util.ArrayList<>();
        steps.add(p);
        p = p.withDisclosure(new Disclosure(List.of(faceEntry().withTool("X")), List.of(signed(PLANNED.plusDays(2)))));
        steps.add(p);
        p = p.withShot(p.scenes().get(0).shots().get(1).withNotes("a shot edit keeps the register"));
        steps.add(p);
        p = p.withDisclosure(p.disclosure().withConsent(p.disclosure().consents().get(0).withSignedOn(PLANNED)));
        steps.add(p);
        Shot live = p.scenes().get(0).shots().get(1).withVfx(VfxLevel.SIMPLE);
        p = p.withShot(live).withStage(p.stage(StageId.VFX).withWorkflow(Workflow.AI));
        steps.add(p);
        p = p.withDisclosure(p.disclosure().withEntry(DisclosureEntry.planned(AiUseKey.ofStage(StageId.VFX),
                List.of(live.id()), org.reelwright.domain.AiContribution.ENHANCED, 0, PLANNED)
                .withLikeness(Likeness.REAL_PERSON)));
        steps.add(p);
        for (Production step : steps) {
            for (Scenario scenario : Scenario.values()) {
                assertEquals(estimator.estimate(step, scenario).flags(), session.estimate(step, scenario).flags(),
                        scenario.id());
            }
        }
        // The face shot's consent is now in time; the live shot whose effects touch a real person has none.
        assertEquals(List.of(live.id().toString()), flags(p, FlagCode.AI_CONSENT_MISSING).stream()
                .map(RiskFlag::subjectId).toList());
        assertEquals(List.of(), flags(p, FlagCode.AI_CONSENT_LATE));
    }
}
