package org.reelwright.store.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.AiContribution;
import org.reelwright.domain.AiUseKey;
import org.reelwright.domain.CommercialUse;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Likeness;
import org.reelwright.domain.Production;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.StageId;
import org.reelwright.store.ProjectFileException;

/** The disclosure register in the project file (issue 16): optional, so older files read and write unchanged. */
class JsonDisclosureTest {
    private final JsonProductionFiles files = new JsonProductionFiles();

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = JsonDisclosureTest.class.getResourceAsStream("/seeds/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A register with every field filled: a generated shot, a stage entry kept unused, a signed consent. */
    static Disclosure full(Production p) {
        ShotId shot = p.scenes().get(0).shots().get(0).id();
        DisclosureEntry generated = DisclosureEntry.planned(AiUseKey.ofShot(StageId.GENERATION, shot), List.of(shot),
                AiContribution.GENERATED, 0.75, LocalDate.of(2027, 4, 1)).withLikeness(Likeness.REAL_PERSON)
                .withTool("Runway").withVendor("Runway AI").withModel("Gen-4").withModelVersion("2025-11")
                .withLicenceTier("Unlimited").withCommercialUse(CommercialUse.ALLOWED)
                .withTrainingData(true, "https://example.org/training").withOutputOwnership("User owns outputs")
                .withPromptedBy("Li Wei").withSelectedBy("Director").withHumanContribution("Keyframes, edit, grade")
                .withDoneOn(LocalDate.of(2027, 4, 9));
        DisclosureEntry unused = DisclosureEntry.planned(AiUseKey.ofStage(StageId.MUSIC), List.of(),
                AiContribution.GENERATED, 0, null).withTool("Suno").withInPlan(false);
        ConsentRecord consent = ConsentRecord.of("Maya Osei").withScope("Digital double, scene 1 only")
                .withMedia("Film, trailer").withTerritories("Worldwide").withSignedOn(LocalDate.of(2027, 2, 1))
                .withDocumentReference("Contracts/osei-ai-2027.pdf").withShots(List.of(shot)).withVoice(true);
        return new Disclosure(List.of(generated, unused), List.of(consent));
    }

    @Test
    void aFileWithoutARegisterWritesBackByteForByte() throws Exception {
        byte[] file = resource("sample-nobudget-short.json");
        Production old = files.parse(file, "sample-nobudget-short.json");
        assertEquals(Disclosure.EMPTY, old.disclosure());
        assertFalse(new String(files.toBytes(old), StandardCharsets.UTF_8).contains("disclosure"));
        assertArrayEquals(file, files.toBytes(old));
    }

    @Test
    void everyFieldOfTheRegisterRoundTrips() throws Exception {
        Production sample = files.parse(resource("sample-scifi-short.json"), "sample");
        Production p = sample.withDisclosure(full(sample));
        byte[] bytes = files.toBytes(p);
        Production back = files.parse(bytes, "again.json");
        assertEquals(p, back);
        assertArrayEquals(bytes, files.toBytes(back));
    }

    @Test
    void aBadValueInTheRegisterIsRefusedNamingItsPlace() throws Exception {
        Production sample = files.parse(resource("sample-scifi-short.json"), "sample");
        String text = new String(files.toBytes(sample.withDisclosure(full(sample))), StandardCharsets.UTF_8)
                .replace("\"frameShare\" : 0.75", "\"frameShare\" : 7.5");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> files.parse(text.getBytes(StandardCharsets.UTF_8), "bad.json"));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("disclosure.entries[0]")
                && e.getMessage().contains("share of the frame"), e.getMessage());
    }
}
