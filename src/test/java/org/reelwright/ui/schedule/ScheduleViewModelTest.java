package org.reelwright.ui.schedule;

import org.reelwright.ui.testing.Sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Planning;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.Scenario;
import org.reelwright.report.gantt.GanttBar;
import org.reelwright.report.gantt.GanttLayout;
import org.reelwright.report.gantt.Zoom;
import org.reelwright.schedule.Schedule;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;

/** The schedule panel's state for the sample production, without a stage. */
class ScheduleViewModelTest {
    private final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(Sample.PRODUCTION);
    private final AtomicInteger plannings = new AtomicInteger();
    private final Supplier<Planning> planning = () -> {
        plannings.incrementAndGet();
        return Sample.PLANNING;
    };

    private ScheduleViewModel model(Locale locale, BackgroundWork work) {
        return new ScheduleViewModel(planning, work, new Messages(locale), new Formats(locale), production,
                Sample.CLOCK);
    }

    private ScheduleViewModel model() {
        return model(Locale.ENGLISH, BackgroundWork.sameThread());
    }

    @Test
    void showsTheCurrentPlanWithItsFinishAndCriticalPath() {
        ScheduleViewModel model = model();
        Schedule schedule = model.scheduleProperty().get();
        assertEquals(Scenario.CURRENT, schedule.scenario());
        assertEquals("Current plan finishes on Tuesday 8 June 2027 \u2014 71 working days from Monday 1 March 2027.",
                model.summaryProperty().get());
        assertTrue(model.explanationProperty().get().startsWith(
                "Critical path: Script (15 d) \u2192 Storyboard (3 d) \u2192 Previs (21 d) \u2192 Shoot (7 d)"),
                model.explanationProperty().get());
        assertTrue(model.explanationProperty().get().endsWith(
                "Most slack (working days a stage can slip without moving the finish): Casting 22, Locations 20, "
                        + "Music 9, Voice & dubbing 8."), model.explanationProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void layoutFlagsExactlyTheCriticalPath() {
        ScheduleViewModel model = model();
        GanttLayout layout = model.layoutProperty().get();
        List<StageId> critical = layout.bars().stream().filter(GanttBar::critical).map(GanttBar::stage).toList();
        assertEquals(sorted(model.scheduleProperty().get().criticalPath()), sorted(critical));
        assertEquals(Zoom.WEEKS, layout.zoom());
        assertEquals("Previs", layout.row(StageId.PREVIS).orElseThrow().label());
        assertEquals("21 d", layout.row(StageId.PREVIS).orElseThrow().detail());
        assertEquals("25 Mar \u2013 23 Apr", layout.bar(StageId.PREVIS).orElseThrow().caption());
        assertEquals(layout.xOf(Sample.TODAY) + layout.dayWidth() / 2, layout.today().getAsDouble(),
                "today comes from the clock");
    }

    @Test
    void switchingScenarioShowsItsScheduleWithoutSchedulingAgain() {
        ScheduleViewModel model = model();
        assertEquals(1, plannings.get());
        model.scenarioProperty().set(Scenario.AI);
        assertEquals(Scenario.AI, model.scheduleProperty().get().scenario());
        assertEquals(LocalDate.of(2027, 5, 26), model.scheduleProperty().get().finish());
        assertTrue(model.summaryProperty().get().startsWith("AI where suitable finishes on Wednesday 26 May 2027"));
        for (StageId stage : model.scheduleProperty().get().criticalPath()) {
            assertTrue(model.layoutProperty().get().bar(stage).orElseThrow().critical(), stage.id());
        }
        assertEquals(1, plannings.get(), "all three scenarios were scheduled at once");
        model.scenarioProperty().set(null);
        assertEquals(Scenario.AI, model.scenarioProperty().get(), "a scenario is always chosen");
    }

    @Test
    void zoomLaysTheSameScheduleOutAgain() {
        ScheduleViewModel model = model();
        Schedule before = model.scheduleProperty().get();
        assertEquals(119 * 6, model.layoutProperty().get().width(), "1 Mar to Sunday 27 Jun at 6 px a day");
        model.zoomProperty().set(Zoom.DAYS);
        assertSame(before, model.scheduleProperty().get());
        assertEquals(Zoom.DAYS, model.layoutProperty().get().zoom());
        assertEquals(105 * 24, model.layoutProperty().get().width(), "1 Mar to Sunday 13 Jun at 24 px a day");
    }

    @Test
    void selectedStageShowsItsDatesSlackCostAndSources() {
        ScheduleViewModel model = model();
        assertNull(model.detailsProperty().get());
        model.select(StageId.CASTING);
        StageDetails casting = model.detailsProperty().get();
        assertEquals("Casting", casting.title());
        assertEquals("22 Mar 2027 \u2013 23 Mar 2027", casting.dates());
        assertEquals("2 working days", casting.duration());
        assertEquals("22 working days (may finish as late as 23 Apr 2027)", casting.slack());
        assertEquals("Script", casting.predecessors());
        assertFalse(casting.critical());
        assertTrue(casting.cost().matches("\\$[\\d,]+ likely \\(range \\$[\\d,]+ \u2013 \\$[\\d,]+\\)"),
                casting.cost());

        model.select(StageId.PREVIS);
        StageDetails previs = model.detailsProperty().get();
        assertEquals("None \u2014 on the critical path", previs.slack());
        assertTrue(previs.critical());
        assertTrue(previs.usesAi());
        assertEquals("Hybrid", previs.workflow());
        assertFalse(previs.sources().isEmpty(), "previs rates come from published sources");
        assertFalse(previs.explanation().isBlank());
        assertEquals("Nothing \u2014 starts first", details(model, StageId.SCRIPT).predecessors());
    }

    @Test
    void aStageWithoutWorkIsAMilestone() {
        ScheduleViewModel model = model();
        model.scenarioProperty().set(Scenario.TRADITIONAL);
        model.select(StageId.GENERATION);
        assertEquals("No work planned (would start 7 May 2027)", model.detailsProperty().get().dates());
        assertTrue(model.layoutProperty().get().bar(StageId.GENERATION).orElseThrow().milestone());
    }

    @Test
    void stripPlanListsTheShootGroupsWithTheirDays() {
        ScheduleViewModel model = model();
        assertEquals(9, model.stripRows().size());
        assertEquals(new StripRow("DROWNED CITY SKYLINE", "Day", "1", "4/8", 1, "0.5", "0.5 \u2013 0.5"),
                model.stripRows().get(0));
        assertEquals("Night", model.stripRows().get(2).dayNight());
        assertEquals("9 groups \u00b7 6.5 shoot days likely (4.5 \u2013 8.5) \u00b7 the shoot takes 7 working days",
                model.stripSummaryProperty().get());
        model.scenarioProperty().set(Scenario.TRADITIONAL);
        assertEquals(10, model.stripRows().size(), "the orbital station is shot when nothing is AI");
    }

    @Test
    void aChangedProductionIsScheduledAgainAndKeepsTheSelection() {
        ScheduleViewModel model = model();
        model.select(StageId.SHOOT);
        production.set(Sample.PRODUCTION.withStartDate(LocalDate.of(2027, 3, 8)));
        assertEquals(2, plannings.get());
        assertEquals(LocalDate.of(2027, 6, 15), model.scheduleProperty().get().finish());
        assertEquals(StageId.SHOOT, model.detailsProperty().get().stage());
        assertEquals("3 May 2027 \u2013 11 May 2027", model.detailsProperty().get().dates());
    }

    @Test
    void theNewestProductionWinsWhenResultsArriveOutOfOrder() {
        DeferredWork work = new DeferredWork();
        ScheduleViewModel model = model(Locale.ENGLISH, work);
        production.set(Sample.PRODUCTION.withStartDate(LocalDate.of(2027, 3, 8)));
        Collections.reverse(work.pending);
        work.runAll();
        assertEquals(LocalDate.of(2027, 6, 15), model.scheduleProperty().get().finish(),
                "the first production's late result does not replace the second's");
    }

    @Test
    void aFailureIsShownAndKeepsTheLastSchedule() {
        ScheduleViewModel model = model();
        Schedule before = model.scheduleProperty().get();
        ScheduleViewModel failing = new ScheduleViewModel(() -> {
            throw new IllegalStateException("No exchange rate for GBP");
        }, BackgroundWork.sameThread(), new Messages(Locale.ENGLISH), new Formats(Locale.ENGLISH), production);
        assertEquals("No exchange rate for GBP", failing.errorProperty().get());
        assertNull(failing.scheduleProperty().get());
        assertSame(before, model.scheduleProperty().get());
    }

    @Test
    void chineseWordsAndDates() {
        ScheduleViewModel model = model(Locale.SIMPLIFIED_CHINESE, BackgroundWork.sameThread());
        assertTrue(model.summaryProperty().get().startsWith("当前方案于 2027年6月8日 星期二 完成"),
                model.summaryProperty().get());
        GanttLayout layout = model.layoutProperty().get();
        assertEquals("2027年3月", layout.axis().upper().get(0).label());
        assertEquals("3/1", layout.axis().lower().get(0).label());
        assertEquals("拍摄", layout.row(StageId.SHOOT).orElseThrow().label());
        assertEquals("7 天", layout.row(StageId.SHOOT).orElseThrow().detail());
    }

    private static StageDetails details(ScheduleViewModel model, StageId stage) {
        model.select(stage);
        return model.detailsProperty().get();
    }

    private static List<StageId> sorted(List<StageId> stages) {
        return stages.stream().sorted().toList();
    }

    /** Background work that runs only when the test says so, in the order it chooses. */
    private static final class DeferredWork implements BackgroundWork {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess,
                Consumer<Exception> onFailure) {
            pending.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runAll() {
            pending.forEach(Runnable::run);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new SimpleBooleanProperty(false);
        }

        @Override
        public ReadOnlyStringProperty descriptionProperty() {
            return new SimpleStringProperty("");
        }
    }
}
