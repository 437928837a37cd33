package org.reelwright.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.reelwright.report.Block;
import org.reelwright.report.Block.Fact;
import org.reelwright.report.Block.Facts;
import org.reelwright.report.Block.Gantt;
import org.reelwright.report.Block.Heading;
import org.reelwright.report.Block.Paragraph;
import org.reelwright.report.Block.Table;
import org.reelwright.report.PlanSection;
import org.reelwright.report.Section;

/**
 * Flows the sections of a plan onto pages. A section that asks for it starts a page; a heading is kept with the
 * start of what follows it (the next paragraph's first lines, a table's header and first row, the chart's first
 * tile), so no heading is ever left alone at the foot of a page. The cover is set lower on its page and larger.
 */
final class PlanPainter {
    private final PageFlow flow;
    private final FontChain fonts;
    private final LineBreaker breaker;
    private final TablePainter tables;
    private final GanttTiles gantts;
    /** The last heading drawn: tables continued on a new page name it. */
    private String context = "";

    PlanPainter(PageFlow flow, FontChain fonts, Words words, List<String> warnings) {
        this.flow = flow;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.tables = new TablePainter(flow, fonts, words, warnings);
        this.gantts = new GanttTiles(flow, fonts, words);
    }

    void section(Section section) throws IOException {
        boolean cover = section.kind() == PlanSection.COVER;
        flow.headerFromNowOn(!cover);
        if (section.newPage() || cover) {
            if (!flow.blank() || flow.pageIndex() < 0) {
                flow.newPage();
            }
        } else {
            flow.canvas();
        }
        List<Block> blocks = section.blocks();
        if (cover) {
            flow.advance(flow.bodyHeight() * 0.22);
            flow.markSectionStart();
            text(section.title(), 11, true, PdfStyle.AI, 0, 6);
            flow.canvas().line(flow.left(), flow.y(), flow.left() + 60, flow.y(), PdfStyle.AI, 2);
            flow.advance(14);
        } else {
            double lead = titleHeight(section.title()) + (blocks.isEmpty() ? 0 : leadHeight(blocks, 0));
            flow.ensureRoom(lead);
            flow.markSectionStart();
            title(section.title());
        }
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks, i, cover);
        }
    }

    private void block(List<Block> blocks, int index, boolean cover) throws IOException {
        Block block = blocks.get(index);
        if (block instanceof Heading heading) {
            double need = headingHeight(heading, cover) + (index + 1 < blocks.size()
                    ? leadHeight(blocks, index + 1) : 0);
            flow.ensureRoom(need);
            heading(heading, cover);
        } else if (block instanceof Paragraph paragraph) {
            paragraph(paragraph, cover);
        } else if (block instanceof Facts facts) {
            facts(facts, cover);
        } else if (block instanceof Table table) {
            tables.paint(table, context);
        } else if (block instanceof Gantt gantt) {
            gantts.paint(gantt);
        }
    }

    /** Height the block at {@code index} needs to begin on a page (a heading: itself and what it leads into). */
    private double leadHeight(List<Block> blocks, int index) {
        Block block = blocks.get(index);
        if (block instanceof Heading heading) {
            return headingHeight(heading, false) + (index + 1 < blocks.size() && !(blocks.get(index + 1)
                    instanceof Heading) ? leadHeight(blocks, index + 1) : 0);
        } else if (block instanceof Paragraph paragraph) {
            float size = paragraphSize(paragraph, false);
            int lines = Math.min(2, breaker.wrap(paragraph.text(), flow.width(), false, size).size());
            return lines * PdfStyle.leading(size);
        } else if (block instanceof Facts facts) {
            return facts.items().isEmpty() ? 0 : PdfStyle.leading(PdfStyle.BODY) * 2;
        } else if (block instanceof Table table) {
            return tables.leadHeight(table);
        } else if (block instanceof Gantt gantt) {
            return gantts.leadHeight(gantt);
        }
        return 0;
    }

    private double titleHeight(String title) {
        return breaker.wrap(title, flow.width(), true, PdfStyle.SECTION_TITLE).size()
                * PdfStyle.leading(PdfStyle.SECTION_TITLE) + 10;
    }

    private void title(String title) throws IOException {
        text(title, PdfStyle.SECTION_TITLE, true, PdfStyle.TEXT, 0, 2);
        flow.canvas().line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), PdfStyle.TEXT, 1.2);
        flow.advance(8);
        context = title;
    }

    private static float headingSize(Heading heading, boolean cover) {
        if (cover && heading.level() == 1) {
            return PdfStyle.COVER_TITLE;
        }
        return switch (heading.level()) {
            case 1 -> 15f;
            case 2 -> 12f;
            default -> 10f;
        };
    }

    private static double spaceBefore(Heading heading) {
        return heading.level() <= 2 ? 9 : 6;
    }

    private double headingHeight(Heading heading, boolean cover) {
        float size = headingSize(heading, cover);
        return spaceBefore(heading) + breaker.wrap(heading.text(), flow.width(), true, size).size()
                * PdfStyle.leading(size) + 3;
    }

    private void heading(Heading heading, boolean cover) throws IOException {
        if (!flow.blank()) {
            flow.advance(spaceBefore(heading));
        }
        text(heading.text(), headingSize(heading, cover), true, PdfStyle.TEXT, 0, 3);
        context = heading.text();
    }

    private static float paragraphSize(Paragraph paragraph, boolean cover) {
        if (paragraph.style() == Block.TextStyle.EMPHASIS) {
            return cover ? 13f : 11f;
        }
        return paragraph.style() == Block.TextStyle.MUTED ? PdfStyle.SMALL + 0.5f : PdfStyle.BODY;
    }

    private void paragraph(Paragraph paragraph, boolean cover) throws IOException {
        float size = paragraphSize(paragraph, cover);
        Color colour = switch (paragraph.style()) {
            case MUTED -> PdfStyle.MUTED;
            case WARNING -> PdfStyle.CRITICAL_DARK;
            case EMPHASIS, BODY -> PdfStyle.TEXT;
        };
        boolean warning = paragraph.style() == Block.TextStyle.WARNING;
        double indent = warning ? 7 : 0;
        List<String> lines = breaker.wrap(paragraph.text(), flow.width() - indent, false, size);
        double leading = PdfStyle.leading(size);
        for (String line : lines) {
            flow.ensureRoom(leading);
            if (warning) {
                flow.canvas().fillRect(flow.left(), flow.y() + 1, 2, leading - 1, PdfStyle.CRITICAL);
            }
            flow.canvas().text(line, flow.left() + indent, flow.y() + PdfStyle.baseline(size), size, false, colour);
            flow.advance(leading);
        }
        flow.advance(cover ? 12 : 4);
    }

    /** Label–value pairs in two columns; the label column is as wide as the widest label (at most 40 %). */
    private void facts(Facts facts, boolean cover) throws IOException {
        float size = cover ? 10.5f : PdfStyle.BODY;
        double labelWidth = 0;
        for (Fact fact : facts.items()) {
            labelWidth = Math.max(labelWidth, fonts.width(fact.label(), false, size));
        }
        labelWidth = Math.min(flow.width() * 0.4, labelWidth + 14);
        double leading = PdfStyle.leading(size);
        for (Fact fact : facts.items()) {
            List<String> labels = breaker.wrap(fact.label(), labelWidth - 10, false, size);
            List<String> values = breaker.wrap(fact.value(), flow.width() - labelWidth, true, size);
            double height = Math.max(labels.size(), values.size()) * leading + 3;
            flow.ensureRoom(height);
            PdfCanvas c = flow.canvas();
            double baseline = flow.y() + PdfStyle.baseline(size);
            for (String line : labels) {
                c.text(line, flow.left(), baseline, size, false, PdfStyle.MUTED);
                baseline += leading;
            }
            baseline = flow.y() + PdfStyle.baseline(size);
            for (String line : values) {
                c.text(line, flow.left() + labelWidth, baseline, size, true, PdfStyle.TEXT);
                baseline += leading;
            }
            if (cover) {
                c.line(flow.left(), flow.y() + height, flow.left() + flow.width(), flow.y() + height, PdfStyle.RULE,
                        0.35);
            }
            flow.advance(height + (cover ? 3 : 0));
        }
        flow.advance(6);
    }

    /** Wrapped lines of one style, each moved to a new page if it does not fit. */
    private void text(String text, float size, boolean bold, Color colour, double indent, double after)
            throws IOException {
        double leading = PdfStyle.leading(size);
        for (String line : breaker.wrap(text, flow.width() - indent, bold, size)) {
            flow.ensureRoom(leading);
            flow.canvas().text(line, flow.left() + indent, flow.y() + PdfStyle.baseline(size), size, bold, colour);
            flow.advance(leading);
        }
        flow.advance(after);
    }
}
