package org.reelwright.ui.production;

import org.reelwright.ui.testing.Sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.app.Edit;
import org.reelwright.app.EditHistory;
import org.reelwright.domain.Genre;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.Production;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;

class ProductionOverviewViewModelTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(Sample.PRODUCTION);
    private final EditHistory history = new EditHistory();
    private final List<String> labels = new ArrayList<>();
    private final ProductionOverviewViewModel model = new ProductionOverviewViewModel(() -> Sample.PLANNING,
            BackgroundWork.sameThread(), messages, new Formats(Locale.ENGLISH), production, this::apply);

    private void apply(Edit edit) {
        labels.add(messages.get(edit.labelKey(), edit.labelArgs().toArray()));
        history.apply(production.get(), edit).ifPresent(e -> production.set(e.after()));
    }

    static Stream<Arguments> refusedValues() {
        return Stream.of(
                Arguments.of("contingency", "150", "Production: contingencyPercent must be between 0 and 100 %, "
                        + "got 150"),
                Arguments.of("contingency", "-1", "Production: contingencyPercent must be between 0 and 100 %, "
                        + "got -1"),
                Arguments.of("contingency", "ten", "Production: contingency must be a number, got \u201cten\u201d"),
                Arguments.of("runtime", "0", "Production: targetRuntimeMinutes must be between 0.5 and 300 minutes, "
                        + "got 0"),
                Arguments.of("runtime", "12 min", "Production: target runtime must be a number, got "
                        + "\u201c12 min\u201d"),
                Arguments.of("title", "   ", "Production: title must not be empty"),
                Arguments.of("logline", "x".repeat(1001), "Production: logline must be at most 1000 characters, "
                        + "got 1001"),
                Arguments.of("currency", "XYZ", "unknown currency 'XYZ'; use a three-letter ISO 4217 code such as "
                        + "USD, EUR or CNY"),
                Arguments.of("dubbing", "zh, 12", "Production: dubbingLanguages has '12', which is not a language "
                        + "code; use codes such as en, zh or zh-Hans"),
                Arguments.of("subtitles", "en, english!", "Production: subtitleLanguages has 'english!', which is "
                        + "not a language code; use codes such as en, zh or zh-Hans"),
                Arguments.of("festivals", "2000", "Production: festivalSubmissions must be between 0 and 1000, "
                        + "got 2000"),
                Arguments.of("festivals", "2.5", "Production: festival submissions must be a whole number, got "
                        + "\u201c2.5\u201d"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("refusedValues")
    void aRefusedValueShowsWhyAndTheProductionKeepsItsLastValidValue(String field, String typed, String message) {
        FormField f = field(field);
        f.textProperty().set(typed);
        assertFalse(f.commit());
        assertEquals(message, f.errorProperty().get());
        assertEquals(Sample.PRODUCTION, production.get(), "nothing changed");
        assertEquals(List.of(), labels, "no edit was made");
        assertEquals(typed, f.textProperty().get(), "the refused text stays in the box to be corrected");
    }

    @Test
    void thePayModelIsOneUndoableEditAndTheSplitShowsCashFirst() {
        assertEquals(PayModel.ALL_PAID, model.payModelProperty().get());
        assertTrue(model.paySummaryProperty().get().startsWith("Cash needed $"), model.paySummaryProperty().get());
        assertTrue(model.paySummaryProperty().get().contains("deferred $0 and in kind $0"));
        model.setPayModel(PayModel.NO_BUDGET);
        assertEquals(PayModel.NO_BUDGET, production.get().payModel());
        assertEquals(PayModel.NO_BUDGET, model.payModelProperty().get());
        assertEquals(1, labels.size(), "one edit");
        assertTrue(labels.get(0).startsWith("Set the pay model to "), labels.get(0)); // the shell names the preset
        assertTrue(model.payModelNoteProperty().get().contains("assumption"), model.payModelNoteProperty().get());
        assertFalse(model.paySummaryProperty().get().contains("in kind $0 "), model.paySummaryProperty().get());
        model.setPayModel(PayModel.NO_BUDGET);
        assertEquals(1, labels.size(), "choosing the same preset again is no edit");
        production.set(history.undo().orElseThrow().before());
        assertEquals(PayModel.ALL_PAID, model.payModelProperty().get());
        assertEquals(Sample.PRODUCTION, production.get());
        production.set(history.redo().orElseThrow().after());
        assertEquals(PayModel.NO_BUDGET, production.get().payModel());
    }

    @Test
    void aValidValueIsOneEditNamedAfterTheFieldAndClearsTheMessage() {
        model.contingency().textProperty().set("150");
        model.contingency().commit();
        model.contingency().textProperty().set("12.5");
        assertTrue(model.contingency().commit());
        assertEquals("", model.contingency().errorProperty().get());
        assertEquals(12.5, production.get().contingencyPercent());
        assertEquals(List.of("Change contingency"), labels);
    }

    @Test
    void theSameValueSpelledDifferentlyMakesNoEditAndIsShownTheUsualWay() {
        model.contingency().textProperty().set("10.0");
        assertTrue(model.contingency().commit());
        assertEquals(List.of(), labels);
        assertEquals("10", model.contingency().textProperty().get());
    }

    @Test
    void languagesAreNormalisedAndNamed() {
        model.subtitles().textProperty().set("EN zh-hans，fr");
        assertTrue(model.subtitles().commit());
        assertEquals(List.of("en", "zh-Hans", "fr"), production.get().subtitleLanguages());
        assertEquals("en, zh-Hans, fr", model.subtitles().textProperty().get());
        assertEquals("English, Chinese (Simplified), French", model.subtitles().hintProperty().get());
        assertEquals(List.of("Change subtitle languages"), labels);
    }

    @Test
    void anUnfinishedCorrectionSurvivesAnEditOfAnotherField() {
        model.contingency().textProperty().set("150");
        model.contingency().commit();
        model.runtime().textProperty().set("12");
        assertTrue(model.runtime().commit());
        assertEquals(12, production.get().targetRuntimeMinutes());
        assertEquals("150", model.contingency().textProperty().get());
        assertTrue(model.contingency().errorProperty().get().startsWith("Production: contingencyPercent"));
    }

    @Test
    void undoPutsTheOldValueBackInTheBox() {
        model.contingency().textProperty().set("15");
        model.contingency().commit();
        production.set(history.undo().orElseThrow().before());
        assertEquals("10", model.contingency().textProperty().get());
        model.contingency().textProperty().set("99");
        model.contingency().revert();
        assertEquals("10", model.contingency().textProperty().get());
    }

    @Test
    void derivedValuesDescribeTheSample() {
        assertEquals("The Salt Archive", model.headingProperty().get());
        assertEquals("Sci-fi \u00b7 Realistic live action \u00b7 15 min \u00b7 10 scenes \u00b7 43 shots",
                model.summaryProperty().get());
        assertEquals("US Dollar", model.currency().hintProperty().get());
        assertEquals("Chinese", model.dubbing().hintProperty().get());
        assertEquals("5 working days a week", model.workingWeekHintProperty().get());
        assertEquals("Monday 1 March 2027", model.startDateHintProperty().get());
        assertTrue(model.contingency().hintProperty().get().matches(
                "\\$[\\d,]+ on the current plan's likely subtotal of \\$[\\d,]+"), model.contingency().hintProperty()
                .get());
        assertTrue(model.festivals().hintProperty().get().matches(
                "Entry fees \\$[\\d,]+ likely \\(range \\$[\\d,]+ \u2013 \\$[\\d,]+\\)"), model.festivals()
                .hintProperty().get());
        assertTrue(model.runtime().hintProperty().get().startsWith("The 43 shots add up to "),
                model.runtime().hintProperty().get());
        assertTrue(model.estimateSummaryProperty().get().startsWith("Current plan: expected budget (P50) $"),
                model.estimateSummaryProperty().get());
        assertEquals("", model.estimateErrorProperty().get());
    }

    @Test
    void exchangeRatesReadBothWays() {
        assertEquals(List.of("CNY", "EUR"), model.exchangeRates().stream().map(ExchangeRateRow::code).toList());
        ExchangeRateRow cny = model.exchangeRates().get(0);
        assertEquals("0.14", cny.valueText());
        assertEquals("1 USD = 7.1429 CNY", cny.inverse());
        assertEquals("Chinese Yuan", cny.name());
    }

    @Test
    void exchangeRatesAreAddedChangedRemovedAndRefusedWithAReason() {
        assertFalse(model.putExchangeRate("EUR", "-1"));
        assertEquals("Exchange rate for EUR must be a positive number, got -1",
                model.exchangeRateErrorProperty().get());
        assertFalse(model.putExchangeRate("usd", "1"));
        assertEquals("Exchange rates: USD is the production's own currency, so its rate is always 1",
                model.exchangeRateErrorProperty().get());
        assertFalse(model.putExchangeRate("GBP", "lots"));
        assertEquals("Exchange rate for GBP must be a positive number, got \u201clots\u201d",
                model.exchangeRateErrorProperty().get());
        assertFalse(model.putExchangeRate("XX", "1"));
        assertTrue(model.exchangeRateErrorProperty().get().startsWith("unknown currency 'XX'"));
        assertEquals(Sample.PRODUCTION, production.get());

        assertTrue(model.putExchangeRate("gbp", "1.27"));
        assertEquals("", model.exchangeRateErrorProperty().get());
        assertEquals(new BigDecimal("1.27"), production.get().exchangeRates().perUnit().get("GBP"));
        assertTrue(model.putExchangeRate("EUR", "1.1"));
        model.removeExchangeRate("CNY");
        assertEquals(Map.of("EUR", new BigDecimal("1.1"), "GBP", new BigDecimal("1.27")),
                production.get().exchangeRates().perUnit());
        assertEquals(List.of("Change exchange rates", "Change exchange rates", "Change exchange rates"), labels);
    }

    @Test
    void aCurrencyWithoutARateLeavesThePlanUnestimatedAndSaysWhy() {
        model.currency().textProperty().set("gbp");
        assertTrue(model.currency().commit());
        assertEquals("GBP", model.currency().textProperty().get());
        assertEquals("British Pound", model.currency().hintProperty().get());
        assertEquals(List.of(), model.exchangeRates(), "no rate can be re-expressed without one for GBP");
        assertTrue(model.estimateErrorProperty().get().startsWith("The current plan cannot be estimated: No "
                + "exchange rate from "), model.estimateErrorProperty().get());
        assertTrue(model.putExchangeRate("USD", "0.79"));
        assertEquals("", model.estimateErrorProperty().get());
    }

    @Test
    void changingTheCurrencyReExpressesTheRates() {
        model.currency().textProperty().set("EUR");
        assertTrue(model.currency().commit());
        assertEquals(List.of("CNY", "USD"), model.exchangeRates().stream().map(ExchangeRateRow::code).toList());
        assertEquals("1 EUR = 1.08 USD", model.exchangeRates().get(1).inverse());
    }

    @Test
    void theLastWorkingDayCannotBeTakenAway() {
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            assertTrue(model.setWorkingDay(day, false));
        }
        assertFalse(model.setWorkingDay(DayOfWeek.FRIDAY, false));
        assertEquals("Production: at least one working day a week is needed",
                model.workingWeekErrorProperty().get());
        assertEquals(java.util.Set.of(DayOfWeek.FRIDAY), production.get().workingDays());
        assertEquals("1 working day a week", model.workingWeekHintProperty().get());
        assertTrue(model.setWorkingDay(DayOfWeek.SATURDAY, true));
        assertEquals("", model.workingWeekErrorProperty().get());
        assertEquals("Change working week", labels.get(0));
    }

    @Test
    void holidaysAreListedWithTheirWeekdayAndDuplicatesAreRefused() {
        assertEquals(List.of(new HolidayRow(LocalDate.of(2027, 4, 5), "Mon 5 Apr 2027", true)), model.holidays());
        assertFalse(model.addHoliday(LocalDate.of(2027, 4, 5)));
        assertEquals("Holidays: Mon 5 Apr 2027 is already a holiday", model.holidayErrorProperty().get());
        assertFalse(model.addHoliday(null));
        assertEquals("Holidays: pick a date to add first", model.holidayErrorProperty().get());
        assertTrue(model.addHoliday(LocalDate.of(2027, 4, 10)));
        assertEquals("", model.holidayErrorProperty().get());
        assertEquals(new HolidayRow(LocalDate.of(2027, 4, 10), "Sat 10 Apr 2027", false), model.holidays().get(1));
        model.removeHoliday(LocalDate.of(2027, 4, 5));
        assertEquals(List.of(LocalDate.of(2027, 4, 10)), production.get().holidays());
    }

    @Test
    void theStartDateIsReadAsTypedAndAnUnreadableOneIsRefused() {
        assertEquals(Optional.of(LocalDate.of(2027, 3, 8)), model.parseDate("8 Mar 2027"));
        assertEquals(Optional.of(LocalDate.of(2027, 3, 8)), model.parseDate("2027-03-08"));
        assertEquals(Optional.empty(), model.parseDate("next week"));
        model.refuseStartDate("next week");
        assertEquals("Start date: \u201cnext week\u201d is not a date; pick one in the calendar or type it like "
                + "1 Mar 2027", model.startDateErrorProperty().get());
        assertTrue(model.setStartDate(LocalDate.of(2027, 3, 6)));
        assertEquals("", model.startDateErrorProperty().get());
        assertEquals("Saturday 6 March 2027 \u2014 not a working day, so work starts on the next one",
                model.startDateHintProperty().get());
        assertFalse(model.setStartDate(null));
        assertEquals("Production: startDate is required", model.startDateErrorProperty().get());
        assertEquals(LocalDate.of(2027, 3, 6), production.get().startDate());
    }

    @Test
    void choosingAGenreIsOneEdit() {
        model.setGenre(Genre.FANTASY);
        model.setGenre(Genre.FANTASY);
        assertEquals(Genre.FANTASY, model.genreProperty().get());
        assertEquals(List.of("Change genre"), labels);
    }

    private FormField field(String name) {
        Map<String, Function<ProductionOverviewViewModel, FormField>> fields = Map.of("title",
                ProductionOverviewViewModel::title, "logline", ProductionOverviewViewModel::logline, "runtime",
                ProductionOverviewViewModel::runtime, "currency", ProductionOverviewViewModel::currency,
                "contingency", ProductionOverviewViewModel::contingency, "dubbing",
                ProductionOverviewViewModel::dubbing, "subtitles", ProductionOverviewViewModel::subtitles,
                "festivals", ProductionOverviewViewModel::festivals);
        return fields.get(name).apply(model);
    }
}
