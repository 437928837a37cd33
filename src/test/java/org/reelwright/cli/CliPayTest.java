package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code estimate} leads with the cash needed, in text and as the JSON {@code pay} object. */
class CliPayTest extends SampleCommandTest {
    private static Path noBudget;
    /** The bundled sample: everyone paid. */
    private static Path allPaid;

    @BeforeAll
    static void writeTheNoBudgetSample() throws Exception {
        noBudget = CliRun.sample(folder, "/seeds/samples/sample-nobudget-short.json");
        allPaid = sample;
    }

    @Test
    void theTextLeadsWithTheCashNeededThenDeferredAndInKind() {
        assertEquals(0, run("estimate", noBudget.toString()), err::toString);
        String[] lines = out.toString().split("\\R");
        assertTrue(lines[1].matches("Cash needed \\$3,[0-9]{3} \\(P50\\) · safe cash budget \\(P80\\) \\$[0-9,]+; "
                + "then deferred \\$[0-9,]+ and in kind \\$[0-9,]+ \\(likely, contingency included\\)\\. "
                + "Pay model: No budget"), lines[1]);
    }

    @Test
    void theTextOfAnAllPaidPlanSaysAllOfItIsCash() {
        assertEquals(0, run("estimate", allPaid.toString()), err::toString);
        assertEquals("Pay model: Everyone paid. All of it is cash, nothing deferred or in kind.",
                out.toString().split("\\R")[1]);
    }

    @Test
    void theJsonHasAPayObjectAndKeepsEveryOtherKey() throws Exception {
        assertEquals(0, run("estimate", noBudget.toString(), "--json"), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode pay = root.get("pay");
        assertEquals("no-budget", pay.get("model").asText());
        for (String key : new String[] {"low", "likely", "high", "p50", "p80"}) {
            assertTrue(pay.get("cash").has(key), key);
        }
        for (String part : new String[] {"deferred", "inKind"}) {
            for (String key : new String[] {"low", "likely", "high"}) {
                assertTrue(pay.get(part).has(key), part + "." + key);
            }
        }
        double cash = pay.get("cash").get("p50").asDouble();
        assertTrue(cash > 3_000 && cash < 5_000, () -> "cash P50 " + cash);
        assertTrue(cash <= pay.get("cash").get("p80").asDouble());
        // The parts add up to the total's likely figure (contingency included).
        double parts = pay.get("cash").get("likely").asDouble() + pay.get("deferred").get("likely").asDouble()
                + pay.get("inKind").get("likely").asDouble();
        assertEquals(root.get("total").get("likely").asDouble(), parts, 0.05);
        for (String key : new String[] {"scenario", "currency", "total", "subtotal", "contingency", "topSheet",
            "stages", "flags"}) {
            assertTrue(root.has(key), key);
        }
    }
}
