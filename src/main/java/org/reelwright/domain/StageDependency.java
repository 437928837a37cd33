package org.reelwright.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A finish-to-start link between two stages: {@code after} starts no earlier than {@code lagDays} working days after
 * {@code before} finishes. Invariants: two different stages; lag 0–365 working days.
 */
public record StageDependency(StageId before, StageId after, int lagDays) {

    public StageDependency {
        Checks.required(before, Checks.subject("dependency"), "before");
        Checks.required(after, Checks.subject("dependency"), "after");
        if (before == after) {
            throw Checks.fail(Checks.subject("dependency"), "after", "dependency.onItself", before.id());
        }
        Checks.between(lagDays, 0, 365, Checks.subject("link", before.id(), after.id()), "lagDays");
    }

    public static StageDependency of(StageId before, StageId after) {
        return new StageDependency(before, after, 0);
    }

    /**
     * The usual order of a short's production: writing, then boards and previs, casting and locations, the shoot
     * and AI generation, the cut, then VFX, sound, voice, music and grading in parallel (grading after VFX),
     * subtitles on the finished mix, the trailer, and festivals last.
     */
    public static List<StageDependency> defaults() {
        List<StageDependency> links = new ArrayList<>();
        link(links, StageId.SCRIPT, StageId.STORYBOARD, StageId.CASTING, StageId.LOCATIONS);
        link(links, StageId.STORYBOARD, StageId.PREVIS);
        link(links, StageId.PREVIS, StageId.SHOOT, StageId.GENERATION);
        link(links, StageId.CASTING, StageId.SHOOT);
        link(links, StageId.LOCATIONS, StageId.SHOOT);
        link(links, StageId.SHOOT, StageId.EDITING);
        link(links, StageId.GENERATION, StageId.EDITING);
        link(links, StageId.EDITING, StageId.VFX, StageId.SOUND, StageId.VOICE, StageId.MUSIC);
        link(links, StageId.VFX, StageId.COLOR);
        link(links, StageId.SOUND, StageId.SUBTITLES);
        link(links, StageId.VOICE, StageId.SUBTITLES);
        link(links, StageId.MUSIC, StageId.SUBTITLES);
        link(links, StageId.COLOR, StageId.SUBTITLES);
        link(links, StageId.SUBTITLES, StageId.TRAILER);
        link(links, StageId.TRAILER, StageId.FESTIVALS);
        return List.copyOf(links);
    }

    /**
     * Refuses a set of links with a duplicate or a cycle, naming the stages of the cycle in order
     * ({@code Dependencies form a cycle: editing → vfx → editing}).
     */
    static void checkAcyclic(List<StageDependency> links) {
        Map<StageId, List<StageId>> next = new EnumMap<>(StageId.class);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (StageDependency d : links) {
            if (!seen.add(d.before() + ">" + d.after())) {
                throw new InvalidInputException("dependencies", Checks.phrase("dependency.twice",
                        Checks.subject("link", d.before().id(), d.after().id())));
            }
            next.computeIfAbsent(d.before(), k -> new ArrayList<>()).add(d.after());
        }
        Map<StageId, Integer> state = new EnumMap<>(StageId.class); // 1 = on the path, 2 = done
        for (StageId start : StageId.values()) {
            List<StageId> path = new ArrayList<>();
            List<StageId> cycle = visit(start, next, state, path);
            if (cycle != null) {
                StringBuilder b = new StringBuilder();
                for (StageId s : cycle) {
                    b.append(b.length() == 0 ? "" : " → ").append(s.id());
                }
                throw new InvalidInputException("dependencies", Checks.phrase("dependency.cycle", b.toString()));
            }
        }
    }

    private static List<StageId> visit(StageId stage, Map<StageId, List<StageId>> next, Map<StageId, Integer> state,
            List<StageId> path) {
        Integer s = state.get(stage);
        if (s != null && s == 2) {
            return null;
        }
        if (s != null && s == 1) {
            List<StageId> cycle = new ArrayList<>(path.subList(path.indexOf(stage), path.size()));
            cycle.add(stage);
            return cycle;
        }
        state.put(stage, 1);
        path.add(stage);
        for (StageId n : next.getOrDefault(stage, List.of())) {
            List<StageId> cycle = visit(n, next, state, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(stage, 2);
        return null;
    }

    private static void link(List<StageDependency> links, StageId before, StageId... after) {
        for (StageId a : after) {
            links.add(of(before, a));
        }
    }
}
