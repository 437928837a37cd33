package org.reelwright.estimate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.VisualStyle;

/**
 * The quantities the stage formulas multiply by rates, derived from a production in one pass over its shots
 * (ESTIMATION.md, "Derived drivers").
 *
 * <p>A character heard but not seen in a scene — a voice-over, an off-screen line, a voice on the phone — is a voice
 * role there, not a performer on set: it counts as a speaking role (casting and voice/ADR find it) but works no shoot
 * day. The screenplay importer drops cue extensions and the domain's {@code Scene} holds only names, so a scene
 * marks such a character by keeping the extension on the name: {@code EDITOR (V.O.)}, {@code EDITOR (O.S.)},
 * {@code EDITOR (PHONE)}, {@code 主编 (电话里)} (see {@link #voiceRole(String)}). The mark is left off when the name is
 * counted, so {@code EDITOR} and {@code EDITOR (V.O.)} are one role.
 *
 * @param pages script pages (Σ eighths ÷ 8, or the target runtime in minutes when there are no scenes)
 * @param pagesLive pages shot live: each scene's pages times the share of its shot seconds that are live action
 * @param characterPagesLive Σ over scenes of on-screen characters × live pages (kept for reference; cast days are
 *     counted by strip group, see {@link StripGroup#cast()})
 * @param finishedMinutes Σ shot seconds ÷ 60, or the target runtime when there are no shots
 * @param setups live-action shots (one camera setup each)
 * @param aiSecondsRealistic seconds of AI shots with realistic human faces in a realistic production
 * @param aiSecondsStylised seconds of the other AI shots
 * @param aiCharacters characters appearing in scenes with AI-generated shots (each needs reference images)
 * @param vfxSimple simple VFX shots, including the compositing pass each AI-generated shot with VFX keeps
 * @param stripGroups live scenes grouped by location and day/night, in order of first appearance; a continuous or
 *     unspecified scene takes the day or night of the scene before it
 */
public record Drivers(double pages, double pagesLive, double characterPagesLive, double finishedMinutes, int shots,
        int setups, int vfxSimple, int vfxMedium, int vfxComplex, int speakingRoles, int liveLocations,
        double aiSecondsRealistic, double aiSecondsStylised, int aiCharacters, int dubbingLanguages,
        int subtitleLanguages, int festivalSubmissions, List<StripGroup> stripGroups, BoardFigures board) {

    /**
     * What the stripboard the user arranged says about the shoot, when arranged ({@code null} otherwise): the dates
     * of its days that hold a live strip, who works which of them (the DOOD's members), and the live scenes not on
     * the board, grouped as {@link #stripGroups()} are (added after the board's days were arranged).
     */
    public record BoardFigures(List<java.time.LocalDate> dates, List<DayOutOfDays.Member> members,
            List<StripGroup> offBoard) {
        public BoardFigures {
            dates = List.copyOf(dates);
            members = List.copyOf(members);
            offBoard = List.copyOf(offBoard);
        }
    }

    public double aiSeconds() {
        return aiSecondsRealistic + aiSecondsStylised;
    }

    public static Drivers of(Production production) {
        return of(production, false);
    }

    /**
     * @param aiShotsLive count every AI-generated shot as shot live instead (for "what would shooting them cost",
     *     rule A5) without building a changed production
     */
    public static Drivers of(Production production, boolean aiShotsLive) {
        boolean realisticStyle = production.visualStyle() == VisualStyle.REALISTIC_LIVE_ACTION;
        List<ScenePart> parts = new ArrayList<>(production.scenes().size());
        for (Scene scene : production.scenes()) {
            parts.add(ScenePart.of(scene, realisticStyle, aiShotsLive));
        }
        return combine(production, parts);
    }

    /**
     * The drivers from each scene's share ({@link ScenePart}, in scene order) and the production's own figures
     * (runtime, languages, festivals). O(scenes + characters): the pass over the shots is in the parts, so an
     * estimate after an edit recounts only the scene that changed ({@link EstimateSession}). The full count
     * ({@link #of(Production, boolean)}) goes through here too, so both add up in the same order.
     */
    static Drivers combine(Production production, List<ScenePart> parts) {
        double pages = 0;
        double pagesLive = 0;
        double characterPagesLive = 0;
        double seconds = 0;
        int shots = 0;
        int setups = 0;
        int vfxSimple = 0;
        int vfxMedium = 0;
        int vfxComplex = 0;
        double aiRealistic = 0;
        double aiStylised = 0;
        Set<String> roles = new HashSet<>();
        Set<String> liveLocations = new HashSet<>();
        Set<String> aiCharacters = new HashSet<>();
        Map<String, GroupTotals> groups = new LinkedHashMap<>();
        boolean previousNight = false;
        boolean[] nights = new boolean[parts.size()];
        int index = 0;
        for (ScenePart part : parts) {
            roles.addAll(part.roles);
            boolean night = isNight(part.time, previousNight, part.headingNight);
            nights[index++] = night;
            previousNight = night;
            seconds += part.seconds;
            shots += part.shots;
            setups += part.setups;
            vfxSimple += part.vfxSimple;
            vfxMedium += part.vfxMedium;
            vfxComplex += part.vfxComplex;
            aiRealistic += part.aiRealistic;
            aiStylised += part.aiStylised;
            pages += part.pages;
            pagesLive += part.live;
            characterPagesLive += part.live * part.onScreen.size();
            if (part.isLiveWork()) {
                liveLocations.add(part.location);
                GroupTotals g = groups.computeIfAbsent(night ? part.nightKey : part.dayKey,
                        k -> new GroupTotals(part.location, night));
                g.add(part);
            }
            if (part.hasAi) {
                aiCharacters.addAll(part.onScreen); // a voice needs no reference images
            }
        }
        if (pages == 0) {
            pages = production.targetRuntimeMinutes();
            pagesLive = parts.isEmpty() ? pages : pagesLive;
        }
        double minutes = shots == 0 ? production.targetRuntimeMinutes() : seconds / 60;
        return new Drivers(pages, pagesLive, characterPagesLive, minutes, shots, setups, vfxSimple, vfxMedium,
                vfxComplex, roles.size(), liveLocations.size(), aiRealistic, aiStylised, aiCharacters.size(),
                production.dubbingLanguages().size(), production.subtitleLanguages().size(),
                production.festivalSubmissions(), groups.values().stream().map(GroupTotals::toGroup).toList(),
                production.shootPlan().arranged() ? board(production, parts, nights) : null);
    }

    /** The board's figures: O(scenes + board strips + cast × days). */
    private static BoardFigures board(Production production, List<ScenePart> parts, boolean[] nights) {
        Map<org.reelwright.domain.SceneId, Integer> at = new java.util.HashMap<>(parts.size() * 2);
        for (int i = 0; i < parts.size(); i++) {
            at.put(parts.get(i).scene.id(), i);
        }
        List<java.time.LocalDate> dates = new ArrayList<>();
        List<Set<String>> onScreen = new ArrayList<>();
        boolean[] placed = new boolean[parts.size()];
        for (org.reelwright.domain.BoardDay day : production.shootPlan().board()) {
            Set<String> cast = new java.util.LinkedHashSet<>();
            boolean live = false;
            for (org.reelwright.domain.SceneId id : day.strips()) {
                Integer i = at.get(id);
                if (i != null && parts.get(i).isLiveWork()) {
                    placed[i] = true;
                    live = true;
                    cast.addAll(parts.get(i).onScreen);
                }
            }
            if (live) {
                dates.add(day.date());
                onScreen.add(cast);
            }
        }
        Map<String, GroupTotals> off = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            ScenePart part = parts.get(i);
            boolean night = nights[i];
            if (!placed[i] && part.isLiveWork()) {
                GroupTotals g = off.computeIfAbsent(night ? part.nightKey : part.dayKey,
                        k -> new GroupTotals(part.location, night));
                g.add(part);
            }
        }
        return new BoardFigures(dates, DayOutOfDays.members(production.shootPlan(), onScreen),
                off.values().stream().map(GroupTotals::toGroup).toList());
    }

    /**
     * The production's strips: each scene with live work (live pages or live setups), in scene order, with its
     * day or night resolved as the strip groups resolve it. O(shots).
     */
    public static List<SceneStrip> sceneStrips(Production production) {
        boolean realisticStyle = production.visualStyle() == VisualStyle.REALISTIC_LIVE_ACTION;
        List<SceneStrip> strips = new ArrayList<>();
        boolean previousNight = false;
        for (Scene scene : production.scenes()) {
            ScenePart part = ScenePart.of(scene, realisticStyle, false);
            boolean night = isNight(part.time, previousNight, part.headingNight);
            previousNight = night;
            if (part.isLiveWork()) {
                strips.add(new SceneStrip(scene, part.location, night, part.live, part.setups, part.onScreen));
            }
        }
        return strips;
    }

    /**
     * The drivers a stage's formulas read (traditional and AI basis, {@link StageFormulas}), as a value: when it and
     * the stage's plan and rates are unchanged, the stage's line is too ({@link EstimateSession} keeps it). A formula
     * that starts reading another driver must add it here; the incremental-equals-full test catches a gap.
     */
    static List<Object> inputsOf(StageId stage, Drivers d) {
        return switch (stage) {
            case SCRIPT -> List.of(d.pages());
            case STORYBOARD -> List.of(d.shots());
            case PREVIS, EDITING, SOUND, MUSIC, COLOR -> List.of(d.finishedMinutes());
            case CASTING -> List.of(d.speakingRoles());
            case LOCATIONS -> List.of(d.liveLocations());
            case SHOOT -> java.util.Arrays.asList(d.pagesLive(), d.setups(), d.stripGroups(), d.board());
            case GENERATION -> List.of(d.aiSecondsStylised(), d.aiSecondsRealistic(), d.aiCharacters());
            case VFX -> List.of(d.vfxSimple(), d.vfxMedium(), d.vfxComplex());
            case VOICE -> List.of(d.finishedMinutes(), d.dubbingLanguages());
            case SUBTITLES -> List.of(d.finishedMinutes(), d.subtitleLanguages());
            case TRAILER -> List.of();
            case FESTIVALS -> List.of(d.festivalSubmissions());
        };
    }

    /**
     * One scene's share of the drivers: what a pass over its shots and characters gives. It depends on the scene
     * object, the production's visual style (realistic or not) and the A5 switch only, so it can be kept for as
     * long as the scene object lives (scenes are immutable; an edit to a shot replaces its scene only).
     */
    static final class ScenePart {
        final Scene scene;
        final boolean realisticStyle;
        final boolean aiShotsLive;
        final String number;
        final TimeOfDay time;
        final boolean headingNight;
        final String location;
        /** The strip group's key at day and at night, made once per scene instead of once per estimate. */
        final String dayKey;
        final String nightKey;
        final List<String> roles;
        final List<String> onScreen;
        final double pages;
        final double seconds;
        final double live;
        final int shots;
        final int setups;
        final int vfxSimple;
        final int vfxMedium;
        final int vfxComplex;
        final double aiRealistic;
        final double aiStylised;
        final boolean hasAi;
        /** Whether any shot is AI-generated: without one, counting AI shots as live changes nothing. */
        final boolean anyAiShot;

        private ScenePart(Scene scene, boolean realisticStyle, boolean aiShotsLive) {
            this.scene = scene;
            this.realisticStyle = realisticStyle;
            this.aiShotsLive = aiShotsLive;
            List<String> names = new ArrayList<>(scene.characters().size());
            List<String> seen = new ArrayList<>(scene.characters().size());
            for (String character : scene.characters()) {
                String name = baseName(character);
                names.add(name);
                if (!voiceRole(character) && !seen.contains(name)) {
                    seen.add(name);
                }
            }
            this.roles = List.copyOf(names);
            this.onScreen = List.copyOf(seen);
            this.number = scene.number();
            this.time = scene.heading().timeOfDay();
            this.headingNight = scene.heading().isNight();
            double sceneSeconds = 0;
            double liveSeconds = 0;
            int count = 0;
            int sceneSetups = 0;
            int[] vfx = new int[4];
            double realistic = 0;
            double stylised = 0;
            boolean ai = false;
            boolean anyAi = false;
            for (Shot shot : scene.shots()) {
                double s = shot.durationSeconds();
                sceneSeconds += s;
                count++;
                anyAi |= shot.isAiGenerated();
                vfx[vfxWork(shot, aiShotsLive).ordinal()]++;
                if (shot.method() == ProductionMethod.LIVE_ACTION || aiShotsLive && shot.isAiGenerated()) {
                    liveSeconds += s;
                    sceneSetups++;
                } else if (shot.isAiGenerated()) {
                    ai = true;
                    if (realisticStyle && shot.realisticFaces()) {
                        realistic += s;
                    } else {
                        stylised += s;
                    }
                }
            }
            this.seconds = sceneSeconds;
            this.shots = count;
            this.setups = sceneSetups;
            this.vfxSimple = vfx[1];
            this.vfxMedium = vfx[2];
            this.vfxComplex = vfx[3];
            this.aiRealistic = realistic;
            this.aiStylised = stylised;
            this.hasAi = ai;
            this.anyAiShot = anyAi;
            this.pages = scene.pages();
            double liveShare = scene.shots().isEmpty() ? 1 : sceneSeconds == 0 ? 0 : liveSeconds / sceneSeconds;
            this.live = pages * liveShare;
            this.location = live > 0 || sceneSetups > 0 ? scene.heading().location().toUpperCase(Locale.ROOT) : "";
            this.dayKey = location + "|D";
            this.nightKey = location + "|N";
        }

        /** Whether the scene is shot live at all (live pages or live setups): it has a strip. */
        boolean isLiveWork() {
            return live > 0 || setups > 0;
        }

        static ScenePart of(Scene scene, boolean realisticStyle, boolean aiShotsLive) {
            return new ScenePart(scene, realisticStyle, aiShotsLive);
        }

        /** This scene's share with the AI shots counted as live (A5); this one when the scene has no AI shot. */
        ScenePart live() {
            return aiShotsLive || !anyAiShot ? this : new ScenePart(scene, realisticStyle, true);
        }

        /** Whether this share was counted for {@code scene} (the same object) under the same visual style. */
        boolean isFor(Scene other, boolean realistic) {
            return scene == other && realisticStyle == realistic;
        }
    }

    /**
     * The VFX work a shot leaves for the VFX stage. A live or CG shot keeps its level. An AI-generated shot has its
     * effect made in the generated picture: nothing is built, animated, simulated or rendered for it afterwards, so
     * it is not priced again as a traditional shot of its level (the generation line already pays for it). What
     * remains is compositing the clip into the cut — artefact clean-up, a grade match, a tracked insert or title —
     * which is the work of a simple shot; an AI shot marked with no VFX keeps none.
     *
     * @param aiShotsLive the AI shots are counted as shot live (R4's comparison), so they keep their level
     */
    static VfxLevel vfxWork(Shot shot, boolean aiShotsLive) {
        if (!shot.isAiGenerated() || aiShotsLive || shot.vfx() == VfxLevel.NONE) {
            return shot.vfx();
        }
        return VfxLevel.SIMPLE;
    }

    /**
     * Night for the strip board: night and dusk are night, day and dawn are day, and a continuous or unspecified
     * scene (the importer reads LATER and MOMENTS LATER as unspecified) follows the scene before it, as the
     * javadoc of {@link TimeOfDay} says; the first scene of a script defaults to day.
     */
    static boolean isNight(TimeOfDay time, boolean previousNight, boolean headingNight) {
        return time == TimeOfDay.CONTINUOUS || time == TimeOfDay.UNSPECIFIED ? previousNight : headingNight;
    }

    /** Extensions that say a character is heard, not seen: voice-over, off-screen, off-camera, phone, radio. */
    private static final Pattern VOICE_MARK = Pattern.compile("^(.*?)\\s*[(（\\[]\\s*(V\\.?\\s?O\\.?|O\\.?\\s?S\\.?|"
            + "O\\.?\\s?C\\.?|VOICE|VOICE[- ]OVER|OFF[- ]?SCREEN|PHONE|ON (THE )?PHONE|OVER (THE )?PHONE|RADIO|"
            + "FILTERED|画外音|画外|旁白|电话|电话里|电话中|画外音\\s*/\\s*电话)\\s*[)）\\]]\\s*$");

    /** True when a scene's character carries a voice mark: {@code EDITOR (V.O.)}, {@code 主编（电话里）}. */
    static boolean voiceRole(String character) {
        return VOICE_MARK.matcher(character).matches();
    }

    /** The character's name without a voice mark, as roles are counted. */
    static String baseName(String character) {
        Matcher m = VOICE_MARK.matcher(character);
        return m.matches() && !m.group(1).isBlank() ? m.group(1).strip() : character;
    }

    /** Running totals of one strip group while the shots are counted. */
    private static final class GroupTotals {
        final String location;
        final boolean night;
        final List<String> scenes = new ArrayList<>();
        final List<String> cast = new ArrayList<>();
        double pages;
        int setups;

        GroupTotals(String location, boolean night) {
            this.location = location;
            this.night = night;
        }

        void add(ScenePart part) {
            scenes.add(part.number);
            pages += part.live;
            setups += part.setups;
            for (String name : part.onScreen) {
                if (!cast.contains(name)) {
                    cast.add(name);
                }
            }
        }

        StripGroup toGroup() {
            return new StripGroup(location, night, List.copyOf(scenes), pages, setups, List.copyOf(cast));
        }
    }
}
