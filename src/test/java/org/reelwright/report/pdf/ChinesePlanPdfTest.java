package org.reelwright.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.Block;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PlanBuilder;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanInput;
import org.reelwright.report.PlanSection;
import org.reelwright.report.Section;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/**
 * The printed plan carries its own CJK font: on a computer with no font at all (the font search pointed at an
 * empty folder) the Chinese sample's plan still prints every Chinese character, embedded and subset.
 */
class ChinesePlanPdfTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    static Path noFonts;

    private static SamplePlan.Written written;

    @BeforeAll
    static void writeTheChineseSamplesPlanWithOnlyTheAppsFonts() throws Exception {
        Production production;
        try (InputStream in = ChinesePlanPdfTest.class.getResourceAsStream("/seeds/samples/sample-zh-short.json")) {
            production = new JsonProductionFiles().parse(in.readAllBytes(), "sample-zh-short.json");
        }
        Planning planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), ZH);
        PlanInput input = new PlanInput(production, planning.estimate(production, Scenario.CURRENT),
                planning.compare(production), planning.schedule(production, Scenario.CURRENT), planning.library(),
                LocalDate.of(2027, 3, 1));
        PlanDocument plan = new PlanBuilder(ZH).build(input, EnumSet.allOf(PlanSection.class), "Reelwright test");
        PdfPlanRenderer renderer = new PdfPlanRenderer(() -> SystemFonts.in(List.of(noFonts)), ZH,
                SamplePlan.CLOCK);
        written = SamplePlan.write(renderer, plan, PageSetup.defaults());
    }

    @Test
    void everyChineseCharacterIsPrintedAndNoneIsMissing() {
        assertEquals(List.of(), written.rendering().warnings(), "no character went without a font");
        String text = String.join("\n", PdfText.pages(written.pdf()));
        assertTrue(text.contains("末班渡"), "the title reads back");
        assertTrue(text.contains("石门渡口"), "a place reads back");
        assertTrue(text.contains("周德顺"), "a character reads back");
        assertFalse(text.contains("\uFFFD"), "no replacement marks");
    }

    @Test
    void everyFontIsTheBundledOneEmbeddedAsASubset() throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(written.pdf())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    names.add(font.getName());
                }
            }
        }
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertTrue(name.matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"), "a subset of the bundled font: " + name);
        }
    }

    @Test
    void aCharacterNoFontHasIsStillNamedWhileChineseNeedsNoSystemFont() {
        Block.Table table = new Block.Table(List.of(new Block.Column("Place", 1, Block.Align.LEFT)),
                List.of(new Block.Row(List.of("NIGHT MARKET (夜市) \u0915"), Block.RowKind.NORMAL)));
        PlanDocument document = new PlanDocument("T", "A", "S", "Header", "Page {0} of {1}",
                List.of(new Section(PlanSection.SCENES, "Scenes", List.of(table), true)));
        PdfPlanRenderer renderer = new PdfPlanRenderer(() -> SystemFonts.in(List.of(noFonts)), Locale.ENGLISH,
                SamplePlan.CLOCK);
        SamplePlan.Written one = SamplePlan.write(renderer, document, PageSetup.defaults());
        List<String> warnings = one.rendering().warnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("No font for '\u0915' (U+0915)"), warnings.get(0));
        String text = String.join("\n", PdfText.pages(one.pdf()));
        assertTrue(text.contains("NIGHT MARKET (夜市) "), text);
        assertFalse(text.contains("\u0915"), "the missing character is replaced by a visible mark");
    }
}
