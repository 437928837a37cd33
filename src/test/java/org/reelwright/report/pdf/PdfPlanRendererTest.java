package org.reelwright.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelwright.report.Block;
import org.reelwright.report.PageSetup;
import org.reelwright.report.PageSetup.Orientation;
import org.reelwright.report.PageSetup.Paper;
import org.reelwright.report.PagedPlan;
import org.reelwright.report.PlanDocument;
import org.reelwright.report.PlanSection;
import org.reelwright.report.Section;

/** The sample's plan written as PDF and read back with PDFBox's text extraction, as issue 8's acceptance asks. */
class PdfPlanRendererTest {
    private static final Pattern SHOT_ROW = Pattern.compile("(?m)^\\d+[A-Z]{1,2} ");
    private static PlanDocument plan;
    private static SamplePlan.Written a4;
    private static List<String> pages;

    @BeforeAll
    static void writeTheSamplePlan() throws IOException {
        plan = SamplePlan.document(Set.of());
        a4 = SamplePlan.write(plan, PageSetup.defaults());
        pages = PdfText.pages(a4.pdf());
        Path folder = Path.of(System.getProperty("reelwright.shots", ""));
        if (!folder.toString().isBlank()) {
            Files.createDirectories(folder);
            Files.write(folder.resolve("plan-sample.pdf"), a4.pdf());
        }
    }

    @Test
    void everySectionTitleIsInThePlan() {
        String all = String.join("\n", pages);
        for (Section section : plan.sections()) {
            assertTrue(all.contains(section.title()), () -> section.title() + " missing");
        }
        assertEquals(PlanSection.values().length, plan.sections().size());
    }

    @Test
    void everyPageIsNumberedOutOfTheTotal() {
        int count = pages.size();
        assertTrue(count > 8, "the sample's plan runs to several pages: " + count);
        assertEquals(count, a4.rendering().pageCount());
        for (int i = 0; i < count; i++) {
            String label = "Page " + (i + 1) + " of " + count;
            assertTrue(pages.get(i).contains(label), () -> label + " missing");
        }
    }

    @Test
    void theRunningHeaderIsOnEveryPageButTheCover() {
        assertFalse(pages.get(0).contains(plan.runningHeader()));
        for (int i = 1; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains(plan.runningHeader()), "page " + (i + 1));
        }
    }

    @Test
    void theShotListHasOneRowPerShot() {
        String all = String.join("\n", pages);
        String shotList = all.substring(all.indexOf("Shot list (43 shots)"), all.indexOf("Risks and disclosure"));
        assertEquals(SamplePlan.PRODUCTION.shotCount(), SHOT_ROW.matcher(shotList).results().count());
    }

    @Test
    void theChineseLocationSurvives() {
        assertTrue(String.join("\n", pages).contains("NIGHT MARKET (夜市)"));
        assertEquals(List.of(), a4.rendering().warnings(), "no character lacked a font on this computer");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(a4.pdf())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is not a subset");
                    names.add(font.getName());
                }
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.contains("NotoSansSC")), "the bundled CJK font sets 夜市: " + names);
    }

    @Test
    void theMetadataNamesThePlan() throws IOException {
        try (PDDocument document = Loader.loadPDF(a4.pdf())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("The Salt Archive", info.getTitle());
            assertEquals("Reelwright test", info.getAuthor());
            assertEquals(plan.subject(), info.getSubject());
            assertEquals("Reelwright", info.getCreator());
            assertEquals(SamplePlan.CLOCK.instant(), info.getCreationDate().toInstant());
            assertEquals(plan.sections().size(), countBookmarks(document));
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void pagesHaveTheChosenPaperSize(Paper paper) throws IOException {
        SamplePlan.Written written = SamplePlan.write(SamplePlan.document(EnumSet.of(PlanSection.COVER,
                PlanSection.BUDGET)), PageSetup.of(paper, Orientation.PORTRAIT, 15));
        SamplePlan.Written wide = SamplePlan.write(SamplePlan.document(EnumSet.of(PlanSection.COVER)),
                PageSetup.of(paper, Orientation.LANDSCAPE, 15));
        float width = paper == Paper.A4 ? 595.3f : 612f;
        float height = paper == Paper.A4 ? 841.9f : 792f;
        try (PDDocument document = Loader.loadPDF(written.pdf()); PDDocument landscape = Loader.loadPDF(wide.pdf())) {
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(width, box.getWidth(), 0.5);
                assertEquals(height, box.getHeight(), 0.5);
            }
            PDRectangle box = landscape.getPage(0).getMediaBox();
            assertEquals(height, box.getWidth(), 0.5);
            assertEquals(width, box.getHeight(), 0.5);
        }
    }

    @Test
    void aTableContinuedOnAnotherPageRepeatsItsHeader() {
        List<String> continued = pages.stream().filter(p -> p.contains("Shot list (43 shots) (continued)")).toList();
        assertFalse(continued.isEmpty(), "the sample's shot list runs over more than one page");
        for (String page : continued) {
            assertTrue(page.contains("Shot Size Movement Sec. VFX Method Description"), page);
        }
    }

    @Test
    void onlyTheChosenSectionsArePrinted() {
        SamplePlan.Written budget = SamplePlan.write(SamplePlan.document(EnumSet.of(PlanSection.BUDGET)),
                PageSetup.defaults());
        String text = String.join("\n", PdfText.pages(budget.pdf()));
        assertTrue(text.contains("Budget top sheet"));
        assertFalse(text.contains("Shot list"));
        assertTrue(budget.rendering().pageCount() < a4.rendering().pageCount());
    }

    @Test
    void aRowTallerThanAPageIsCutAndReported() {
        String endless = "word ".repeat(6000);
        Block.Table table = new Block.Table(List.of(new Block.Column("Long", 1, Block.Align.LEFT)),
                List.of(new Block.Row(List.of("short"), Block.RowKind.NORMAL),
                        new Block.Row(List.of(endless), Block.RowKind.NORMAL),
                        new Block.Row(List.of("after"), Block.RowKind.AI)));
        PlanDocument document = new PlanDocument("T", "A", "S", "Header", "Page {0} of {1}",
                List.of(new Section(PlanSection.SCENES, "Scenes", List.of(table), true)));
        SamplePlan.Written written = SamplePlan.write(document, PageSetup.defaults());
        assertEquals(1, written.rendering().warnings().size());
        assertTrue(written.rendering().warnings().get(0).contains("taller than a whole page"));
        String text = String.join("\n", PdfText.pages(written.pdf()));
        assertTrue(text.contains("after"), "rows after the cut one are printed");
        assertTrue(text.contains("cut: too long for one page"));
    }

    @Test
    void previewPagesAreDrawnAtTheAskedResolution() throws IOException {
        try (PagedPlan paged = SamplePlan.RENDERER.paginate(SamplePlan.document(EnumSet.of(PlanSection.COVER)),
                PageSetup.of(Paper.LETTER, Orientation.PORTRAIT, 20))) {
            assertEquals(1, paged.pageCount());
            PagedPlan.PageImage image = paged.draw(0, 36);
            assertEquals(306, image.width());
            assertEquals(396, image.height());
            assertEquals(0xFFFFFFFF, image.argb()[0], "paper is white");
        }
    }

    private static int countBookmarks(PDDocument document) {
        int count = 0;
        for (var item : document.getDocumentCatalog().getDocumentOutline().children()) {
            count++;
        }
        return count;
    }
}
