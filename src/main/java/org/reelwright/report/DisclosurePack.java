package org.reelwright.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.reelwright.domain.AiContribution;
import org.reelwright.domain.AiUses;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotDisclosureMap;
import org.reelwright.domain.ShotId;
import org.reelwright.report.Block.Align;
import org.reelwright.report.Block.Column;
import org.reelwright.report.Block.Heading;
import org.reelwright.report.Block.Paragraph;
import org.reelwright.report.Block.Row;
import org.reelwright.report.Block.RowKind;
import org.reelwright.report.Block.Table;
import org.reelwright.report.Block.TextStyle;

/**
 * The AI disclosure pack (issue 16, item 6) as a document any painter sets: the statement of the chosen profile, the
 * register, the shot disclosure map, the consent checklist and the sources of each requirement. It is laid out from
 * blocks like the production plan, so the PDF painter sets it with the same fonts (Chinese included) and the
 * production plan's disclosure section reuses its register table.
 */
public final class DisclosurePack {
    private final Locale locale;
    private final ResourceBundle words;
    private final DateTimeFormatter dates;

    public DisclosurePack(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("org.reelwright.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The pack of a production whose register is reconciled with its plan. */
    public PlanDocument build(Production p, DisclosureProfile profile, DisclosureStatement statement, LocalDate today,
            String author) {
        List<Section> sections = new ArrayList<>();
        List<Block> first = new ArrayList<>();
        first.add(new Heading(p.title(), 1));
        first.add(new Paragraph(text("pack.prepared", dates.format(today), author, profile.name(locale)),
                TextStyle.MUTED));
        first.add(new Heading(text("pack.statement"), 2));
        first.addAll(statementBlocks(statement));
        sections.add(new Section(PlanSection.DISCLOSURE, text("pack.title"), first, true));
        sections.add(new Section(PlanSection.DISCLOSURE, text("pack.register"), List.of(register(p)), true));
        sections.add(new Section(PlanSection.DISCLOSURE, text("pack.map"), map(p), true));
        sections.add(new Section(PlanSection.DISCLOSURE, text("pack.consents"), consents(p), true));
        sections.add(new Section(PlanSection.DISCLOSURE, text("pack.sources"), sources(statement), false));
        return new PlanDocument(p.title(), author, text("pack.subject", profile.name(locale)),
                text("pack.header", p.title()), words.getString("document.page"), sections);
    }

    /** The statement's parts: each question as a small heading, its answer as paragraphs. */
    List<Block> statementBlocks(DisclosureStatement statement) {
        List<Block> blocks = new ArrayList<>();
        if (!statement.intro().isBlank()) {
            blocks.add(new Paragraph(statement.intro(), TextStyle.BODY));
        }
        for (DisclosureStatement.Part part : statement.parts()) {
            blocks.add(new Paragraph(part.question(), TextStyle.EMPHASIS));
            for (String line : part.answer().split("\n")) {
                blocks.add(new Paragraph(line, TextStyle.BODY));
            }
        }
        return blocks;
    }

    /** The register: one row per entry (the plan's, then those it no longer uses, which carry no AI mark). */
    Block register(Production p) {
        return register(p, false);
    }

    /**
     * The register in five columns for a portrait page (the production plan's section): the terms, the training
     * data and the people folded into the tool's cell.
     */
    Block compactRegister(Production p) {
        return register(p, true);
    }

    private Block register(Production p, boolean compact) {
        Map<ShotId, String> numbers = new HashMap<>();
        for (Scene scene : p.scenes()) {
            for (Shot shot : scene.shots()) {
                numbers.put(shot.id(), shot.number());
            }
        }
        List<Column> columns = compact
                ? List.of(new Column(text("pack.register.stage"), 1.4, Align.LEFT),
                        new Column(text("pack.register.contribution"), 0.9, Align.LEFT),
                        new Column(text("pack.register.tool"), 2.6, Align.LEFT),
                        new Column(text("pack.register.human"), 2.2, Align.LEFT),
                        new Column(text("pack.register.dates"), 1.1, Align.LEFT))
                : List.of(new Column(text("pack.register.stage"), 1.6, Align.LEFT),
                        new Column(text("pack.register.contribution"), 0.9, Align.LEFT),
                        new Column(text("pack.register.tool"), 2.2, Align.LEFT),
                        new Column(text("pack.register.commercial"), 0.9, Align.LEFT),
                        new Column(text("pack.register.training"), 1.3, Align.LEFT),
                        new Column(text("pack.register.people"), 1.2, Align.LEFT),
                        new Column(text("pack.register.human"), 2.0, Align.LEFT),
                        new Column(text("pack.register.dates"), 1.1, Align.LEFT));
        List<Row> rows = new ArrayList<>();
        for (DisclosureEntry e : p.disclosure().entries()) {
            String use = name(e.stage());
            if (e.key().isShot()) {
                use = use + " \u00b7 " + numbers.getOrDefault(e.key().shot(), "?");
            } else if (!e.shots().isEmpty()) {
                use = use + " (" + e.shots().size() + ")";
            }
            if (!e.inPlan()) {
                use = use + " " + text("pack.register.unused");
            }
            String tool = e.tool().isEmpty() ? "\u2014" : String.join(", ", nonBlank(e.tool(), e.vendor(),
                    (e.model() + " " + e.modelVersion()).strip(), e.licenceTier()));
            String training = (e.trainingDataKnown() ? text("pack.register.known") : text("pack.register.unknown"))
                    + (e.trainingDataAddress().isEmpty() ? "" : " " + e.trainingDataAddress());
            String people = e.promptedBy().isEmpty() && e.selectedBy().isEmpty() ? "\u2014"
                    : e.promptedBy() + " / " + e.selectedBy();
            String when = (e.plannedOn() == null ? "\u2014" : dates.format(e.plannedOn())) + " / "
                    + (e.doneOn() == null ? "\u2014" : dates.format(e.doneOn()));
            String human = e.humanContribution().isEmpty() ? "\u2014" : e.humanContribution();
            List<String> cells = compact
                    ? List.of(use, name(e.contribution()), text("pack.register.compactTerms", tool,
                            name(e.commercialUse()), training, people), human, when)
                    : List.of(use, name(e.contribution()), tool, name(e.commercialUse()), training, people, human,
                            when);
            rows.add(new Row(cells, e.inPlan() ? RowKind.AI : RowKind.NORMAL));
        }
        if (rows.isEmpty()) {
            return new Paragraph(text("pack.register.empty"), TextStyle.MUTED);
        }
        return new Table(columns, rows);
    }

    private List<Block> map(Production p) {
        ShotDisclosureMap map = ShotDisclosureMap.of(p);
        long overHalf = map.rows().stream().filter(r -> r.frameShare() > 0.5).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text("pack.map.note", ShotDisclosureMap.FPS,
                ShotDisclosureMap.timecode(map.runtimeSeconds()), overHalf), TextStyle.MUTED));
        List<Column> columns = List.of(new Column(text("pack.map.scene"), 0.7, Align.LEFT),
                new Column(text("pack.map.shot"), 0.7, Align.LEFT),
                new Column(text("pack.map.in"), 1.1, Align.RIGHT),
                new Column(text("pack.map.out"), 1.1, Align.RIGHT),
                new Column(text("pack.map.ai"), 1.0, Align.LEFT),
                new Column(text("pack.map.share"), 0.9, Align.RIGHT));
        List<Row> rows = new ArrayList<>();
        for (ShotDisclosureMap.Row r : map.rows()) {
            rows.add(new Row(List.of(r.sceneNumber(), r.shotNumber(), r.startTimecode(), r.endTimecode(),
                    name(r.contribution()), r.contribution() == AiContribution.NONE ? "\u2014"
                            : Math.round(r.frameShare() * 100) + " %"),
                    r.contribution() == AiContribution.NONE ? RowKind.NORMAL : RowKind.AI));
        }
        blocks.add(new Table(columns, rows));
        return blocks;
    }

    private List<Block> consents(Production p) {
        Map<ShotId, String> numbers = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        boolean vfxByAi = AiUses.vfxByAi(p);
        for (Scene scene : p.scenes()) {
            for (Shot shot : scene.shots()) {
                numbers.put(shot.id(), shot.number());
                if (AiUses.needsConsent(shot, vfxByAi, p.disclosure()) && p.disclosure().consentsFor(shot.id())
                        .stream().noneMatch(ConsentRecord::isSigned)) {
                    missing.add(shot.number());
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(missing.isEmpty() ? text("pack.consents.allClear")
                : text("pack.consents.missing", String.join(", ", missing)),
                missing.isEmpty() ? TextStyle.BODY : TextStyle.WARNING));
        if (!p.disclosure().consents().isEmpty()) {
            List<Column> columns = List.of(new Column(text("pack.consents.person"), 1.3, Align.LEFT),
                    new Column(text("pack.consents.signed"), 1.0, Align.LEFT),
                    new Column(text("pack.consents.scope"), 2.4, Align.LEFT),
                    new Column(text("pack.consents.covers"), 1.4, Align.LEFT),
                    new Column(text("pack.consents.document"), 1.2, Align.LEFT));
            List<Row> rows = new ArrayList<>();
            for (ConsentRecord c : p.disclosure().consents()) {
                List<String> covers = new ArrayList<>();
                c.shots().forEach(id -> covers.add(numbers.getOrDefault(id, "?")));
                if (c.voice()) {
                    covers.add(text("pack.consents.voice"));
                }
                rows.add(new Row(List.of(c.person(), c.isSigned() ? dates.format(c.signedOn())
                        : text("disclosure.unsigned"), String.join("; ", nonBlank(c.scope(), c.media(),
                                c.territories())), covers.isEmpty() ? "\u2014" : String.join(", ", covers),
                        c.documentReference().isEmpty() ? "\u2014" : c.documentReference()),
                        c.isSigned() ? RowKind.NORMAL : RowKind.WARNING));
            }
            blocks.add(new Table(columns, rows));
        }
        return blocks;
    }

    private List<Block> sources(DisclosureStatement statement) {
        List<Block> blocks = new ArrayList<>();
        for (DisclosureStatement.Part part : statement.parts()) {
            blocks.add(new Paragraph(part.question(), TextStyle.EMPHASIS));
            for (String source : part.sources()) {
                blocks.add(new Paragraph(source, TextStyle.MUTED));
            }
        }
        return blocks;
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v);
            }
        }
        return kept.isEmpty() ? List.of("\u2014") : kept;
    }

    private <E extends Enum<E> & CodedEnum> String name(E value) {
        return text(value.getDeclaringClass().getSimpleName() + "." + value.id());
    }

    private String text(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
