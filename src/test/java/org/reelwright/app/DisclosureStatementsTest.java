package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.Workflow;
import org.reelwright.report.DisclosureProfile;
import org.reelwright.report.DisclosureStatement;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonDisclosureProfileFiles;
import org.reelwright.store.json.JsonProductionFiles;

/** Issue 16's acceptance: each profile's statement names every AI use and no traditional stage, in both languages. */
class DisclosureStatementsTest {
    private static Planning planning;
    private static Production sample;

    @BeforeAll
    static void load() throws Exception {
        planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        try (InputStream in = DisclosureStatementsTest.class.getResourceAsStream(
                ProductionDocuments.SAMPLE_RESOURCE)) {
            sample = new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    static Stream<Arguments> profilesAndLanguages() {
        return DisclosureProfiles.bundled().stream().flatMap(p -> Stream.of(Arguments.of(p.id(), Locale.ENGLISH),
                Arguments.of(p.id(), Locale.SIMPLIFIED_CHINESE)));
    }

    private static String stageName(StageId stage, Locale locale) {
        return ResourceBundle.getBundle("org.reelwright.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("StageId." + stage.id());
    }

    @ParameterizedTest
    @MethodSource("profilesAndLanguages")
    void theStatementNamesEveryAiUseAndNoTraditionalStage(String profileId, Locale locale) {
        DisclosureProfile profile = DisclosureProfiles.find(profileId).orElseThrow();
        boolean namesUses = profile.requirements().stream().anyMatch(r -> switch (r.answer()) {
            case USES_BY_PHASE, HUMAN_WORK, TOOLS, TRAINING_DATA, OWNERSHIP, SELECTION, EXPLICIT_LABEL, AUDIENCE ->
                    true;
            default -> false;
        });
        assertTrue(namesUses, profileId + " names the uses somewhere");
        // The answers are what the register says; the profile's own questions may speak of festivals in general.
        String text = planning.disclosureRegister().statement(sample, profileId, locale).parts().stream()
                .map(DisclosureStatement.Part::answer).collect(java.util.stream.Collectors.joining("\n"));
        for (StagePlan plan : sample.stages().values()) {
            boolean usesAi = plan.stage() == StageId.GENERATION ? sample.scenes().stream()
                    .anyMatch(s -> s.shots().stream().anyMatch(Shot::isAiGenerated))
                    : plan.workflow() != Workflow.TRADITIONAL;
            assertEquals(usesAi, text.contains(stageName(plan.stage(), locale)),
                    () -> profileId + " " + locale + ": stage " + plan.stage().id() + "\n" + text);
        }
        sample.scenes().stream().flatMap(s -> s.shots().stream()).filter(Shot::isAiGenerated)
                .forEach(shot -> assertTrue(text.contains(shot.number()), profileId + " names shot " + shot.number()));
    }

    @Test
    void aPlanWithoutAiSaysSoAndNamesNoStage() {
        Production traditional = sample;
        for (StagePlan plan : sample.stages().values()) {
            if (plan.stage().accepts(Workflow.TRADITIONAL)) {
                traditional = traditional.withStage(plan.withWorkflow(Workflow.TRADITIONAL));
            }
        }
        for (var scene : sample.scenes()) {
            for (Shot shot : scene.shots()) {
                traditional = traditional.withShot(shot.withMethod(ProductionMethod.LIVE_ACTION));
            }
        }
        String text = planning.disclosureRegister().statement(traditional, "festival-general", Locale.ENGLISH).parts()
                .stream().map(DisclosureStatement.Part::answer).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(text.contains("No AI tool is used"), text);
        for (StageId stage : StageId.values()) {
            assertFalse(text.contains(stageName(stage, Locale.ENGLISH)), stage.id());
        }
    }

    @Test
    void everyRequirementCitesADatedSourceWithAnAddress() {
        for (DisclosureProfile profile : DisclosureProfiles.bundled()) {
            assertFalse(profile.requirements().isEmpty(), profile.id());
            profile.requirements().forEach(r -> assertFalse(r.sources().isEmpty(), profile.id() + " " + r.id()));
            profile.sources().forEach(s -> assertTrue(s.address().startsWith("https://"), s.address()));
            assertFalse(profile.name(Locale.SIMPLIFIED_CHINESE).equals(profile.name(Locale.ENGLISH)), profile.id());
        }
        assertEquals(List.of("festival-general", "sundance", "china-labelling", "eu-ai-act-art50"),
                DisclosureProfiles.bundled().stream().map(DisclosureProfile::id).toList());
    }

    @Test
    void theChineseLabelUsesTheProfilesWording() {
        DisclosureStatement statement = planning.disclosureRegister().statement(sample, "china-labelling",
                Locale.SIMPLIFIED_CHINESE);
        assertTrue(statement.parts().get(0).answer().startsWith("本片含人工智能生成合成内容："),
                statement.parts().get(0).answer());
        assertTrue(statement.parts().get(1).answer().contains(sample.id().toString()), "the content id");
    }

    @Test
    void aProfileCitingASourceItDoesNotListIsRefusedNamingTheFile() {
        String broken = """
                {"schemaVersion": 1, "id": "x", "name": {"en": "X"}, "intro": {},
                 "requirements": [{"id": "q", "text": {"en": "Q?"}, "answer": "tools", "sources": ["nowhere"]}],
                 "sources": []}""";
        ProjectFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                () -> new JsonDisclosureProfileFiles().parse(broken.getBytes(StandardCharsets.UTF_8), "x.json"));
        assertTrue(e.getMessage().contains("x.json") && e.getMessage().contains("nowhere"), e.getMessage());
    }
}
