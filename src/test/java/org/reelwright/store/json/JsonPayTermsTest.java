package org.reelwright.store.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.PayTerms;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.store.ProjectFileException;

/** Pay model and stage pay terms in the project file (issue 12): optional, so older files read as all-paid. */
class JsonPayTermsTest {
    private final JsonProductionFiles files = new JsonProductionFiles();

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = JsonPayTermsTest.class.getResourceAsStream("/seeds/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFileFromBeforePayTermsReadsAsAllPaidAndIsWrittenWithoutThem() throws Exception {
        Production old = files.parse(resource("sample-scifi-short.json"), "sample-scifi-short.json");
        assertEquals(PayModel.ALL_PAID, old.payModel());
        assertTrue(old.stages().values().stream().allMatch(s -> s.payTerms().isEmpty()));
        String written = new String(files.toBytes(old), StandardCharsets.UTF_8);
        assertFalse(written.contains("payModel"), "an all-paid production writes no pay model");
        assertFalse(written.contains("payTerms"), "a stage following the preset writes no pay terms");
    }

    @Test
    void theNoBudgetSampleRoundTripsByteForByte() throws Exception {
        byte[] file = resource("sample-nobudget-short.json");
        Production p = files.parse(file, "sample-nobudget-short.json");
        assertEquals(PayModel.NO_BUDGET, p.payModel());
        assertArrayEquals(file, files.toBytes(p));
    }

    @Test
    void stagePayTermsRoundTripByteForByte() throws Exception {
        Production sample = files.parse(resource("sample-scifi-short.json"), "sample");
        Production p = sample.withPayModel(PayModel.MICRO_BUDGET)
                .withStage(sample.stage(StageId.SHOOT).withPayTerms(PayTerms.NONE
                        .with(PayCategory.EQUIPMENT, PayTerm.IN_KIND).with(PayCategory.CREW, PayTerm.DEFERRED)));
        byte[] bytes = files.toBytes(p);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"payModel\" : \"micro-budget\""), text);
        assertTrue(text.contains("\"payTerms\" : {\n      \"crew\" : \"deferred\",\n      \"equipment\" : \"in-kind\"\n"),
                "categories in their order, ids as words");
        Production read = files.parse(bytes, "film.json");
        assertEquals(p, read);
        assertArrayEquals(bytes, files.toBytes(read));
    }

    @Test
    void anUnknownPayTermNamesItsPlace() throws Exception {
        String json = new String(resource("sample-scifi-short.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"rateOverrides\": \\[\\]", "\"rateOverrides\": [], \"payTerms\": {\"cast\": \"free\"}");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> files.parse(json.getBytes(StandardCharsets.UTF_8), "film.json"));
        assertTrue(e.getMessage().contains("stages[0]") && e.getMessage().contains("free"), e.getMessage());
        String badModel = new String(resource("sample-scifi-short.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"festivalSubmissions\": 40,", "\"festivalSubmissions\": 40, \"payModel\": \"cheap\",");
        ProjectFileException m = assertThrows(ProjectFileException.class,
                () -> files.parse(badModel.getBytes(StandardCharsets.UTF_8), "film.json"));
        assertTrue(m.getMessage().contains("no-budget"), m.getMessage());
    }
}
