package org.reelwright.estimate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.VisualStyle;

/**
 * The quantities the stage formulas multiply by rates, derived from a production in one pass over its shots
 * (ESTIMATION.md, "Derived drivers").
 *
 * @param pages script pages (Σ eighths ÷ 8, or the target runtime in minutes when there are no scenes)
 * @param pagesLive pages shot live: each scene's pages times the share of its shot seconds that are live action
 * @param characterPagesLive Σ over scenes of speaking characters × live pages, which gives cast days
 * @param finishedMinutes Σ shot seconds ÷ 60, or the target runtime when there are no shots
 * @param setups live-action shots (one camera setup each)
 * @param aiSecondsRealistic seconds of AI shots with realistic human faces in a realistic production
 * @param aiSecondsStylised seconds of the other AI shots
 * @param aiCharacters characters appearing in scenes with AI-generated shots (each needs reference images)
 * @param stripGroups live scenes grouped by location and day/night, in order of first appearance
 */
public record Drivers(double pages, double pagesLive, double characterPagesLive, double finishedMinutes, int shots,
        int setups, int vfxSimple, int vfxMedium, int vfxComplex, int speakingRoles, int liveLocations,
        double aiSecondsRealistic, double aiSecondsStylised, int aiCharacters, int dubbingLanguages,
        int subtitleLanguages, int festivalSubmissions, List<StripGroup> stripGroups) {

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
        double pages = 0;
        double pagesLive = 0;
        double characterPagesLive = 0;
        double seconds = 0;
        int shots = 0;
        int setups = 0;
        int[] vfx = new int[4];
        double aiRealistic = 0;
        double aiStylised = 0;
        Set<String> roles = new HashSet<>();
        Set<String> liveLocations = new HashSet<>();
        Set<String> aiCharacters = new HashSet<>();
        boolean realisticStyle = production.visualStyle() == VisualStyle.REALISTIC_LIVE_ACTION;
        Map<String, GroupTotals> groups = new LinkedHashMap<>();
        for (Scene scene : production.scenes()) {
            double sceneSeconds = 0;
            double liveSeconds = 0;
            int sceneSetups = 0;
            boolean hasAi = false;
            for (Shot shot : scene.shots()) {
                double s = shot.durationSeconds();
                sceneSeconds += s;
                shots++;
                vfx[shot.vfx().ordinal()]++;
                if (shot.method() == ProductionMethod.LIVE_ACTION || aiShotsLive && shot.isAiGenerated()) {
                    liveSeconds += s;
                    setups++;
                    sceneSetups++;
                } else if (shot.isAiGenerated()) {
                    hasAi = true;
                    if (realisticStyle && shot.realisticFaces()) {
                        aiRealistic += s;
                    } else {
                        aiStylised += s;
                    }
                }
            }
            seconds += sceneSeconds;
            double scenePages = scene.pages();
            pages += scenePages;
            double liveShare = scene.shots().isEmpty() ? 1 : sceneSeconds == 0 ? 0 : liveSeconds / sceneSeconds;
            double live = scenePages * liveShare;
            pagesLive += live;
            characterPagesLive += live * scene.characters().size();
            if (live > 0 || sceneSetups > 0) {
                String location = scene.heading().location().toUpperCase(Locale.ROOT);
                liveLocations.add(location);
                boolean night = scene.heading().isNight();
                GroupTotals g = groups.computeIfAbsent(location + (night ? "|N" : "|D"),
                        k -> new GroupTotals(location, night));
                g.scenes.add(scene.number());
                g.pages += live;
                g.setups += sceneSetups;
            }
            roles.addAll(scene.characters());
            if (hasAi) {
                aiCharacters.addAll(scene.characters());
            }
        }
        if (pages == 0) {
            pages = production.targetRuntimeMinutes();
            pagesLive = production.scenes().isEmpty() ? pages : pagesLive;
        }
        double minutes = shots == 0 ? production.targetRuntimeMinutes() : seconds / 60;
        return new Drivers(pages, pagesLive, characterPagesLive, minutes, shots, setups, vfx[1], vfx[2], vfx[3],
                roles.size(), liveLocations.size(), aiRealistic, aiStylised, aiCharacters.size(),
                production.dubbingLanguages().size(), production.subtitleLanguages().size(),
                production.festivalSubmissions(), groups.values().stream().map(GroupTotals::toGroup).toList());
    }

    /** Running totals of one strip group while the shots are counted. */
    private static final class GroupTotals {
        final String location;
        final boolean night;
        final List<String> scenes = new ArrayList<>();
        double pages;
        int setups;

        GroupTotals(String location, boolean night) {
            this.location = location;
            this.night = night;
        }

        StripGroup toGroup() {
            return new StripGroup(location, night, List.copyOf(scenes), pages, setups);
        }
    }
}
