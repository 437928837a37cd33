package org.reelwright.report;

import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.Eighths;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.ShootLocation;
import org.reelwright.estimate.DayOutOfDays;
import org.reelwright.report.Block.Align;
import org.reelwright.report.Block.Column;
import org.reelwright.report.Block.Fact;
import org.reelwright.report.Block.Facts;
import org.reelwright.report.Block.Heading;
import org.reelwright.report.Block.Paragraph;
import org.reelwright.report.Block.Row;
import org.reelwright.report.Block.RowKind;
import org.reelwright.report.Block.Table;
import org.reelwright.report.Block.TextStyle;
import org.reelwright.schedule.CallSheet;
import org.reelwright.schedule.ShootDay;
import org.reelwright.schedule.ShootingSchedule;
import org.reelwright.schedule.Strip;
import org.reelwright.schedule.SunTimes;

/**
 * The shoot's printed documents, medium-free: a day's call sheet (a document of its own, one page for a usual day),
 * and the shooting schedule and day-out-of-days the production plan carries. Words from the report bundle.
 */
public final class ShootDocuments {
    /** Shoot days per DOOD table: as many as stay legible across an A4 page in portrait with the totals. */
    static final int DOOD_DAYS_PER_TABLE = 12;

    private final ResourceBundle words;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;
    private final DateTimeFormatter times = DateTimeFormatter.ofPattern("HH:mm");

    public ShootDocuments(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("org.reelwright.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.shortDates = DateTimeFormatter.ofPattern(text("shoot.shortDate"), locale);
    }

    /** The call sheet as a document of one section, for the PDF painter. */
    public PlanDocument callSheet(CallSheet sheet, String author) {
        List<Block> blocks = new ArrayList<>();
        List<Fact> head = new ArrayList<>();
        head.add(new Fact(text("callSheet.date"), dates.format(sheet.date())));
        head.add(new Fact(text("callSheet.crewCall"), times.format(sheet.crewCall())));
        head.add(new Fact(text("callSheet.shootingCall"), times.format(sheet.shootingCall())));
        for (CallSheet.LocationCall l : sheet.locations()) {
            String address = l.known().map(ShootLocation::address).filter(a -> !a.isEmpty())
                    .orElse(text("callSheet.noAddress"));
            head.add(new Fact(text("callSheet.location"), l.name() + " — " + address));
            head.add(new Fact(text("callSheet.sun"), l.sun().map(this::sun).orElse(text("callSheet.noCoordinates"))));
            head.add(new Fact(text("callSheet.hospital"), l.known().map(ShootLocation::nearestHospital)
                    .filter(h -> !h.isEmpty()).orElse(text("callSheet.notGiven"))));
        }
        head.add(new Fact(text("callSheet.emergency"), sheet.emergencyContact().isEmpty() ? text("callSheet.notGiven")
                : sheet.emergencyContact()));
        blocks.add(new Facts(head));

        blocks.add(new Heading(text("callSheet.scenes"), 2));
        List<Row> scenes = new ArrayList<>();
        int eighths = 0;
        for (CallSheet.SceneCall s : sheet.scenes()) {
            eighths += s.eighths();
            scenes.add(new Row(List.of(s.number(), heading(s.heading()), s.synopsis(), Eighths.format(s.eighths()),
                    numbers(s.castNumbers())), RowKind.NORMAL));
        }
        scenes.add(new Row(List.of("", text("callSheet.totalPages"), "", Eighths.format(eighths), ""),
                RowKind.TOTAL));
        blocks.add(new Table(List.of(new Column(text("column.scene"), 0.6, Align.LEFT),
                new Column(text("column.heading"), 2.6, Align.LEFT), new Column(text("column.synopsis"), 2.6,
                        Align.LEFT), new Column(text("column.pages"), 0.7, Align.RIGHT),
                new Column(text("column.castIds"), 0.9, Align.LEFT)), scenes));

        blocks.add(new Heading(text("callSheet.cast"), 2));
        List<Row> cast = new ArrayList<>();
        for (CallSheet.CastCall c : sheet.cast()) {
            cast.add(new Row(List.of(c.castNumber() == 0 ? "—" : String.valueOf(c.castNumber()),
                    c.performer().isEmpty() ? text("callSheet.uncast") : c.performer(), String.join(", ",
                            c.characters()), c.status().text(), times.format(c.makeUp()), times.format(c.onSet()),
                    c.contact()), RowKind.NORMAL));
        }
        if (cast.isEmpty()) {
            blocks.add(new Paragraph(text("callSheet.noCast"), TextStyle.MUTED));
        } else {
            blocks.add(new Table(List.of(new Column("#", 0.4, Align.LEFT), new Column(text("column.performer"), 1.6,
                    Align.LEFT), new Column(text("column.character"), 1.6, Align.LEFT),
                    new Column(text("column.status"), 0.6, Align.LEFT), new Column(text("column.makeUp"), 0.8,
                            Align.LEFT), new Column(text("column.onSet"), 0.8, Align.LEFT),
                    new Column(text("column.contact"), 1.8, Align.LEFT)), cast));
        }

        blocks.add(new Heading(text("callSheet.crew"), 2));
        List<Row> crew = new ArrayList<>();
        for (CallSheet.CrewCall c : sheet.crew()) {
            crew.add(new Row(List.of(name(c.department()), c.role(), c.name(), times.format(c.call()), c.contact()),
                    RowKind.NORMAL));
        }
        if (crew.isEmpty()) {
            blocks.add(new Paragraph(text("callSheet.noCrew", times.format(sheet.crewCall())), TextStyle.MUTED));
        } else {
            blocks.add(new Table(List.of(new Column(text("column.department"), 1.3, Align.LEFT),
                    new Column(text("column.role"), 1.5, Align.LEFT), new Column(text("column.name"), 1.5, Align.LEFT),
                    new Column(text("column.call"), 0.6, Align.LEFT), new Column(text("column.contact"), 1.6,
                            Align.LEFT)), crew));
        }
        blocks.add(new Heading(text("callSheet.notes"), 2));
        blocks.add(new Paragraph(sheet.notes().isEmpty() ? text("callSheet.noNotes") : sheet.notes(),
                sheet.notes().isEmpty() ? TextStyle.MUTED : TextStyle.BODY));
        sheet.nextDay().ifPresent(next -> blocks.add(new Paragraph(text("callSheet.next", dates.format(next)),
                TextStyle.MUTED)));
        String title = text("callSheet.title", sheet.production(), sheet.day(), sheet.dayCount());
        return new PlanDocument(sheet.production(), author, text("callSheet.subject", sheet.day()),
                text("callSheet.header", sheet.production(), sheet.day(), sheet.dayCount()), text("document.page"),
                List.of(new Section(PlanSection.SCHEDULE, title, blocks, true)));
    }

    /** The shooting schedule for the plan: a heading and one row per strip under a row per day. */
    public List<Block> shootingSchedule(ShootingSchedule schedule) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(text("shoot.scheduleHeading"), 2));
        blocks.add(new Paragraph(text(schedule.arranged() ? "shoot.arranged" : "shoot.automatic",
                schedule.dayCount(), schedule.companyMoves(), Eighths.format(schedule.capacityEighths()),
                schedule.capacitySetups()), TextStyle.BODY));
        List<Row> rows = new ArrayList<>();
        for (ShootDay d : schedule.days()) {
            String flags = (d.overFull() ? text("shoot.overFull") : "")
                    + (d.hasConflict() ? (d.overFull() ? ", " : "") + text("shoot.conflict") : "");
            // A day break reads as one line across the table (a group row): day, date, its totals and its flags.
            rows.add(new Row(List.of(text("shoot.dayRow", d.number(), dates.format(d.date()),
                    Eighths.format(d.eighths()), d.setups(), d.eighths() == 8 ? 1 : 2)
                    + (flags.isEmpty() ? "" : " \u2014 " + flags), "", "", "", ""), RowKind.GROUP));
            for (Strip s : d.strips()) {
                rows.add(new Row(List.of(s.number(), stripHeading(s), numbers(s.castNumbers()),
                        Eighths.format(s.eighths()), String.valueOf(s.setups())), RowKind.NORMAL));
            }
        }
        blocks.add(new Table(List.of(new Column(text("column.scene"), 1.4, Align.LEFT),
                new Column(text("column.heading"), 3, Align.LEFT), new Column(text("column.castIds"), 1, Align.LEFT),
                new Column(text("column.pages"), 0.7, Align.RIGHT), new Column(text("column.setups"), 0.7,
                        Align.RIGHT)), rows));
        return blocks;
    }

    /**
     * The day-out-of-days for the plan, laid out as crews print it: performers down, shoot days across, then the
     * totals (work, hold, travel, paid) at the right; a long shoot runs on in tables of 12 days, the totals after
     * the last. The bottom row counts the performers working each day.
     */
    public List<Block> dayOutOfDays(DayOutOfDays dood) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(text("dood.heading"), 2));
        blocks.add(new Paragraph(text("dood.legend"), TextStyle.MUTED));
        int days = dood.dates().size();
        for (int from = 0; from < Math.max(days, 1); from += DOOD_DAYS_PER_TABLE) {
            int to = Math.min(days, from + DOOD_DAYS_PER_TABLE);
            boolean last = to == days;
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(text("column.performer"), 2.2, Align.LEFT));
            for (int d = from; d < to; d++) {
                columns.add(new Column(String.valueOf(d + 1), 0.5, Align.CENTER));
            }
            if (last) {
                for (String key : List.of("dood.work", "dood.hold", "dood.travel", "dood.paid")) {
                    columns.add(new Column(text(key), 0.6, Align.RIGHT));
                }
            }
            List<Row> rows = new ArrayList<>();
            List<String> dateCells = new ArrayList<>();
            dateCells.add(text("dood.date"));
            for (int d = from; d < to; d++) {
                dateCells.add(shortDates.format(dood.dates().get(d)));
            }
            if (last) {
                dateCells.addAll(List.of("", "", "", ""));
            }
            rows.add(new Row(dateCells, RowKind.SUBTOTAL));
            for (DayOutOfDays.Row r : dood.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(who(r));
                for (int d = from; d < to; d++) {
                    cells.add(r.codes().get(d).text());
                }
                if (last) {
                    cells.addAll(List.of(String.valueOf(r.workDays()), String.valueOf(r.holdDays()),
                            String.valueOf(r.travelDays()), String.valueOf(r.paidDays())));
                }
                rows.add(new Row(cells, RowKind.NORMAL));
            }
            List<String> totals = new ArrayList<>();
            totals.add(text("dood.working"));
            for (int d = from; d < to; d++) {
                int day = d;
                totals.add(String.valueOf(dood.rows().stream().filter(r -> r.codes().get(day).isWork()).count()));
            }
            if (last) {
                totals.addAll(List.of(String.valueOf(dood.rows().stream().mapToInt(DayOutOfDays.Row::workDays)
                        .sum()), String.valueOf(dood.rows().stream().mapToInt(DayOutOfDays.Row::holdDays).sum()),
                        String.valueOf(dood.rows().stream().mapToInt(DayOutOfDays.Row::travelDays).sum()),
                        String.valueOf(dood.paidDays())));
            }
            rows.add(new Row(totals, RowKind.TOTAL));
            blocks.add(new Table(columns, rows));
        }
        return blocks;
    }

    private String who(DayOutOfDays.Row r) {
        return r.castNumber() == 0 ? text("dood.uncast", r.name()) : r.castNumber() + ". " + r.name();
    }

    private String sun(SunTimes sun) {
        return text("callSheet.sunTimes", sun.sunrise().map(times::format).orElse("—"),
                sun.sunset().map(times::format).orElse("—"));
    }

    private String stripHeading(Strip s) {
        return heading(new SceneHeading(s.intExt(), s.location(), s.timeOfDay())) + (s.night() ? " ●" : "");
    }

    /** The heading in the reader's words: the screenplay's own form in English, 外景/内景 and 日/夜 in Chinese. */
    private String heading(SceneHeading heading) {
        return "en".equals(locale.getLanguage()) ? heading.text() : heading.text(this::name, this::name);
    }

    private static String numbers(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private <E extends Enum<E> & CodedEnum> String name(E value) {
        return text(value.getDeclaringClass().getSimpleName() + "." + value.id());
    }

    private String text(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
