package org.reelwright.ui.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Edits;
import org.reelwright.domain.CommercialUse;
import org.reelwright.domain.ConsentId;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.FlagCode;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;

/** The disclosure panel's state for the sample production, without a stage. */
class DisclosureViewModelTest {
    private final Sample.Open open = new Sample.Open();

    private DisclosureViewModel model(Locale locale) {
        return new DisclosureViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), new Messages(locale),
                open.production, open.apply);
    }

    /** Shot 2D: shot live with realistic faces and no visual effects, so no AI touches it yet. */
    private Shot faceShot() {
        Scene scene = open.production.get().scenes().get(1);
        return scene.shots().stream().filter(s -> s.number().equals("2D")).findFirst().orElseThrow();
    }

    private EntryRow entryOf(DisclosureViewModel model, Shot shot) {
        return model.entries().stream().filter(r -> shot.id().equals(r.entry().key().shot())).findFirst()
                .orElseThrow(() -> new AssertionError("no register entry for shot " + shot.number()));
    }

    private List<MissingRow> consentGaps(DisclosureViewModel model, Shot shot) {
        return model.missing().stream().filter(r -> shot.id().toString().equals(r.subjectId())
                && model.needsConsent(r)).toList();
    }

    @Test
    void theRegisterIsFilledFromThePlanWithEveryAiUseInIt() {
        DisclosureViewModel model = model(Locale.ENGLISH);
        assertFalse(model.entries().isEmpty());
        assertTrue(model.entries().stream().allMatch(r -> r.entry().inPlan()));
        EntryRow shot5a = model.entries().stream().filter(r -> "5A (scene 5)".equals(r.what())).findFirst()
                .orElseThrow(() -> new AssertionError("the AI shot 5A has its entry"));
        assertEquals(new Messages(Locale.ENGLISH).name(StageId.GENERATION), shot5a.stage());
        assertEquals(model.entries().size() + " AI uses \u00b7 no consents", model.summaryProperty().get());
    }

    @Test
    void markingAFaceShotAiAddsItsEntryAndAMissingConsentNamingTheShot() {
        DisclosureViewModel model = model(Locale.ENGLISH);
        Shot shot = faceShot();
        assertEquals(List.of(), consentGaps(model, shot));
        open.apply.accept(Edits.changeShot(shot.withMethod(ProductionMethod.AI_IMAGE_TO_VIDEO), "method"));
        assertTrue(entryOf(model, shot).entry().inPlan());
        List<MissingRow> gaps = consentGaps(model, shot);
        assertEquals(1, gaps.size(), () -> "gaps: " + model.missing());
        assertEquals(FlagCode.AI_CONSENT_MISSING, gaps.get(0).code());
        assertTrue(gaps.get(0).subject().contains("2D"), gaps.get(0).subject());
        assertEquals(List.of(shot.id()), model.draftFor(gaps.get(0)).shots());
        assertTrue(model.faceShots().stream().anyMatch(c -> c.id().equals(shot.id())));
    }

    @Test
    void aConsentSignedBeforeTheAiWorkClosesTheGapAndOneSignedAfterItIsLate() {
        DisclosureViewModel model = model(Locale.ENGLISH);
        Shot shot = faceShot();
        open.apply.accept(Edits.changeShot(shot.withMethod(ProductionMethod.AI_IMAGE_TO_VIDEO), "method"));
        LocalDate planned = entryOf(model, shot).entry().plannedOn();
        ConsentRecord consent = new ConsentRecord(ConsentId.random(), "Mara Quinn", "likeness in this film",
                "all media", "worldwide", planned.minusDays(30), "contracts/quinn.pdf", List.of(shot.id()), false);
        model.addConsent(consent);
        assertEquals(List.of(), consentGaps(model, shot));
        assertEquals(1, model.consents().size());
        assertEquals("2D (scene 2)", model.covers(model.consents().get(0)));
        model.saveConsent(consent.withSignedOn(planned.plusDays(3)));
        List<MissingRow> gaps = consentGaps(model, shot);
        assertEquals(1, gaps.size(), () -> "gaps: " + model.missing());
        assertEquals(FlagCode.AI_CONSENT_LATE, gaps.get(0).code());
        model.removeConsent(consent.id());
        assertEquals(List.of(), model.consents());
        assertEquals(FlagCode.AI_CONSENT_MISSING, consentGaps(model, shot).get(0).code());
    }

    @Test
    void eachChangeToAnEntryIsOneEditAndSwitchingTheShotBackKeepsTheTextButMarksItUnused() {
        DisclosureViewModel model = model(Locale.ENGLISH);
        Shot shot = faceShot();
        open.apply.accept(Edits.changeShot(shot.withMethod(ProductionMethod.AI_IMAGE_TO_VIDEO), "method"));
        int before = open.edits;
        model.changeEntry(entryOf(model, shot), "tool", e -> e.withTool("Runway Gen-4"));
        assertEquals(before + 1, open.edits);
        assertEquals("Runway Gen-4", entryOf(model, shot).entry().tool());
        open.apply.accept(Edits.changeShot(shot, "method"));
        EntryRow kept = entryOf(model, shot);
        assertFalse(kept.entry().inPlan());
        assertEquals("Runway Gen-4", kept.entry().tool());
        assertTrue(model.summaryProperty().get().contains(" AI uses (1 no longer in the plan) \u00b7 no consents"),
                model.summaryProperty().get());
        model.removeEntry(kept);
        assertTrue(model.entries().stream().noneMatch(r -> shot.id().equals(r.entry().key().shot())));
    }

    @Test
    void aToolWithUnknownTermsIsARightsGapThatLeadsToItsRowAndClosesOnceCommercialUseIsAllowed() {
        DisclosureViewModel model = model(Locale.ENGLISH);
        EntryRow shot5a = model.entries().stream().filter(r -> "5A (scene 5)".equals(r.what())).findFirst()
                .orElseThrow();
        model.changeEntry(shot5a, "tool", e -> e.withTool("Runway Gen-4"));
        MissingRow gap = model.missing().stream().filter(model::isRightsGap).findFirst()
                .orElseThrow(() -> new AssertionError("no rights gap: " + model.missing()));
        assertEquals(StageId.GENERATION.id(), gap.subjectId());
        assertFalse(model.needsConsent(gap));
        int row = model.registerRowFor(gap);
        assertEquals("Runway Gen-4", model.entries().get(row).entry().tool());
        model.changeEntry(model.entries().get(row), "commercialUse",
                e -> e.withCommercialUse(CommercialUse.ALLOWED));
        assertTrue(model.missing().stream().noneMatch(model::isRightsGap), () -> "gaps: " + model.missing());
    }

    @Test
    void eachProfileWritesItsOwnStatementNamingTheAiUses() {
        DisclosureViewModel model = model(Locale.ENGLISH);
        assertTrue(model.profiles().size() >= 4, "festival, Sundance, China's labelling, EU AI Act");
        assertEquals(model.profiles().get(0), model.profileProperty().get(), "the general festival one first");
        java.util.Set<String> statements = new java.util.HashSet<>();
        for (var profile : model.profiles()) {
            model.profileProperty().set(profile);
            String text = model.statementProperty().get();
            assertTrue(text.contains("5A"), () -> model.profileName(profile) + " names the AI shot 5A: " + text);
            statements.add(text);
        }
        assertEquals(model.profiles().size(), statements.size(), "each profile shapes its own statement");
    }

    @Test
    void aGeneratedShotsPeopleMarkedInventedNeedNoConsent() {
        DisclosureViewModel model = model(Locale.ENGLISH);
        MissingRow gap = model.missing().stream().filter(r -> r.code() == FlagCode.AI_CONSENT_MISSING
                && r.subject().contains("5A")).findFirst().orElseThrow(() -> new AssertionError(model.missing()));
        assertTrue(model.shotEntryOf(gap).isPresent(), "5A is generated on its own entry");
        model.markInvented(gap);
        assertEquals(1, open.edits);
        assertTrue(model.missing().stream().noneMatch(r -> r.subject().contains("5A") && model.needsConsent(r)),
                () -> "gaps: " + model.missing());
        EntryRow entry = model.entries().stream().filter(r -> "5A (scene 5)".equals(r.what())).findFirst()
                .orElseThrow();
        assertEquals(org.reelwright.domain.Likeness.INVENTED, entry.entry().likeness());
    }

    @Test
    void speaksChinese() {
        DisclosureViewModel model = model(Locale.SIMPLIFIED_CHINESE);
        assertTrue(model.summaryProperty().get().contains("处 AI 使用"), model.summaryProperty().get());
        assertTrue(model.missingSummaryProperty().get().startsWith("缺少的项目"), model.missingSummaryProperty().get());
        assertEquals("缺少授权", model.missingTitle(FlagCode.AI_CONSENT_MISSING));
    }
}
