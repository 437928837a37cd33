package org.reelwright.estimate;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.reelwright.app.Planning;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.store.json.JsonProductionFiles;

/**
 * A small production whose drivers are easy to work out by hand: 3 pages, 3 finished minutes, 2.5 live pages,
 * 3 setups, one VFX shot of each level, 2 speaking roles, 2 live locations, 30 s of faceless AI video, 2 subtitle
 * languages, 1 dubbing language, 10 festival submissions, 10 % contingency.
 */
final class EstimateFixtures {
    static final BenchmarkLibrary LIBRARY = library();

    private EstimateFixtures() {
    }

    static Production small() {
        Scene lab = new Scene(SceneId.random(), "1", new SceneHeading(IntExt.INT, "LAB", TimeOfDay.DAY), 16,
                List.of("ADA", "OMAR"), "", List.of(
                        shot("1A", 60, VfxLevel.NONE, ProductionMethod.LIVE_ACTION, true),
                        shot("1B", 60, VfxLevel.SIMPLE, ProductionMethod.LIVE_ACTION, true)));
        Scene roof = new Scene(SceneId.random(), "2", new SceneHeading(IntExt.EXT, "ROOF", TimeOfDay.NIGHT), 8,
                List.of("ADA"), "", List.of(
                        shot("2A", 30, VfxLevel.MEDIUM, ProductionMethod.AI_IMAGE_TO_VIDEO, false),
                        shot("2B", 30, VfxLevel.COMPLEX, ProductionMethod.LIVE_ACTION, true)));
        return Production.blank("Fixture", LocalDate.of(2027, 3, 1)).withScenes(List.of(lab, roof))
                .withSubtitleLanguages(List.of("en", "zh")).withDubbingLanguages(List.of("zh"))
                .withFestivalSubmissions(10);
    }

    static Shot shot(String number, double seconds, VfxLevel vfx, ProductionMethod method, boolean faces) {
        return new Shot(ShotId.random(), number, "", ShotSize.WIDE, CameraMovement.STATIC, seconds, vfx, method, faces,
                "");
    }

    static Production sample() throws Exception {
        try (InputStream in = EstimateFixtures.class.getResourceAsStream("/seeds/samples/sample-scifi-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample");
        }
    }

    static CostEstimator estimator(int draws) {
        return new CostEstimator(LIBRARY, new MonteCarlo(draws, MonteCarlo.DEFAULT_SEED), Locale.ENGLISH);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static BenchmarkLibrary library() {
        try {
            return Planning.bundledLibrary(new JsonBenchmarkLibraryFiles());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
