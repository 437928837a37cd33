package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code export-pdf --short}: the short plan beside the full one (issue 13). */
class ExportShortPlanTest extends SampleCommandTest {
    private int pages(String said) {
        Matcher m = Pattern.compile("\\((\\d+) pages\\)").matcher(said);
        assertTrue(m.find(), said);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void shortWritesTwoToFourPagesBesideTheLongerFullPlan() {
        assertEquals(0, run("export-pdf", sample.toString(), folder.resolve("short.pdf").toString(), "--short"),
                err::toString);
        int shortPages = pages(out.toString());
        assertTrue(shortPages >= 2 && shortPages <= 4, out::toString);
        out.getBuffer().setLength(0);
        assertEquals(0, run("export-pdf", sample.toString(), folder.resolve("full.pdf").toString()), err::toString);
        assertTrue(pages(out.toString()) > shortPages + 4, out::toString);
    }

    @Test
    void shortWithSectionsIsRefused() {
        assertEquals(2, run("export-pdf", sample.toString(), folder.resolve("bad.pdf").toString(), "--short",
                "--sections", "cover"));
        assertTrue(err.toString().contains("--short"), err::toString);
    }

    @Test
    void theHelpNamesShort() {
        assertEquals(0, run("export-pdf", "--help"));
        assertTrue(out.toString().contains("--short") && out.toString().contains("2–4 pages"), out::toString);
    }
}
