package org.reelwright.ui.production;

import org.reelwright.ui.common.LocalNumbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.app.Planning;
import org.reelwright.domain.ExchangeRates;
import org.reelwright.domain.Genre;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Money;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.VisualStyle;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.estimate.Range;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.StageLine;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;

/**
 * The production's own settings — what the film is, its money, its calendar, its languages and festival plans — as
 * fields that validate inline. Typed fields change the production on commit (focus loss or Enter), one edit each,
 * labelled with the field ("Change contingency"); choices, toggles and list additions change it at once. A refused
 * value shows the domain's message next to the field and the production keeps its last valid value.
 * <p>
 * Hints that need the estimate (the contingency in money, the festival fees, what the shots add up to) come from
 * the current plan, estimated in the background whenever the production changes; the newest production wins.
 */
public final class ProductionOverviewViewModel {
    private final Supplier<Planning> planning;
    private final Messages messages;
    private final Formats formats;
    private final ReadOnlyObjectProperty<Production> production;
    private final Consumer<Edit> edits;
    private final Locale locale;
    private final LocalNumbers numbers;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter inputDate;

    private final FormField title;
    private final FormField logline;
    private final FormField runtime;
    private final FormField currency;
    private final FormField contingency;
    private final FormField dubbing;
    private final FormField subtitles;
    private final FormField festivals;
    private final List<FormField> fields;

    private final ReadOnlyObjectWrapper<Genre> genre = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VisualStyle> visualStyle = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PayModel> payModel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper payModelNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper paySummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> startDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Set<DayOfWeek>> workingDays = new ReadOnlyObjectWrapper<>(Set.of());
    private final ObservableList<ExchangeRateRow> exchangeRates = FXCollections.observableArrayList();
    private final ObservableList<HolidayRow> holidays = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper currencyCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper startDateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper startDateHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper workingWeekError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper workingWeekHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exchangeRateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper holidayError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper estimateSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper estimateError = new ReadOnlyStringWrapper("");
    private final LatestOnly latest;

    /**
     * @param planning estimates the current plan for the hints that need money
     * @param production the open production; every change is shown
     * @param edits applies an edit to the open production (the shell records it for undo and saves it)
     */
    public ProductionOverviewViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages,
            Formats formats, ReadOnlyObjectProperty<Production> production, Consumer<Edit> edits) {
        this.planning = planning;
        this.latest = new LatestOnly(work);
        this.messages = messages;
        this.formats = formats;
        this.production = production;
        this.edits = edits;
        Locale bundleLocale = messages.bundle().getLocale();
        // The base bundle is the English one; the root locale has no proper month or day names of its own.
        this.locale = bundleLocale.equals(Locale.ROOT) ? Locale.ENGLISH : bundleLocale;
        this.numbers = new LocalNumbers(locale);
        this.shortDate = DateTimeFormatter.ofPattern(messages.get("overview.date"), locale);
        this.longDate = DateTimeFormatter.ofPattern(messages.get("overview.date.long"), locale);
        this.inputDate = DateTimeFormatter.ofPattern(messages.get("overview.date.input"), locale);

        title = field("title", Production::title, text -> p -> p.withTitle(text));
        logline = field("logline", Production::logline, text -> p -> p.withLogline(text));
        runtime = field("runtime", p -> numbers.edit(p.targetRuntimeMinutes()),
                text -> {
                    double minutes = number("runtime", text);
                    return p -> p.withTargetRuntimeMinutes(minutes);
                });
        currency = field("currency", p -> p.currency().getCurrencyCode(), text -> {
            Currency chosen = Money.currency(text);
            return p -> p.withCurrency(chosen);
        });
        contingency = field("contingency", p -> numbers.edit(p.contingencyPercent()), text -> {
            double percent = number("contingency", text);
            return p -> p.withContingencyPercent(percent);
        });
        dubbing = field("dubbing", p -> String.join(", ", p.dubbingLanguages()), text -> {
            List<String> tags = languageList(text);
            return p -> p.withDubbingLanguages(tags);
        });
        subtitles = field("subtitles", p -> String.join(", ", p.subtitleLanguages()), text -> {
            List<String> tags = languageList(text);
            return p -> p.withSubtitleLanguages(tags);
        });
        festivals = field("festivals", p -> Integer.toString(p.festivalSubmissions()), text -> {
            int count = wholeNumber("festivals", text);
            return p -> p.withFestivalSubmissions(count);
        });
        fields = List.of(title, logline, runtime, currency, contingency, dubbing, subtitles, festivals);
        production.addListener((obs, old, now) -> refresh(now));
        refresh(production.get());
    }

    // ---- fields typed in a box

    public FormField title() {
        return title;
    }

    public FormField logline() {
        return logline;
    }

    /** Target runtime in minutes. */
    public FormField runtime() {
        return runtime;
    }

    /** ISO 4217 code of the production's currency. */
    public FormField currency() {
        return currency;
    }

    /** Contingency in percent of the subtotal. */
    public FormField contingency() {
        return contingency;
    }

    /** Dubbing languages, BCP 47 codes separated by commas. */
    public FormField dubbing() {
        return dubbing;
    }

    /** Subtitle languages, BCP 47 codes separated by commas. */
    public FormField subtitles() {
        return subtitles;
    }

    /** Planned festival submissions. */
    public FormField festivals() {
        return festivals;
    }

    // ---- choices

    public ReadOnlyObjectProperty<Genre> genreProperty() {
        return genre.getReadOnlyProperty();
    }

    public void setGenre(Genre value) {
        change("genre", value, Production::genre, v -> p -> p.withGenre(v));
    }

    public ReadOnlyObjectProperty<VisualStyle> visualStyleProperty() {
        return visualStyle.getReadOnlyProperty();
    }

    public void setVisualStyle(VisualStyle value) {
        change("visualStyle", value, Production::visualStyle, v -> p -> p.withVisualStyle(v));
    }

    // ---- pay model

    public ReadOnlyObjectProperty<PayModel> payModelProperty() {
        return payModel.getReadOnlyProperty();
    }

    /** Chooses the production-wide pay model (an undoable edit); stages keep their own terms. */
    public void setPayModel(PayModel value) {
        Production p = production.get();
        if (p != null && value != null && value != p.payModel()) {
            edits.accept(Edits.setPayModel(value));
        }
    }

    /** What the chosen pay model assumes, with its sources or the word assumption. */
    public ReadOnlyStringProperty payModelNoteProperty() {
        return payModelNote.getReadOnlyProperty();
    }

    /** "Cash needed $2,900 (P50); deferred $1,200; in kind $14,000", for the current plan. */
    public ReadOnlyStringProperty paySummaryProperty() {
        return paySummary.getReadOnlyProperty();
    }

    // ---- calendar

    public ReadOnlyObjectProperty<LocalDate> startDateProperty() {
        return startDate.getReadOnlyProperty();
    }

    /** Sets the first day of work; a missing date is refused with the domain's message. */
    public boolean setStartDate(LocalDate value) {
        return apply(startDateError, "startDate", p -> p.withStartDate(value));
    }

    /** Reports a date typed into the picker that could not be read; the production keeps its start date. */
    public void refuseStartDate(String typed) {
        startDateError.set(messages.get("overview.error.date", label("startDate"), typed, example()));
    }

    public ReadOnlyStringProperty startDateErrorProperty() {
        return startDateError.getReadOnlyProperty();
    }

    /** The start date with its weekday, and a note when it is not a working day. */
    public ReadOnlyStringProperty startDateHintProperty() {
        return startDateHint.getReadOnlyProperty();
    }

    /** A date as the pickers show it ("1 Mar 2027"). */
    public String formatDate(LocalDate date) {
        return date == null ? "" : inputDate.format(date);
    }

    /** A typed date in the pickers' pattern or as ISO (2027-03-01); empty when it is neither. */
    public Optional<LocalDate> parseDate(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter format : List.of(inputDate, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (java.time.format.DateTimeParseException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }

    /** The days of the week in the order of the user's calendar (Monday first in most of the world). */
    public List<DayOfWeek> week() {
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        List<DayOfWeek> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(first.plus(i));
        }
        return days;
    }

    /** "Mon", "周一". */
    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    public ReadOnlyObjectProperty<Set<DayOfWeek>> workingDaysProperty() {
        return workingDays.getReadOnlyProperty();
    }

    /** Makes a day a working day or not; taking away the last working day is refused. */
    public boolean setWorkingDay(DayOfWeek day, boolean working) {
        Production current = production.get();
        if (current == null) {
            return false;
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(current.workingDays());
        if (working) {
            days.add(day);
        } else {
            days.remove(day);
        }
        return apply(workingWeekError, "workingWeek", p -> p.withWorkingDays(days));
    }

    public ReadOnlyStringProperty workingWeekErrorProperty() {
        return workingWeekError.getReadOnlyProperty();
    }

    /** "5 working days a week". */
    public ReadOnlyStringProperty workingWeekHintProperty() {
        return workingWeekHint.getReadOnlyProperty();
    }

    public ObservableList<HolidayRow> holidays() {
        return holidays;
    }

    public boolean addHoliday(LocalDate date) {
        Production current = production.get();
        if (current == null) {
            return false;
        }
        if (date == null) {
            holidayError.set(messages.get("overview.error.noDate"));
            return false;
        }
        if (current.holidays().contains(date)) {
            holidayError.set(messages.get("overview.error.duplicateHoliday", shortDate.format(date)));
            return false;
        }
        List<LocalDate> dates = new ArrayList<>(current.holidays());
        dates.add(date);
        return apply(holidayError, "holidays", p -> p.withHolidays(dates));
    }

    public void removeHoliday(LocalDate date) {
        Production current = production.get();
        if (current != null && current.holidays().contains(date)) {
            apply(holidayError, "holidays", p -> p.withHolidays(p.holidays().stream()
                    .filter(d -> !d.equals(date)).toList()));
        }
    }

    /** Reports a date typed into the holiday picker that could not be read. */
    public void refuseHoliday(String typed) {
        holidayError.set(messages.get("overview.error.date", label("holidays"), typed, example()));
    }

    public ReadOnlyStringProperty holidayErrorProperty() {
        return holidayError.getReadOnlyProperty();
    }

    // ---- exchange rates

    /** The production's currency code, for the "1 CNY = … USD" wording around the rates. */
    public ReadOnlyStringProperty currencyCodeProperty() {
        return currencyCode.getReadOnlyProperty();
    }

    public ObservableList<ExchangeRateRow> exchangeRates() {
        return exchangeRates;
    }

    /**
     * Adds a rate or changes one: one unit of {@code code} is worth {@code valueText} of the production's currency.
     *
     * @return false when refused (the message is then in {@link #exchangeRateErrorProperty()})
     */
    public boolean putExchangeRate(String code, String valueText) {
        Production current = production.get();
        if (current == null) {
            return false;
        }
        Currency foreign;
        BigDecimal value;
        try {
            foreign = Money.currency(code);
            if (foreign.equals(current.currency())) {
                exchangeRateError.set(messages.get("overview.error.rateForBase", foreign.getCurrencyCode()));
                return false;
            }
            value = numbers.parse(valueText).orElseThrow(() -> new InvalidInputException("exchangeRates",
                    messages.get("overview.error.rate", foreign.getCurrencyCode(), valueText == null ? ""
                            : valueText.strip())));
        } catch (InvalidInputException e) {
            exchangeRateError.set(e.message(messages.locale()));
            return false;
        }
        String foreignCode = foreign.getCurrencyCode();
        return apply(exchangeRateError, "exchangeRates",
                p -> p.withExchangeRates(p.exchangeRates().withRate(foreignCode, value)));
    }

    public void removeExchangeRate(String code) {
        Production current = production.get();
        if (current == null || !current.exchangeRates().perUnit().containsKey(code)) {
            return;
        }
        apply(exchangeRateError, "exchangeRates", p -> {
            TreeMap<String, BigDecimal> rates = new TreeMap<>(p.exchangeRates().perUnit());
            rates.remove(code);
            return p.withExchangeRates(new ExchangeRates(p.currency(), rates));
        });
    }

    public ReadOnlyStringProperty exchangeRateErrorProperty() {
        return exchangeRateError.getReadOnlyProperty();
    }

    // ---- derived, read-only

    /** The production's title, as the panel's heading. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Genre, style, runtime, scenes and shots in one line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The current plan's likely total and range, contingency included. */
    public ReadOnlyStringProperty estimateSummaryProperty() {
        return estimateSummary.getReadOnlyProperty();
    }

    /** Why the current plan cannot be estimated (typically a missing exchange rate), or empty. */
    public ReadOnlyStringProperty estimateErrorProperty() {
        return estimateError.getReadOnlyProperty();
    }

    /** A field's label as the form shows it ("Contingency"). */
    public String label(String field) {
        return messages.get("overview.label." + field);
    }

    // ---- internals

    /** A date written the way the pickers read it, for messages about a date that could not be read. */
    private String example() {
        Production p = production.get();
        return formatDate(p == null ? LocalDate.of(2027, 3, 1) : p.startDate());
    }

    private FormField field(String id, Function<Production, String> format, FormField.Parser parser) {
        return new FormField(id, messages.get("overview.edit." + id), format, parser, production::get, edits,
                messages.locale());
    }

    private <T> void change(String field, T value, Function<Production, T> current,
            Function<T, UnaryOperator<Production>> change) {
        Production p = production.get();
        if (p != null && value != null && !value.equals(current.apply(p))) {
            edits.accept(Edits.changeProduction(messages.get("overview.edit." + field), change.apply(value)));
        }
    }

    /** Tries the change on the open production first, so a refusal is shown in place and nothing is recorded. */
    private boolean apply(ReadOnlyStringWrapper error, String field, UnaryOperator<Production> change) {
        Production current = production.get();
        if (current == null) {
            return false;
        }
        try {
            if (change.apply(current).equals(current)) {
                error.set("");
                return true;
            }
        } catch (InvalidInputException e) {
            error.set(e.message(messages.locale()));
            return false;
        }
        error.set("");
        edits.accept(Edits.changeProduction(messages.get("overview.edit." + field), change));
        return true;
    }

    private double number(String field, String text) {
        return numbers.parse(text).orElseThrow(() -> new InvalidInputException(field,
                messages.get("overview.error.number", messages.get("overview.edit." + field), text.strip())))
                .doubleValue();
    }

    private int wholeNumber(String field, String text) {
        BigDecimal value = numbers.parse(text).orElseThrow(() -> new InvalidInputException(field,
                messages.get("overview.error.number", messages.get("overview.edit." + field), text.strip())));
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, messages.get("overview.error.wholeNumber",
                    messages.get("overview.edit." + field), text.strip()));
        }
    }

    /** "en, zh-Hans", "en zh" or "en，zh" (a Chinese comma) → tags; the domain checks each one. */
    private static List<String> languageList(String text) {
        List<String> tags = new ArrayList<>();
        for (String part : text.split("[,;，、；\\s]+")) {
            if (!part.isBlank()) {
                tags.add(part.strip());
            }
        }
        return tags;
    }

    private void refresh(Production p) {
        for (FormField f : fields) {
            f.show(p);
        }
        if (p == null) {
            exchangeRates.clear();
            holidays.clear();
            heading.set("");
            summary.set("");
            return;
        }
        genre.set(p.genre());
        visualStyle.set(p.visualStyle());
        payModel.set(p.payModel());
        payModelNote.set(p.payModel().note().in(messages.locale()));
        startDate.set(p.startDate());
        workingDays.set(p.workingDays());
        currencyCode.set(p.currency().getCurrencyCode());
        exchangeRates.setAll(rateRows(p));
        holidays.setAll(p.holidays().stream().map(d -> new HolidayRow(d, shortDate.format(d),
                p.workingDays().contains(d.getDayOfWeek()))).toList());
        heading.set(p.title());
        summary.set(messages.get("overview.summary", messages.name(p.genre()), messages.name(p.visualStyle()),
                numbers.show(BigDecimal.valueOf(p.targetRuntimeMinutes())), p.scenes().size(), p.shotCount()));
        String day = longDate.format(p.startDate());
        startDateHint.set(p.workingDays().contains(p.startDate().getDayOfWeek()) ? day
                : messages.get("overview.hint.startOnDayOff", day));
        workingWeekHint.set(messages.get("overview.hint.workingWeek", p.workingDays().size()));
        currency.setHint(p.currency().getDisplayName(locale));
        dubbing.setHint(languageNames(p.dubbingLanguages()));
        subtitles.setHint(languageNames(p.subtitleLanguages()));
        estimate(p);
    }

    private List<ExchangeRateRow> rateRows(Production p) {
        String base = p.currency().getCurrencyCode();
        List<ExchangeRateRow> rows = new ArrayList<>();
        p.exchangeRates().perUnit().forEach((code, value) -> rows.add(new ExchangeRateRow(code,
                Currency.getInstance(code).getDisplayName(locale), value, numbers.edit(value),
                messages.get("overview.rateInverse", base, numbers.show(BigDecimal.ONE.divide(value,
                        MathContext.DECIMAL64)), code))));
        return rows;
    }

    private String languageNames(List<String> tags) {
        if (tags.isEmpty()) {
            return messages.get("overview.hint.noLanguages");
        }
        return String.join(messages.get("overview.listSeparator"),
                tags.stream().map(t -> Locale.forLanguageTag(t).getDisplayName(locale)).toList());
    }

    private void estimate(Production p) {
        latest.run(messages.get("overview.work"), () -> {
            Estimate e = planning.get().quickEstimate(p, Scenario.CURRENT);
            return Map.entry(e, PayBreakdown.of(p, e));
        }, r -> showEstimate(p, r.getKey(), r.getValue()), failure -> {
            estimateError.set(messages.get("overview.estimateFailed", failure.getMessage()));
            estimateSummary.set("");
            paySummary.set("");
        });
    }

    private void showEstimate(Production p, Estimate e, PayBreakdown pay) {
        Currency c = p.currency();
        paySummary.set(messages.get("overview.pay", formats.money(pay.cashP50(), c),
                formats.money(pay.total().deferred().likely(), c), formats.money(pay.total().inKind().likely(), c)));
        estimateError.set("");
        // The headline and range every view speaks (ADR 0008), not the sums of the lines' most-likely values and
        // extremes.
        estimateSummary.set(messages.get("overview.estimate", formats.money(e.headline(), c),
                formats.money(e.p10(), c), formats.money(e.p90(), c)));
        contingency.setHint(messages.get("overview.hint.contingency", formats.money(e.contingency().likely(), c),
                formats.money(e.subtotal().likely(), c)));
        runtime.setHint(e.drivers().shots() == 0 ? messages.get("overview.hint.noShots")
                : messages.get("overview.hint.shotsAddUp", formats.days(BigDecimal.valueOf(
                        e.drivers().finishedMinutes())), e.drivers().shots()));
        Optional<StageLine> fees = e.line(StageId.FESTIVALS);
        if (p.festivalSubmissions() == 0 || fees.isEmpty()) {
            festivals.setHint(messages.get("overview.hint.noFestivals"));
        } else {
            Range cost = fees.get().cost();
            festivals.setHint(messages.get("overview.hint.festivals", formats.money(cost.likely(), c),
                    formats.money(cost.low(), c), formats.money(cost.high(), c)));
        }
    }
}
