package org.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** {@code callsheet PROJECT DAY OUT.pdf} and {@code schedule --shoot} (issue 17). */
class CallSheetCommandTest extends SampleCommandTest {
    @Test
    void writesTheCallSheetOfADayOnOnePage() throws Exception {
        Path pdf = folder.resolve("day1.pdf");
        assertEquals(0, run("callsheet", sample.toString(), "1",
                pdf.toString()), err::toString);
        assertTrue(out.toString().contains("call sheet of shoot day 1 (1 page)"), out::toString);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("call sheet, day 1 of"), text);
            assertTrue(text.contains("General crew call") && text.contains("07:00"), text);
        }
    }

    @Test
    void theChineseCallSheetIsSetInChineseOnOnePage() throws Exception {
        Path pdf = folder.resolve("day2-zh.pdf");
        assertEquals(0, run(Locale.SIMPLIFIED_CHINESE, "callsheet", sample.toString(), "2",
                pdf.toString()), err::toString);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("通告单") && text.contains("剧组集合") && text.contains("日出"), text);
        }
        assertTrue(err.toString().isEmpty(), () -> "no font warning expected: " + err);
    }

    @Test
    void aDayTheScheduleDoesNotHaveIsBadInputInTheUsersLanguage() {
        assertEquals(2, run("callsheet", sample.toString(), "400",
                folder.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("there is no shoot day 400; the shooting schedule has days 1 to"),
                err::toString);
        StringWriter zh = new StringWriter();
        assertEquals(2, CliRun.run(CliRun.planning(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE, out, zh, "callsheet", sample.toString(),
                "0", folder.resolve("x.pdf").toString()));
        assertTrue(zh.toString().contains("没有第 0 个拍摄日"), zh::toString);
        assertEquals(2, run("callsheet", sample.toString(), "one",
                folder.resolve("x.pdf").toString()));
        assertEquals(2, run("callsheet", sample.toString(), "1",
                folder.resolve("no-such-folder/x.pdf").toString()));
    }

    @Test
    void scheduleShootPrintsEveryDayAndTheDoodTotals() {
        assertEquals(0, run("schedule", sample.toString(), "--shoot"));
        String text = out.toString();
        assertTrue(text.contains("shooting schedule by the automatic pass"), text);
        assertTrue(text.contains("Day 1  "), text);
        assertTrue(text.contains("Day out of days"), text);
        assertTrue(text.contains("LIN YUE (not cast yet)"), text);
    }
}
