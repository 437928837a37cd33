package org.reelwright.ui.stages;

import org.reelwright.ui.common.LocalNumbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reelwright.app.Edit;
import org.reelwright.app.Edits;
import org.reelwright.benchmark.Benchmark;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.StageId;
import org.reelwright.ui.common.Messages;

/**
 * One benchmark a stage's line uses: the library's three points and unit, and the user's own figure for this
 * production. The library's figure is always kept and shown; "your figure" replaces it in the estimate until the
 * user goes back to the library rate. An override may live on the benchmark's home stage (set from the benchmarks
 * browser), where it holds for every stage that uses the rate; it is then shown here and cleared there.
 */
public final class RateRowModel {
    private final StageId stage;
    private final String benchmarkId;
    private final Messages messages;
    private final LocalNumbers numbers;
    private final Supplier<Production> production;
    private final Consumer<Edit> edits;
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper library = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confidence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overridden = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringProperty low = new SimpleStringProperty("");
    private final StringProperty likely = new SimpleStringProperty("");
    private final StringProperty high = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private List<String> sources = List.of();
    /** Where the shown override lives (this stage or the benchmark's home stage), or null. */
    private StageId overrideStage;
    /** The figure the boxes last showed, so a refresh never overwrites what the user is typing. */
    private List<String> shown = List.of();

    RateRowModel(StageId stage, String benchmarkId, Messages messages, LocalNumbers numbers,
            Supplier<Production> production, Consumer<Edit> edits) {
        this.stage = stage;
        this.benchmarkId = benchmarkId;
        this.messages = messages;
        this.numbers = numbers;
        this.production = production;
        this.edits = edits;
    }

    public String benchmarkId() {
        return benchmarkId;
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** The library's unit ("USD/day", "h/min"); the user's figure is in the same unit. */
    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    /** The library's three points, "100 – 200 – 350". */
    public ReadOnlyStringProperty libraryProperty() {
        return library.getReadOnlyProperty();
    }

    /** The library entry's confidence and year, "Assumption · 2026". */
    public ReadOnlyStringProperty confidenceProperty() {
        return confidence.getReadOnlyProperty();
    }

    /** "Your figure" (and on which stage it is kept when not this one), or empty for the library's. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overriddenProperty() {
        return overridden.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringProperty lowProperty() {
        return low;
    }

    public StringProperty likelyProperty() {
        return likely;
    }

    public StringProperty highProperty() {
        return high;
    }

    /** Where the user's figure comes from ("quote from the local sound studio"). */
    public StringProperty noteProperty() {
        return note;
    }

    /** Citations of the library entry's sources. */
    public List<String> sources() {
        return sources;
    }

    /**
     * Uses the typed low / likely / high (0 ≤ low ≤ likely ≤ high) as this production's figure for the rate.
     *
     * @return false when refused (the message is in {@link #errorProperty()})
     */
    public boolean apply() {
        if (production.get() == null) {
            return false;
        }
        RateOverride override;
        try {
            override = new RateOverride(benchmarkId, number("low", low.get()), number("likely", likely.get()),
                    number("high", high.get()), note.get());
        } catch (InvalidInputException e) {
            error.set(e.message(messages.locale()));
            return false;
        }
        error.set("");
        StageId target = overrideStage == null ? stage : overrideStage;
        if (production.get().stage(target).override(benchmarkId).filter(override::equals).isEmpty()) {
            edits.accept(Edits.setRateOverride(target, override));
        }
        return true;
    }

    /** Goes back to the library's figure (the user's is dropped; Undo brings it back). */
    public void useLibrary() {
        if (overrideStage != null) {
            edits.accept(Edits.clearRateOverride(overrideStage, benchmarkId));
        }
    }

    void show(Benchmark benchmark, Optional<RateOverride> override, StageId where, List<String> citations) {
        label.set(benchmark.label());
        unit.set(benchmark.unit());
        library.set(messages.get("stages.rate.points", numbers.show(benchmark.low()),
                numbers.show(benchmark.likely()), numbers.show(benchmark.high())));
        confidence.set(messages.get("stages.rate.confidence", messages.get("stages.confidence."
                + benchmark.confidence().id()), benchmark.year()));
        sources = List.copyOf(citations);
        overrideStage = override.isPresent() ? where : null;
        overridden.set(override.isPresent());
        origin.set(override.isEmpty() ? "" : where == stage ? messages.get("stages.rate.yours")
                : messages.get("stages.rate.yoursElsewhere", messages.name(where)));
        List<String> now = override.map(o -> List.of(numbers.edit(o.low()), numbers.edit(o.likely()),
                numbers.edit(o.high()), o.note())).orElseGet(() -> List.of(numbers.edit(benchmark.low()),
                numbers.edit(benchmark.likely()), numbers.edit(benchmark.high()), ""));
        if (!now.equals(shown)) {
            shown = now;
            low.set(now.get(0));
            likely.set(now.get(1));
            high.set(now.get(2));
            note.set(now.get(3));
            error.set("");
        }
    }

    private BigDecimal number(String point, String text) {
        String typed = text == null ? "" : text.strip();
        return numbers.parse(typed).orElseThrow(() -> new InvalidInputException(point,
                messages.get("stages.error.ratePoint", benchmarkId, messages.get("stages.point." + point), typed)));
    }
}
