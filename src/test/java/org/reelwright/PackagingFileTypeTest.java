package org.reelwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.store.json.JsonProductionFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The installed packages register the project file type (packaging/, docs/decisions/0017-installer.md): on Linux by
 * a magic rule that must keep matching the files Reelwright writes, and the same type everywhere.
 */
class PackagingFileTypeTest {
    private static final Path PACKAGING = Path.of("packaging");

    @TempDir
    Path folder;

    @Test
    void theMagicRuleKnowsEveryProjectFileAndNoOtherJson() throws Exception {
        Element match = (Element) mimeInfo().getElementsByTagName("match").item(0);
        byte[] value = match.getAttribute("value").getBytes(StandardCharsets.UTF_8);
        String[] range = match.getAttribute("offset").split(":");
        int last = Integer.parseInt(range[1]);

        ProductionDocuments documents = new ProductionDocuments(new JsonProductionFiles(), Clock.systemUTC());
        Path written = folder.resolve("written.json");
        documents.save(documents.newProduction("Written by Reelwright"), written);
        for (Path file : List.of(written, Path.of("seeds/samples/sample-scifi-short.json"),
                Path.of("seeds/samples/sample-zh-short.json"), Path.of("seeds/samples/sample-nobudget-short.json"))) {
            assertTrue(startsWithin(Files.readAllBytes(file), value, last), file + " is not recognised");
        }
        assertFalse(startsWithin("{\"name\": \"a package.json\", \"version\": \"1.0.0\"}"
                .getBytes(StandardCharsets.UTF_8), value, last));
    }

    @Test
    void oneTypeInTheMenuEntryTheMimeInfoAndTheOtherSystems() throws Exception {
        String type = ((Element) mimeInfo().getElementsByTagName("mime-type").item(0)).getAttribute("type");
        List<String> desktop = Files.readAllLines(PACKAGING.resolve("linux/reelwright.desktop"));
        assertTrue(desktop.contains("MimeType=" + type + ";"));
        assertTrue(desktop.contains("Exec=APPLICATION_LAUNCHER %f"), "a double-click must pass the file");
        for (String system : List.of("windows", "macos")) {
            Properties association = new Properties();
            try (var in = Files.newInputStream(PACKAGING.resolve(system + "/project-file.properties"))) {
                association.load(in);
            }
            assertEquals(type, association.getProperty("mime-type"), system);
            assertEquals("json", association.getProperty("extension"), system);
        }
    }

    private static Document mimeInfo() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(PACKAGING.resolve("linux/reelwright-project.xml").toFile());
    }

    /** Whether {@code value} starts at an offset from 0 to {@code last} (shared-mime-info's "0:64" range). */
    private static boolean startsWithin(byte[] content, byte[] value, int last) {
        for (int at = 0; at <= last && at + value.length <= content.length; at++) {
            boolean same = true;
            for (int i = 0; i < value.length && same; i++) {
                same = content[at + i] == value[i];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}
