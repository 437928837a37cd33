package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reelwright.app.ProductionDocuments;
import org.reelwright.store.json.JsonProductionFiles;

class CliTest extends SampleCommandTest {
    @Test
    void helpListsEveryCommandOfTheContract() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"estimate", "schedule", "compare", "export-pdf", "import-script",
            "generate"}) {
            assertTrue(out.toString().contains("  " + command + " "), () -> command + " missing in " + out);
        }
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Reelwright "), out::toString);
    }

    @Test
    void unknownCommandExitsTwoWithOneLine() {
        assertEquals(2, run("frobnicate"));
        assertEquals("reelwright: unknown command 'frobnicate'; (run 'reelwright --help' for the commands)",
                err.toString().strip());
    }

    @Test
    void missingArgumentExitsTwoNamingIt() {
        assertEquals(2, run("estimate"));
        assertTrue(err.toString().contains("estimate: Missing required parameter: 'PROJECT'"), err::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"current", "traditional", "ai"})
    void estimateJsonHasTheContractKeysAndEveryStageCitesASource(String scenario) throws Exception {
        assertEquals(0, run("estimate", sample.toString(), "--scenario", scenario, "--json"), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(scenario, root.get("scenario").asText());
        assertEquals("USD", root.get("currency").asText());
        for (String key : new String[] {"low", "likely", "high", "p50", "p80"}) {
            assertTrue(root.get("total").has(key), key);
        }
        assertEquals(16, root.get("stages").size());
        for (JsonNode stage : root.get("stages")) {
            for (String key : new String[] {"stage", "workflow", "cost", "effortDays", "sources"}) {
                assertTrue(stage.has(key), key);
            }
            assertFalse(stage.get("sources").isEmpty(), () -> stage.get("stage") + " lists no source");
        }
        for (JsonNode flag : root.get("flags")) {
            for (String key : new String[] {"code", "severity", "subject", "message", "source"}) {
                assertTrue(flag.has(key), key);
            }
        }
        assertTrue(root.get("total").get("p50").asDouble() <= root.get("total").get("p80").asDouble());
    }

    @Test
    void estimateTablePrintsStagesTotalsAndFlags() {
        assertEquals(0, run("estimate", sample.toString()), err::toString);
        String table = out.toString();
        assertTrue(table.startsWith("The Salt Archive — scenario: current (USD)"), table);
        assertTrue(table.contains("generation"), table);
        assertTrue(table.contains("P80"), table);
        assertTrue(table.contains("uncanny-valley"), table);
    }

    @Test
    void compareShowsTheThreeScenariosAndTheDrivers() throws Exception {
        assertEquals(0, run("compare", sample.toString(), "--json"), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(3, root.get("scenarios").size());
        assertEquals("traditional", root.get("scenarios").get(1).get("scenario").asText());
        assertFalse(root.get("drivers").isEmpty());
    }

    @Test
    void estimateTableIsABudgetTopSheetByPhase() {
        assertEquals(0, run("estimate", sample.toString()), err::toString);
        String table = out.toString();
        for (String phase : new String[] {"Development", "Pre-production", "Production", "Post-production",
            "Distribution"}) {
            assertTrue(table.contains("\n" + phase + "\n"), phase);
        }
        assertTrue(table.contains("Phase subtotal"));
        assertTrue(table.contains("Contingency 10.0 %"));
    }

    @Test
    void compareWithABudgetRecommendsAWorkflowPerStageAndSaysWhy() throws Exception {
        assertEquals(0, run("compare", sample.toString(), "--budget", "80000", "--risk", "low", "--json"),
                err::toString);
        JsonNode rec = new ObjectMapper().readTree(out.toString()).get("recommendation");
        assertTrue(rec.get("meetsBudget").asBoolean());
        assertFalse(rec.get("stages").isEmpty());
        for (JsonNode stage : rec.get("stages")) {
            assertFalse(stage.get("reason").asText().isBlank());
            assertTrue(java.util.List.of("info", "low").contains(stage.get("risk").asText()), stage.toString());
        }
    }

    @Test
    void theHeadlineIsP50InTheTextTheJsonAndTheRecommendation() throws Exception {
        // ADR 0008: one statistic everywhere. The same estimate in text and JSON leads with P50.
        org.reelwright.estimate.Estimate e = CliRun.planning(Locale.ENGLISH).estimate(new ProductionDocuments(new JsonProductionFiles(),
                Clock.systemUTC()).open(sample), org.reelwright.estimate.Scenario.CURRENT);
        java.text.NumberFormat money = java.text.NumberFormat.getCurrencyInstance(Locale.ENGLISH);
        money.setCurrency(e.currency());
        money.setMaximumFractionDigits(0);
        assertEquals(0, run("estimate", sample.toString()), err::toString);
        assertTrue(out.toString().contains("Expected budget (P50) " + money.format(e.headline()) + " · safe budget (P80) "
                + money.format(e.p80()) + " · range (P10–P90) " + money.format(e.p10()) + "–"
                + money.format(e.p90())), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("estimate", sample.toString(), "--json"), err::toString);
        JsonNode total = new ObjectMapper().readTree(out.toString()).get("total");
        assertEquals(total.get("p50").decimalValue(), total.get("headline").decimalValue());
        assertEquals("p50", total.get("headlineStatistic").asText());
        assertTrue(total.get("p10").decimalValue().compareTo(total.get("p50").decimalValue()) < 0);
        assertTrue(total.get("p90").decimalValue().compareTo(total.get("p50").decimalValue()) > 0);
        for (String kept : new String[] {"low", "likely", "high", "p50", "p80"}) {
            assertTrue(total.has(kept), kept);
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("compare", sample.toString(), "--budget", "80000"), err::toString);
        assertTrue(out.toString().contains("Expected budget (P50) of the recommended plan $"), out.toString());
        assertTrue(out.toString().contains("on the expected budget (P50)"), out.toString());
    }

    @Test
    void compareRefusesAnUnknownRiskLevel() {
        assertEquals(2, run("compare", sample.toString(), "--budget", "1000", "--risk", "scary"));
        assertTrue(err.toString().startsWith("reelwright: --risk: unknown severity 'scary'"), err::toString);
    }

    @Test
    void scheduleJsonHasDatesCriticalPathAndShootDays() throws Exception {
        assertEquals(0, run("schedule", sample.toString(), "--json"), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("2027-03-01", root.get("start").asText());
        assertTrue(root.get("criticalPath").size() > 3);
        assertEquals(16, root.get("stages").size());
        JsonNode first = root.get("stages").get(0);
        assertTrue(first.get("start").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(first.has("finish"));
        assertTrue(root.get("shootDays").get("likely").asDouble() > 0);
        assertFalse(root.get("shootDays").get("groups").isEmpty());
    }

    @Test
    void importScriptMakesAProductionThatEstimates() throws Exception {
        Path script = folder.resolve("night-shift.fountain");
        Files.writeString(script, String.join("\n", "Title: Night Shift", "", "INT. CONTROL ROOM - NIGHT", "",
                "Monitors hum. MAYA watches a blinking light.", "", "MAYA", "Something is wrong with the relay.", "",
                "EXT. 港口 - DAWN", "", "The harbour wakes. 林悦 waits by the water.", "", "@林悦", "你来晚了。", ""));
        Path out = folder.resolve("night-shift.json");
        assertEquals(0, run("import-script", script.toString(), out.toString()), err::toString);
        assertTrue(this.out.toString().startsWith("Wrote " + out + " from a fountain screenplay: 2 scenes"),
                this.out::toString);
        var production = new JsonProductionFiles().read(out);
        assertEquals("Night Shift", production.title());
        assertEquals("港口", production.scenes().get(1).heading().location());
        assertEquals(java.util.List.of("林悦"), production.scenes().get(1).characters());
        assertEquals(0, run("estimate", out.toString(), "--json"), err::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.fountain", "binary.fdx", "notes.pdf"})
    void importScriptRefusesBadInputWithExitTwoAndOneLine(String name) throws Exception {
        Path bad = folder.resolve(name);
        Files.write(bad, name.startsWith("binary") ? new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7} : new byte[0]);
        assertEquals(2, run("import-script", bad.toString(), folder.resolve("x.json").toString()));
        assertTrue(err.toString().startsWith("reelwright: " + name), err::toString);
        assertEquals(1, err.toString().strip().lines().count(), err::toString);
        assertFalse(Files.exists(folder.resolve("x.json")));
    }

    @Test
    void exportPdfWritesThePlanAndSaysHowManyPages() throws Exception {
        Path pdf = folder.resolve("plan.pdf");
        assertEquals(0, run("export-pdf", sample.toString(), pdf.toString(), "--paper", "letter", "--sections",
                "cover,budget"), err::toString);
        assertTrue(out.toString().startsWith("Wrote " + pdf + " ("), out::toString);
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--scenario=nope", "--sections=cover,gantt", "--paper=a3"})
    void exportPdfRefusesBadOptionsWithExitTwo(String option) {
        assertEquals(2, run("export-pdf", sample.toString(), folder.resolve("bad.pdf").toString(), option));
        assertTrue(err.toString().startsWith("reelwright: --"), err::toString);
        assertFalse(Files.exists(folder.resolve("bad.pdf")));
    }

    @Test
    void exportPdfToAMissingFolderExitsTwoNamingIt() {
        Path pdf = folder.resolve("nowhere").resolve("plan.pdf");
        assertEquals(2, run("export-pdf", sample.toString(), pdf.toString()));
        assertTrue(err.toString().contains("does not exist"), err::toString);
    }

    @Test
    void unknownScenarioExitsTwoNamingTheChoices() {
        assertEquals(2, run("estimate", sample.toString(), "--scenario", "cheapest"));
        assertEquals("reelwright: --scenario: unknown scenario 'cheapest'; expected one of: current, traditional, ai",
                err.toString().strip());
    }

    @Test
    void brokenProjectExitsTwoNamingFileAndPlace() throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"title\": ");
        assertEquals(2, run("estimate", broken.toString()));
        assertTrue(err.toString().startsWith("reelwright: broken.json: line 1, column "), err::toString);
    }

    @Test
    void generateWritesAProductionThatEstimates() throws Exception {
        Path generated = folder.resolve("generated.json");
        assertEquals(0, run("generate", "--scenes", "20", "--shots", "300", generated.toString()), err::toString);
        assertEquals(300, new JsonProductionFiles().read(generated).shotCount());
        assertEquals(0, run("estimate", generated.toString(), "--json"), err::toString);
    }

    @Test
    void generateRefusesZeroScenes() {
        assertEquals(2, run("generate", "--scenes", "0", "--shots", "3", folder.resolve("x.json").toString()));
        assertEquals("reelwright: --scenes must be between 1 and 100000, got 0", err.toString().strip());
    }
}
