package org.reelwright.store.sqlite;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.reelwright.domain.AiToolCategory;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.ExchangeRates;
import org.reelwright.domain.Genre;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.VisualStyle;
import org.reelwright.domain.Workflow;

/**
 * The table of edits the workspace tests run against the bundled sample (10 scenes of 4, 6, 4, 3, 5, 6, 3, 4, 5
 * and 3 shots), each with the number of scene and shot rows it must write — no more.
 */
final class SampleEdits {

    record Edit(String name, UnaryOperator<Production> apply, int sceneRows, int shotRows) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SampleEdits() {
    }

    static Stream<Arguments> table() {
        return all().stream().map(e -> Arguments.of(e));
    }

    static List<Edit> all() {
        return List.of(
                new Edit("change one shot's duration", p -> p.withShot(shot(p, 0, 0).withDurationSeconds(7.5)), 0, 1),
                new Edit("change every field of a shot", p -> p.withShot(new Shot(shot(p, 1, 2).id(), "2Z",
                        "Rewritten: the drone's eye, close", ShotSize.EXTREME_CLOSE_UP, CameraMovement.values()[2],
                        3.25, VfxLevel.COMPLEX, ProductionMethod.AI_TEXT_TO_VIDEO, false, "notes\nover two lines")),
                        0, 1),
                new Edit("append a shot to a scene", p -> withShots(p, 2, shots -> shots.add(newShot("3X"))), 0, 1),
                new Edit("insert a shot at the front of a scene",
                        p -> withShots(p, 2, shots -> shots.add(0, newShot("3Y"))), 0, 5),
                new Edit("delete a shot", p -> withShots(p, 3, shots -> shots.remove(1)), 0, 2),
                new Edit("reverse the shots of a scene", p -> withShots(p, 5, Collections::reverse), 0, 6),
                new Edit("move a shot to the end of the next scene", SampleEdits::moveLastShotOfFirstScene, 0, 1),
                new Edit("insert a scene with two shots in the middle", p -> withScenes(p, scenes -> scenes.add(5,
                        newScene("5A", List.of(newShot("5A1"), newShot("5A2"))))), 6, 2),
                new Edit("delete the last scene and its shots", p -> withScenes(p, scenes -> scenes.remove(9)), 1, 3),
                new Edit("delete the first scene", p -> withScenes(p, scenes -> scenes.remove(0)), 10, 4),
                new Edit("reverse the scenes", p -> withScenes(p, Collections::reverse), 10, 0),
                new Edit("replace a scene by a new one that takes over its shots", SampleEdits::replaceScene, 2, 4),
                new Edit("change a scene's heading, characters and synopsis", p -> p.withScene(p.scenes().get(6)
                        .withHeading(new SceneHeading(IntExt.INT_EXT, "FLOODED STACKS", TimeOfDay.DAWN))
                        .withCharacters(List.of("LIN YUE", "BACK\\SLASH", "TWO\nLINES", "O'BRIEN, JR."))
                        .withSynopsis("Rewritten synopsis.")), 1, 0),
                new Edit("swap two scene numbers", SampleEdits::swapSceneNumbers, 2, 0),
                new Edit("change stage plans", p -> p.withStage(p.stage(StageId.VFX).withWorkflow(Workflow.AI)
                        .withAiTool(AiToolCategory.ROTO_CLEANUP).withTeamSize(4).withIterationAllowance(0.75))
                        .withStage(p.stage(StageId.CASTING).withRealPerformerLikeness(true).withTeamSize(2)), 0, 0),
                new Edit("add rate overrides with exact decimals", p -> p.withStage(p.stage(StageId.SHOOT)
                        .withRateOverrides(List.of(new RateOverride("shoot-day-crew", new BigDecimal("1200.50"),
                                new BigDecimal("1500.00"), new BigDecimal("2E+3"), "quote from the crew"),
                                new RateOverride("shoot-day-gear", BigDecimal.ZERO, new BigDecimal("0.125"),
                                        BigDecimal.ONE, "")))), 0, 0),
                new Edit("change production fields", SampleEdits::changeProductionFields, 0, 0),
                new Edit("change currency and exchange rates", p -> p.withCurrency(Currency.getInstance("EUR"))
                        .withExchangeRates(new ExchangeRates(Currency.getInstance("EUR"), java.util.Map.of("USD",
                                new BigDecimal("0.9259"), "JPY", new BigDecimal("0.0061")))), 0, 0),
                new Edit("change dependencies", p -> {
                    List<StageDependency> links = new ArrayList<>(p.dependencies());
                    links.remove(0);
                    links.add(new StageDependency(StageId.COLOR, StageId.TRAILER, 3));
                    return p.withDependencies(links);
                }, 0, 0),
                new Edit("remove every dependency", p -> p.withDependencies(List.of()), 0, 0),
                new Edit("many changes at once", p -> changeProductionFields(withShots(
                        p.withShot(shot(p, 8, 1).withNotes("re-shoot")), 9, shots -> shots.add(newShot("10Z"))))
                        .withStage(p.stage(StageId.MUSIC).withWorkflow(Workflow.HYBRID).withAiShare(0.3)), 0, 2));
    }

    static Shot shot(Production p, int scene, int shot) {
        return p.scenes().get(scene).shots().get(shot);
    }

    static Shot newShot(String number) {
        return new Shot(ShotId.random(), number, "New shot " + number, ShotSize.MEDIUM, CameraMovement.STATIC, 4,
                VfxLevel.SIMPLE, ProductionMethod.AI_IMAGE_TO_VIDEO, false, "");
    }

    static Scene newScene(String number, List<Shot> shots) {
        return new Scene(SceneId.random(), number, new SceneHeading(IntExt.EXT, "SEA WALL", TimeOfDay.NIGHT), 9,
                List.of("LIN YUE"), "A new scene.", shots);
    }

    interface ListChange<T> {
        void change(List<T> list);
    }

    static Production withShots(Production p, int scene, ListChange<Shot> change) {
        Scene s = p.scenes().get(scene);
        List<Shot> shots = new ArrayList<>(s.shots());
        change.change(shots);
        return p.withScene(s.withShots(shots));
    }

    static Production withScenes(Production p, ListChange<Scene> change) {
        List<Scene> scenes = new ArrayList<>(p.scenes());
        change.change(scenes);
        return p.withScenes(scenes);
    }

    private static Production moveLastShotOfFirstScene(Production p) {
        Scene first = p.scenes().get(0);
        Shot moving = first.shots().get(first.shots().size() - 1);
        Production without = withShots(p, 0, shots -> shots.remove(moving));
        return withShots(without, 1, shots -> shots.add(moving));
    }

    private static Production replaceScene(Production p) {
        Scene old = p.scenes().get(3);
        List<Shot> shots = new ArrayList<>(old.shots());
        shots.add(newShot("4N"));
        return withScenes(p, scenes -> scenes.set(3, newScene("4N", shots)));
    }

    private static Production swapSceneNumbers(Production p) {
        Scene a = p.scenes().get(1);
        Scene b = p.scenes().get(2);
        return withScenes(p, scenes -> {
            scenes.set(1, a.withNumber(b.number()));
            scenes.set(2, b.withNumber(a.number()));
        });
    }

    private static Production changeProductionFields(Production p) {
        return p.withTitle("The Salt Archive — director's cut").withLogline("A new logline.")
                .withGenre(Genre.THRILLER).withVisualStyle(VisualStyle.STYLISED).withTargetRuntimeMinutes(17.5)
                .withStartDate(LocalDate.of(2027, 5, 3))
                .withWorkingDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY))
                .withHolidays(List.of(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 14)))
                .withContingencyPercent(12.5).withDubbingLanguages(List.of("zh-Hans", "es"))
                .withSubtitleLanguages(List.of()).withFestivalSubmissions(12);
    }
}
