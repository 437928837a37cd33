package org.reelwright.store.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Production;
import org.reelwright.domain.ShootFixtures;
import org.reelwright.domain.ShootPlan;
import org.reelwright.store.ProjectFileException;

/** The shoot plan in the project file (issue 17): optional, so files without one read and write back unchanged. */
class JsonShootPlanTest {
    private final JsonProductionFiles files = new JsonProductionFiles();

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = JsonShootPlanTest.class.getResourceAsStream("/seeds/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFileWithoutAShootPlanReadsAsUnarrangedAndWritesBackByteForByte() throws Exception {
        byte[] file = resource("sample-nobudget-short.json");
        Production old = files.parse(file, "sample-nobudget-short.json");
        assertEquals(ShootPlan.EMPTY, old.shootPlan());
        assertFalse(new String(files.toBytes(old), StandardCharsets.UTF_8).contains("shootPlan"));
        assertArrayEquals(file, files.toBytes(old));
    }

    @Test
    void everyFieldOfTheShootPlanRoundTrips() throws Exception {
        Production p = ShootFixtures.withFullShootPlan(files.parse(resource("sample-scifi-short.json"), "s"));
        byte[] bytes = files.toBytes(p);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"crewCall\" : \"06:30\""), text);
        assertTrue(text.contains("\"timeZone\" : \"Asia/Shanghai\""), text);
        Production read = files.parse(bytes, "film.json");
        assertEquals(p.shootPlan(), read.shootPlan());
        assertEquals(p, read);
        assertArrayEquals(bytes, files.toBytes(read));
    }

    @Test
    void aCastListLongerThanTheLimitIsRefusedWhileStreamingWithItsPlace() throws Exception {
        Production p = files.parse(resource("sample-scifi-short.json"), "s");
        String text = new String(files.toBytes(p), StandardCharsets.UTF_8);
        StringBuilder cast = new StringBuilder();
        for (int i = 0; i <= org.reelwright.domain.InputLimits.SHOOT_PLAN_ENTRIES; i++) {
            cast.append(i == 0 ? "" : ",").append("{}");
        }
        String big = text.substring(0, text.lastIndexOf('}')) + ", \"shootPlan\": {\"cast\": [" + cast + "]}}";
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> files.parse(big.getBytes(StandardCharsets.UTF_8), "film.json"));
        assertTrue(e.getMessage().contains("cast: more than 2000 entries"), e.getMessage());
    }

    @Test
    void aBadValueInTheShootPlanNamesItsPathInTheUsersLanguage() throws Exception {
        Production p = ShootFixtures.withFullShootPlan(files.parse(resource("sample-scifi-short.json"), "s"));
        String text = new String(files.toBytes(p), StandardCharsets.UTF_8).replace("\"06:30\"", "\"half six\"");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> files.parse(text.getBytes(StandardCharsets.UTF_8), "film.json"));
        assertTrue(e.getMessage().contains("shootPlan.board[0]"), e.getMessage());
        assertTrue(e.getMessage().contains("half six"), e.getMessage());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("07:30"), e.message(Locale.SIMPLIFIED_CHINESE));

        String twice = new String(files.toBytes(p), StandardCharsets.UTF_8).replace("\"castNumber\" : 2",
                "\"castNumber\" : 1");
        ProjectFileException dup = assertThrows(ProjectFileException.class,
                () -> files.parse(twice.getBytes(StandardCharsets.UTF_8), "film.json"));
        assertTrue(dup.getMessage().contains("cast number 1 is used twice"), dup.getMessage());
    }
}
