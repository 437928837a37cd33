package org.reelwright.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.Genre;
import org.reelwright.domain.InputLimits;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Phrase;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.Workflow;

/**
 * Makes synthetic productions for benchmarks and load tests: N scenes sharing M shots, with a realistic mix (about
 * 70 % live action, 15 % AI image-to-video, some text-to-video, AI + 3D, stock; a fifth of shots with VFX), a
 * handful of locations reused across scenes, 1–4 characters a scene, and some stages hybrid or AI. Seeded, so the
 * same arguments give the same scenes and shots (ids included); only the production's own id is new each time.
 */
public final class SyntheticProductions {
    private static final String[] LOCATIONS = {"APARTMENT", "ROOFTOP", "LAB", "STREET", "TRAIN STATION", "DINER",
        "FOREST", "SPACEPORT", "ARCHIVE", "OFFICE", "HARBOUR", "MARKET"};
    private static final String[] NAMES = {"MAYA", "LIN YUE", "OMAR", "IVO", "RUTH", "KENJI", "ADA", "TOMAS",
        "PRIYA", "JONAH", "NOOR", "ELENA"};

    /** The domain's validation words: the range checks say "--scenes must be between …" like a field's. */
    private static final String DOMAIN_WORDS = "org.reelwright.domain.messages";

    private SyntheticProductions() {
    }

    public static Production generate(int sceneCount, int shotCount, long seed) {
        if (sceneCount < 1 || sceneCount > InputLimits.SCENES) { // more would be refused when read back
            throw new InvalidInputException("scenes", Phrase.of(DOMAIN_WORDS, "check.between", "--scenes", 1,
                    InputLimits.SCENES, sceneCount));
        }
        if (shotCount < 0 || shotCount > InputLimits.SHOTS) {
            throw new InvalidInputException("shots", Phrase.of(DOMAIN_WORDS, "check.between", "--shots", 0,
                    InputLimits.SHOTS, shotCount));
        }
        Random random = new Random(seed);
        List<Scene> scenes = new ArrayList<>(sceneCount);
        int shotsLeft = shotCount;
        for (int s = 0; s < sceneCount; s++) {
            int shotsHere = shotsLeft / (sceneCount - s);
            List<Shot> shots = new ArrayList<>(shotsHere);
            double seconds = 0;
            for (int k = 0; k < shotsHere; k++) {
                Shot shot = shot(random, (s + 1) + shotLetters(k));
                seconds += shot.durationSeconds();
                shots.add(shot);
            }
            shotsLeft -= shotsHere;
            int eighths = Math.max(1, (int) Math.round(seconds / 60 * 8));
            List<String> characters = new ArrayList<>();
            int cast = 1 + random.nextInt(4);
            for (int c = 0; c < cast; c++) {
                characters.add(NAMES[random.nextInt(NAMES.length)]);
            }
            SceneHeading heading = new SceneHeading(random.nextInt(3) == 0 ? IntExt.EXT : IntExt.INT,
                    LOCATIONS[random.nextInt(LOCATIONS.length)], random.nextInt(3) == 0 ? TimeOfDay.NIGHT
                            : TimeOfDay.DAY);
            scenes.add(new Scene(new SceneId(new UUID(random.nextLong(), random.nextLong())), Integer.toString(s + 1), heading, eighths, characters,
                    "Synthetic scene " + (s + 1), shots));
        }
        Production p = Production.blank("Synthetic production (" + sceneCount + " scenes, " + shotCount + " shots)",
                LocalDate.of(2027, 1, 4)).withGenre(Genre.SCI_FI).withScenes(scenes)
                .withSubtitleLanguages(List.of("en", "zh")).withDubbingLanguages(List.of("zh"))
                .withFestivalSubmissions(30);
        p = p.withStage(p.stage(StageId.PREVIS).withWorkflow(Workflow.HYBRID));
        p = p.withStage(p.stage(StageId.EDITING).withWorkflow(Workflow.HYBRID));
        p = p.withStage(p.stage(StageId.VFX).withWorkflow(Workflow.HYBRID).withTeamSize(3));
        p = p.withStage(p.stage(StageId.SUBTITLES).withWorkflow(Workflow.AI));
        return p.withStage(p.stage(StageId.SHOOT).withTeamSize(6));
    }

    private static Shot shot(Random random, String number) {
        double roll = random.nextDouble();
        ProductionMethod method = roll < 0.70 ? ProductionMethod.LIVE_ACTION
                : roll < 0.85 ? ProductionMethod.AI_IMAGE_TO_VIDEO : roll < 0.90 ? ProductionMethod.AI_TEXT_TO_VIDEO
                : roll < 0.95 ? ProductionMethod.AI_3D : ProductionMethod.STOCK;
        double vfxRoll = random.nextDouble();
        VfxLevel vfx = vfxRoll < 0.8 ? VfxLevel.NONE : vfxRoll < 0.92 ? VfxLevel.SIMPLE : vfxRoll < 0.98
                ? VfxLevel.MEDIUM : VfxLevel.COMPLEX;
        ShotSize size = ShotSize.values()[random.nextInt(ShotSize.values().length)];
        CameraMovement move = CameraMovement.values()[random.nextInt(CameraMovement.values().length)];
        double seconds = Math.round((2 + random.nextDouble() * 18) * 10) / 10.0;
        boolean faces = method == ProductionMethod.LIVE_ACTION ? random.nextDouble() < 0.8
                : random.nextDouble() < 0.1;
        return new Shot(new ShotId(new UUID(random.nextLong(), random.nextLong())), number, "Synthetic shot " + number, size, move, seconds, vfx, method, faces,
                "");
    }

    /** A, B … Z, AA, AB … : unique within a scene. */
    private static String shotLetters(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index;
        do {
            letters.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return letters.toString();
    }
}
