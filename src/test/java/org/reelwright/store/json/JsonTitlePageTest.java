package org.reelwright.store.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Production;

/** The script's author and draft date in the project file (issue 13): optional, so older files read unchanged. */
class JsonTitlePageTest {
    private final JsonProductionFiles files = new JsonProductionFiles();

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = JsonTitlePageTest.class.getResourceAsStream("/seeds/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFileWithoutAuthorReadsWithNoneAndWritesBackWithout() throws Exception {
        byte[] file = resource("sample-nobudget-short.json");
        Production old = files.parse(file, "sample-nobudget-short.json");
        assertEquals("", old.author());
        assertEquals("", old.draftDate());
        String written = new String(files.toBytes(old), StandardCharsets.UTF_8);
        assertFalse(written.contains("author") || written.contains("draftDate"), written);
        assertArrayEquals(file, files.toBytes(old));
    }

    @Test
    void authorAndDraftDateRoundTripByteForByte() throws Exception {
        Production p = files.parse(resource("sample-scifi-short.json"), "sample").withAuthor("Stu Maschwitz")
                .withDraftDate("1/20/2012");
        byte[] bytes = files.toBytes(p);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"author\" : \"Stu Maschwitz\",\n  \"draftDate\" : \"1/20/2012\""), text);
        Production read = files.parse(bytes, "film.json");
        assertEquals(p, read);
        assertArrayEquals(bytes, files.toBytes(read));
    }
}
