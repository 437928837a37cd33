package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** {@code disclose}: the AI disclosure pack on the command line (issue 16). */
class DiscloseCommandTest extends SampleCommandTest {
    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void writesThePackAndTheCsvFilesAndSaysWhatIsMissing() throws Exception {
        Path pdf = folder.resolve("pack.pdf");
        Path map = folder.resolve("map.csv");
        Path register = folder.resolve("register.csv");
        Path registerJson = folder.resolve("register.json");
        Path mapJson = folder.resolve("map.JSON");
        assertEquals(0, run("disclose", sample.toString(), pdf.toString(), "--profile", "sundance", "--map",
                map.toString(), "--register", register.toString()), err::toString);
        assertEquals(0, run("disclose", sample.toString(), folder.resolve("again.pdf").toString(), "--map",
                mapJson.toString(), "--register", registerJson.toString()), err::toString);
        String json = Files.readString(registerJson, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"disclosure\"") && json.contains("\"entries\"") && json.contains("\"generation\""),
                json);
        assertTrue(Files.readString(mapJson, StandardCharsets.UTF_8).contains("\"runtime\""));
        String said = out.toString();
        assertTrue(said.contains("Wrote " + pdf) && said.contains("Sundance"), said);
        // The sample's AI shots show realistic faces and it records no consent: each is a gap.
        assertTrue(said.contains("missing (high)"), said);
        String pack = text(pdf);
        for (String part : new String[] {"Statement", "AI usage register", "Shot disclosure map", "Consent checklist",
                "Sources of each requirement", "online.bright-publishing.com"}) {
            assertTrue(pack.contains(part), part);
        }
        assertTrue(Files.readString(map, StandardCharsets.UTF_8).contains("ai_contribution"));
        assertTrue(Files.readString(register, StandardCharsets.UTF_8).contains("record,stage"));
    }

    @Test
    void anUnknownProfileIsBadInputNamingTheChoices() {
        assertEquals(2, run("disclose", sample.toString(), folder.resolve("x.pdf").toString(), "--profile", "cannes"));
        assertTrue(err.toString().contains("cannes") && err.toString().contains("eu-ai-act-art50"), err::toString);
        assertTrue(!Files.exists(folder.resolve("x.pdf")));
    }

    @Test
    void aMissingProjectIsBadInputAndAMissingFolderToo() {
        assertEquals(2, run("disclose", folder.resolve("nope.json").toString(), folder.resolve("y.pdf").toString()));
        assertEquals(2, run("disclose", sample.toString(), folder.resolve("no/such/folder/y.pdf").toString()));
    }

    @Test
    void theHelpNamesTheProfiles() {
        assertEquals(0, run("disclose", "--help"));
        assertTrue(out.toString().contains("--profile") && out.toString().contains("china-labelling"), out::toString);
    }
}
