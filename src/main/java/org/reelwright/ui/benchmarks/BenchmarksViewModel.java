package org.reelwright.ui.benchmarks;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.app.Planning;
import org.reelwright.benchmark.Basis;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.benchmark.Confidence;
import org.reelwright.benchmark.Rule;
import org.reelwright.benchmark.Source;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.Scenario;
import org.reelwright.estimate.StageLine;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.LatestOnly;
import org.reelwright.ui.common.Messages;

/**
 * The benchmark library as the user browses it: every rate, narrowed by a search (label, id, unit, note, source and
 * rule text), a stage and a confidence; the selected rate's details; and the user's own figure for this production
 * (three points and a note), validated as typed and applied as an undoable {@link Edit}.
 *
 * <p>Where an override is kept: on the rate's home stage ({@link Benchmark#stage()}), where the estimator finds it
 * for every stage that uses the rate. A shared rate (no stage, e.g. working hours per day) has no home stage the
 * estimator looks in, so its override is written to every stage's plan in one edit — one undo step — which makes it
 * hold everywhere. "Use library figure" removes it from the same places.
 */
public final class BenchmarksViewModel {
    private final Supplier<Planning> planning;
    private final Messages messages;
    private final Locale locale;
    private final ReadOnlyObjectProperty<Production> production;
    private final Consumer<Edit> edits;
    private final ObservableList<BenchmarkRow> all = FXCollections.observableArrayList();
    private final FilteredList<BenchmarkRow> shown = new FilteredList<>(all, r -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StageChoice> stageFilter = new SimpleObjectProperty<>(StageChoice.ALL);
    private final ObjectProperty<Confidence> confidenceFilter = new SimpleObjectProperty<>();
    private final BooleanProperty onlyYours = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ObjectProperty<BenchmarkRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BenchmarkDetails> details = new ReadOnlyObjectWrapper<>();
    private final StringProperty lowText = new SimpleStringProperty("");
    private final StringProperty likelyText = new SimpleStringProperty("");
    private final StringProperty highText = new SimpleStringProperty("");
    private final StringProperty noteText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper invalidField = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canClear = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** Stages of the current plan using each rate, from the last estimate. */
    private Map<String, List<StageId>> usedBy = Map.of();
    private final LatestOnly latest;

    /**
     * @param locale how numbers are written and read in the override form and the table
     * @param production the open production (null when none is open: the library can still be browsed)
     * @param edits applies an edit to the open production (the shell records it for undo)
     */
    public BenchmarksViewModel(Supplier<Planning> planning, BackgroundWork work, Messages messages, Locale locale,
            ReadOnlyObjectProperty<Production> production, Consumer<Edit> edits) {
        this.planning = planning;
        this.latest = new LatestOnly(work);
        this.messages = messages;
        this.locale = locale;
        this.production = production;
        this.edits = edits;
        search.addListener(o -> filter());
        stageFilter.addListener(o -> filter());
        confidenceFilter.addListener(o -> filter());
        onlyYours.addListener(o -> filter());
        selected.addListener((obs, old, now) -> {
            loadForm(now);
            details.set(now == null ? null : describe(now));
        });
        lowText.addListener(o -> validate());
        likelyText.addListener(o -> validate());
        highText.addListener(o -> validate());
        noteText.addListener(o -> validate());
        production.addListener((obs, old, now) -> {
            rebuild();
            findUses();
        });
        rebuild();
        findUses();
    }

    /** The rates that pass the search and filters, in library order. */
    public ObservableList<BenchmarkRow> rows() {
        return shown;
    }

    /** Every rate of the library, whatever the filters. */
    public List<BenchmarkRow> allRows() {
        return List.copyOf(all);
    }

    /** Words to look for; every word must appear in the rate's label, id, unit, note, sources or rules. */
    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<StageChoice> stageFilterProperty() {
        return stageFilter;
    }

    /** The confidence to show, or null for all. */
    public ObjectProperty<Confidence> confidenceFilterProperty() {
        return confidenceFilter;
    }

    /** When true, only the rates with the user's own figure are listed. */
    public BooleanProperty onlyYoursProperty() {
        return onlyYours;
    }

    /** "Showing 12 of 76 rates". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The stage filter's choices: all, shared, then each stage in production order. */
    public List<StageChoice> stageChoices() {
        List<StageChoice> choices = new ArrayList<>(List.of(StageChoice.ALL, StageChoice.SHARED));
        Arrays.stream(StageId.values()).map(StageChoice::of).forEach(choices::add);
        return choices;
    }

    public String stageChoiceName(StageChoice choice) {
        return switch (choice.kind()) {
            case ALL -> messages.get("benchmarks.filter.allStages");
            case SHARED -> messages.get("benchmarks.filter.shared");
            case STAGE -> messages.name(choice.stage());
        };
    }

    /** The confidence filter's choices; null stands for all. */
    public List<Confidence> confidenceChoices() {
        List<Confidence> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(Confidence.values()));
        return choices;
    }

    public String confidenceName(Confidence confidence) {
        return confidence == null ? messages.get("benchmarks.filter.allConfidence")
                : messages.get("benchmarks.confidence." + confidence.id());
    }

    /** The rate the user is looking at (set by the table), or null. */
    public ObjectProperty<BenchmarkRow> selectedProperty() {
        return selected;
    }

    /** Selects a rate by id if the library has it (and clears the filters that hide it). */
    public void select(String benchmarkId) {
        Optional<BenchmarkRow> row = all.stream().filter(r -> r.id().equals(benchmarkId)).findFirst();
        if (row.isPresent() && !shown.contains(row.get())) {
            search.set("");
            stageFilter.set(StageChoice.ALL);
            confidenceFilter.set(null);
            onlyYours.set(false);
        }
        selected.set(row.orElse(null));
    }

    public ReadOnlyObjectProperty<BenchmarkDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The override form's low figure, as typed. */
    public StringProperty lowTextProperty() {
        return lowText;
    }

    public StringProperty likelyTextProperty() {
        return likelyText;
    }

    public StringProperty highTextProperty() {
        return highText;
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }

    /** The unit the form's figures are in, e.g. "USD/day". */
    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    /** What is wrong with the form's figures, in words, or empty when they can be used. */
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /**
     * Which of the form's inputs the validation message is about — {@code low}, {@code likely}, {@code high} or
     * {@code note} — or empty, so the view can mark that one field.
     */
    public ReadOnlyStringProperty invalidFieldProperty() {
        return invalidField.getReadOnlyProperty();
    }

    /** True when a production is open, a rate is selected and the form's figures are valid. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** True when the selected rate has the user's own figure, which "Use library figure" would remove. */
    public ReadOnlyBooleanProperty canClearProperty() {
        return canClear.getReadOnlyProperty();
    }

    /** Why the plan's use of the rates could not be worked out, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Makes the form's figures the production's own for the selected rate. Does nothing (and says why in
     * {@link #validationProperty()}) when the figures are not valid.
     *
     * @return true when the edit was made
     */
    public boolean useMyFigure() {
        BenchmarkRow row = selected.get();
        Optional<RateOverride> override = parsed();
        if (row == null || override.isEmpty() || production.get() == null) {
            return false;
        }
        edits.accept(setEdit(row.benchmark(), override.get()));
        return true;
    }

    /** Goes back to the library's figure for the selected rate, wherever the user's figure was kept. */
    public void useLibraryFigure() {
        BenchmarkRow row = selected.get();
        if (row == null || !row.yours() || production.get() == null) {
            return;
        }
        edits.accept(clearEdit(row.benchmark(), production.get()));
    }

    /** Where the user's figure for {@code benchmark} is kept: its home stage, or every stage for a shared rate. */
    static List<StageId> homeStages(Benchmark benchmark) {
        return benchmark.stage() == null ? List.of(StageId.values()) : List.of(benchmark.stage());
    }

    /** The user's figure for {@code benchmark} in {@code p}: on its home stage (the first stage, for shared). */
    static Optional<RateOverride> yourFigure(Production p, Benchmark benchmark) {
        if (p == null) {
            return Optional.empty();
        }
        for (StageId stage : homeStages(benchmark)) {
            Optional<RateOverride> found = p.stage(stage).override(benchmark.id());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Edit setEdit(Benchmark benchmark, RateOverride override) {
        List<StageId> homes = homeStages(benchmark);
        if (homes.size() == 1) {
            return Edits.setRateOverride(homes.get(0), override);
        }
        return Edit.of("edit.override", p -> {
            Production result = p;
            for (StageId stage : homes) {
                result = Edits.setRateOverride(stage, override).applyTo(result);
            }
            return result;
        }, benchmark.id());
    }

    private static Edit clearEdit(Benchmark benchmark, Production p) {
        List<StageId> homes = homeStages(benchmark);
        if (homes.size() == 1) {
            return Edits.clearRateOverride(homes.get(0), benchmark.id());
        }
        return Edit.of("edit.clearOverride", q -> {
            Production result = q;
            for (StageId stage : homes) {
                result = Edits.clearRateOverride(stage, benchmark.id()).applyTo(result);
            }
            return result;
        }, benchmark.id());
    }

    /** Rebuilds the rows from the library and the production's overrides, keeping the selected rate. */
    private void rebuild() {
        BenchmarkLibrary library = planning.get().library();
        Production p = production.get();
        List<BenchmarkRow> rows = new ArrayList<>();
        for (Benchmark b : library.benchmarks()) {
            rows.add(row(library, b, yourFigure(p, b).orElse(null)));
        }
        String before = selected.get() == null ? null : selected.get().id();
        all.setAll(rows);
        filter();
        if (before != null) {
            BenchmarkRow again = all.stream().filter(r -> r.id().equals(before)).findFirst().orElse(null);
            if (Objects.equals(again, selected.get())) {
                details.set(again == null ? null : describe(again));
            } else {
                selected.set(again);
            }
        }
    }

    private BenchmarkRow row(BenchmarkLibrary library, Benchmark b, RateOverride override) {
        BigDecimal low = override == null ? b.low() : override.low();
        BigDecimal likely = override == null ? b.likely() : override.likely();
        BigDecimal high = override == null ? b.high() : override.high();
        return new BenchmarkRow(b, stageName(b.stage()), basisName(b.basis()), number(low), number(likely),
                number(high), confidenceName(b.confidence()), override, usedBy.getOrDefault(b.id(), List.of()),
                haystack(library, b));
    }

    private String haystack(BenchmarkLibrary library, Benchmark b) {
        List<String> parts = new ArrayList<>(List.of(b.id(), b.label(), b.unit(), b.note(), stageName(b.stage()),
                basisName(b.basis()), confidenceName(b.confidence()), String.valueOf(b.year())));
        for (Source s : library.sourcesOf(b)) {
            parts.addAll(Arrays.asList(s.id(), s.title(), s.publisher(), s.speaker(), s.date(), s.address()));
        }
        for (String ruleId : b.ruleIds()) {
            parts.add(ruleId);
            library.rule(ruleId).map(Rule::summary).ifPresent(parts::add);
        }
        return parts.stream().filter(Objects::nonNull).collect(Collectors.joining("\n")).toLowerCase(locale);
    }

    private void filter() {
        List<String> words = Arrays.stream(search.get() == null ? new String[0]
                : search.get().toLowerCase(locale).strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        StageChoice stage = stageFilter.get() == null ? StageChoice.ALL : stageFilter.get();
        Confidence confidence = confidenceFilter.get();
        boolean yoursOnly = onlyYours.get();
        shown.setPredicate(r -> stage.admits(r.benchmark().stage())
                && (confidence == null || r.benchmark().confidence() == confidence)
                && (!yoursOnly || r.yours())
                && words.stream().allMatch(r.haystack()::contains));
        count.set(messages.get("benchmarks.count", shown.size(), all.size()));
    }

    /** Works out which stages of the current plan use each rate, in the background (it needs an estimate). */
    private void findUses() {
        Production p = production.get();
        if (p == null) {
            latest.cancel();
            usedBy = Map.of();
            return;
        }
        latest.run(messages.get("benchmarks.working"), () -> planning.get().quickEstimate(p, Scenario.CURRENT),
                estimate -> {
                    usedBy = uses(estimate);
                    error.set("");
                    rebuild();
                }, e -> error.set(messages.messageOf(e)));
    }

    private static Map<String, List<StageId>> uses(Estimate estimate) {
        Map<String, Set<StageId>> found = new java.util.HashMap<>();
        for (StageLine line : estimate.lines()) {
            if (line.cost().isZero() && line.effortDays().isZero()) {
                continue;
            }
            for (String id : line.benchmarkIds()) {
                found.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(line.stage());
            }
        }
        Map<String, List<StageId>> result = new java.util.HashMap<>();
        found.forEach((id, stages) -> result.put(id, stages.stream().sorted().toList()));
        return result;
    }

    private BenchmarkDetails describe(BenchmarkRow row) {
        Benchmark b = row.benchmark();
        BenchmarkLibrary library = planning.get().library();
        String libraryFigure = figure(b.low(), b.likely(), b.high(), b);
        String yours = row.override() == null ? "" : figure(row.override().low(), row.override().likely(),
                row.override().high(), b);
        String appliesTo = b.stage() == null ? messages.get("benchmarks.appliesTo.shared")
                : messages.get("benchmarks.appliesTo.home", messages.name(b.stage()));
        String used = row.usedBy().isEmpty() ? messages.get("benchmarks.usedBy.none")
                : messages.get("benchmarks.usedBy", row.usedBy().stream().map(messages::name)
                        .collect(Collectors.joining(messages.get("benchmarks.usedBy.separator"))));
        List<BenchmarkDetails.SourceLine> sources = library.sourcesOf(b).stream().map(this::sourceLine).toList();
        List<BenchmarkDetails.RuleLine> rules = b.ruleIds().stream().map(id -> new BenchmarkDetails.RuleLine(id,
                library.rule(id).map(Rule::summary).orElse(""))).toList();
        return new BenchmarkDetails(b.label(), b.id(), row.stageName(), row.basisName(), b.confidence(),
                row.confidenceName(), libraryFigure, yours, row.override() == null ? "" : row.override().note(),
                appliesTo, used, b.note(), sources, rules);
    }

    private BenchmarkDetails.SourceLine sourceLine(Source s) {
        String byline = java.util.stream.Stream.of(s.speaker(), s.publisher())
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(" \u00b7 "));
        // As the printed bibliography: the date in the reader's style, a web address only (never a project file).
        return new BenchmarkDetails.SourceLine(s.title(), byline, s.displayDate(messages.locale()),
                s.url().orElse(""));
    }

    /** "150 – 350 – 600 USD/day (2026)": low, likely and high in the rate's unit, with the year it was true. */
    private String figure(BigDecimal low, BigDecimal likely, BigDecimal high, Benchmark b) {
        return messages.get("benchmarks.figure", number(low), number(likely), number(high), b.unit(),
                String.valueOf(b.year()));
    }

    private void loadForm(BenchmarkRow row) {
        if (row == null) {
            lowText.set("");
            likelyText.set("");
            highText.set("");
            noteText.set("");
            unit.set("");
        } else {
            RateOverride o = row.override();
            Benchmark b = row.benchmark();
            lowText.set(number(o == null ? b.low() : o.low()));
            likelyText.set(number(o == null ? b.likely() : o.likely()));
            highText.set(number(o == null ? b.high() : o.high()));
            noteText.set(o == null ? "" : o.note());
            unit.set(b.unit());
        }
        canClear.set(row != null && row.yours() && production.get() != null);
        validate();
    }

    private void validate() {
        if (selected.get() == null) {
            validation.set("");
            invalidField.set("");
            canApply.set(false);
            return;
        }
        Optional<RateOverride> override = parsed();
        canApply.set(override.isPresent() && production.get() != null);
    }

    /** The form as an override, or empty with {@link #validation} saying what is wrong. */
    private Optional<RateOverride> parsed() {
        BenchmarkRow row = selected.get();
        if (row == null) {
            return Optional.empty();
        }
        Map<Field, BigDecimal> values = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            String text = field.text(this).get();
            String name = messages.get("benchmarks.override." + field.key);
            if (text == null || text.isBlank()) {
                invalid(field.key, messages.get("benchmarks.override.required", name));
                return Optional.empty();
            }
            BigDecimal value = parse(text.strip());
            if (value == null) {
                invalid(field.key, messages.get("benchmarks.override.notNumber", name, text.strip()));
                return Optional.empty();
            }
            values.put(field, value);
        }
        try {
            RateOverride override = new RateOverride(row.id(), values.get(Field.LOW), values.get(Field.LIKELY),
                    values.get(Field.HIGH), noteText.get());
            invalid("", "");
            return Optional.of(override);
        } catch (InvalidInputException e) {
            // The domain's own message, written for the user: it names the rate, the rule and the figures given.
            invalid(e.field() == null ? "" : e.field(), e.message(messages.locale()));
            return Optional.empty();
        }
    }

    private void invalid(String field, String message) {
        invalidField.set(field);
        validation.set(message);
    }

    /** A number as the user's locale writes it (grouping allowed), or null when the text is not one number. */
    private BigDecimal parse(String text) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (format instanceof DecimalFormat decimal) {
            decimal.setParseBigDecimal(true);
        }
        ParsePosition position = new ParsePosition(0);
        Object value = format.parse(text, position);
        if (value == null || position.getIndex() != text.length() || position.getErrorIndex() >= 0) {
            return null;
        }
        return value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
    }

    /** A figure as the locale writes it, with as many decimals as it needs (up to four: $0.0043 per minute). */
    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    private String stageName(StageId stage) {
        return stage == null ? messages.get("benchmarks.stage.shared") : messages.name(stage);
    }

    private String basisName(Basis basis) {
        return messages.get("benchmarks.basis." + basis.id());
    }

    /** The three figures of the override form, in the order they are checked. */
    private enum Field {
        LOW("low"), LIKELY("likely"), HIGH("high");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        StringProperty text(BenchmarksViewModel model) {
            return switch (this) {
                case LOW -> model.lowText;
                case LIKELY -> model.likelyText;
                case HIGH -> model.highText;
            };
        }
    }
}
