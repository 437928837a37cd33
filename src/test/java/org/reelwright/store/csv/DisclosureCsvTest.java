package org.reelwright.store.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Production;
import org.reelwright.domain.ShotDisclosureMap;
import org.reelwright.store.json.JsonProductionFiles;

class DisclosureCsvTest {
    @TempDir
    Path folder;

    private static Production sample() throws Exception {
        try (InputStream in = DisclosureCsvTest.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    private static List<CSVRecord> rows(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void theMapHasEveryShotAndItsLastEndIsTheRuntime() throws Exception {
        Production p = sample();
        List<CSVRecord> rows = rows(new DisclosureCsv().shotMapText(p));
        assertEquals(p.shotCount(), rows.size());
        assertEquals(ShotDisclosureMap.timecode(ShotDisclosureMap.of(p).runtimeSeconds()),
                rows.get(rows.size() - 1).get("end"));
        assertEquals("00:00:00:00", rows.get(0).get("start"));
        assertTrue(rows.stream().anyMatch(r -> r.get("ai_contribution").equals("generated")));
    }

    @Test
    void aConsentRowKeepsItsTextAndAFormulaIsNeutralised() throws Exception {
        Production p = sample();
        p = p.withDisclosure(p.disclosure().withConsent(ConsentRecord.of("=HYPERLINK(\"x\")")
                .withSignedOn(LocalDate.of(2027, 1, 2)).withScope("数字替身，仅限第 1 场")
                .withShots(List.of(p.scenes().get(0).shots().get(0).id()))));
        Path file = folder.resolve("register.csv");
        new DisclosureCsv().exportRegister(p, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        CSVRecord consent = rows(text.substring(1)).get(0);
        assertEquals("consent", consent.get("record"));
        assertEquals("'=HYPERLINK(\"x\")", consent.get("person"));
        assertEquals("数字替身，仅限第 1 场", consent.get("scope"));
        assertEquals("2027-01-02", consent.get("signed_on"));
        assertEquals(p.scenes().get(0).shots().get(0).number(), consent.get("shots"));
    }
}
