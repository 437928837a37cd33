package org.reelwright.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Every shot with its planned place in the film and what AI does to it (issue 16, item 5): the timecode range from
 * the shots' durations added up in scene order, generated / enhanced / none, and the share of the frame AI makes or
 * changes (a generated shot's share from its register entry, 1 by default; an enhanced shot's from its effects
 * level, {@link AiUses#enhancedShare}). Ends are cumulative sums rounded once, so the last end is the runtime and
 * each range starts where the one before ends.
 */
public record ShotDisclosureMap(List<Row> rows, double runtimeSeconds) {
    /** Frames per second of the timecodes: cinema's 24. */
    public static final int FPS = 24;

    public ShotDisclosureMap {
        rows = List.copyOf(rows);
    }

    /** One shot: where it sits (seconds from the first frame) and what AI does to it. */
    public record Row(String sceneNumber, String shotNumber, ShotId shotId, String description, double startSeconds,
            double endSeconds, AiContribution contribution, double frameShare, boolean realisticFaces) {

        public String startTimecode() {
            return timecode(startSeconds);
        }

        public String endTimecode() {
            return timecode(endSeconds);
        }

        public double durationSeconds() {
            return endSeconds - startSeconds;
        }
    }

    public static ShotDisclosureMap of(Production p) {
        boolean vfxByAi = AiUses.vfxByAi(p);
        Disclosure register = p.disclosure();
        List<Row> rows = new ArrayList<>(p.shotCount());
        double at = 0;
        for (Scene scene : p.scenes()) {
            for (Shot shot : scene.shots()) {
                double end = at + shot.durationSeconds();
                AiContribution contribution = AiUses.shotContribution(shot, vfxByAi);
                double share = switch (contribution) {
                    case NONE -> 0;
                    case ENHANCED -> AiUses.enhancedShare(shot.vfx());
                    case GENERATED -> register.entry(AiUseKey.ofShot(StageId.GENERATION, shot.id()))
                            .map(DisclosureEntry::frameShare).orElse(1.0);
                };
                rows.add(new Row(scene.number(), shot.number(), shot.id(), shot.description(), at, end, contribution,
                        share, shot.realisticFaces()));
                at = end;
            }
        }
        return new ShotDisclosureMap(rows, at);
    }

    /** Shots AI touches, the ones with AI over half the frame first (the order reviewers check them in). */
    public List<Row> aiShotsLargestFirst() {
        return rows.stream().filter(r -> r.contribution() != AiContribution.NONE)
                .sorted((a, b) -> Double.compare(b.frameShare(), a.frameShare())).toList();
    }

    /** HH:MM:SS:FF at {@value #FPS} frames per second, from a time rounded to the nearest frame. */
    public static String timecode(double seconds) {
        long frames = Math.round(seconds * FPS);
        long ff = frames % FPS;
        long totalSeconds = frames / FPS;
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d:%02d", totalSeconds / 3600,
                (totalSeconds / 60) % 60, totalSeconds % 60, ff);
    }
}
