package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reelwright.benchmark.Confidence;
import org.reelwright.benchmark.Source;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;

/**
 * The formula of every stage, traditional and AI, as in ESTIMATION.md's stage table. Each returns line items built
 * from drivers and library rates only; no figure is written here. Effort is in person-days.
 */
final class StageFormulas {
    private final RateBook rates;
    private final Drivers d;
    private final EstimateMessages text;

    StageFormulas(RateBook rates, Drivers drivers, EstimateMessages text) {
        this.rates = rates;
        this.d = drivers;
        this.text = text;
    }

    List<LineItem> traditional(StageId stage) {
        return switch (stage) {
            case SCRIPT -> List.of(labour(stage, "script.writing", count(d.pages(), "pages")
                    .times(rate(stage, "script.traditional.days-per-page")), "crew.writer-day-rate"));
            case STORYBOARD -> storyboardTraditional(stage);
            case PREVIS -> List.of(labour(stage, "previs.animatic", count(d.finishedMinutes(), "min")
                    .times(rate(stage, "previs.traditional.days-per-minute")), "crew.storyboard-artist-day-rate"));
            case CASTING -> casting(stage);
            case LOCATIONS -> locations(stage);
            case SHOOT -> shoot(stage);
            case GENERATION -> List.of();
            case EDITING -> List.of(labour(stage, "editing.cut", editingDays(stage), "crew.editor-day-rate"));
            case VFX -> vfx(stage, false);
            case SOUND -> List.of(labour(stage, "sound.post", count(d.finishedMinutes(), "min")
                    .times(rate(stage, "sound.traditional.days-per-finished-minute")), "crew.sound-mixer-day-rate"));
            case VOICE -> voiceTraditional(stage);
            case MUSIC -> musicTraditional(stage);
            case COLOR -> List.of(labour(stage, "color.grade", colorDays(stage), "crew.colorist-day-rate"));
            case SUBTITLES -> subtitlesTraditional(stage);
            case TRAILER -> List.of(labour(stage, "trailer.cut", trailerDays(stage), "crew.editor-day-rate"));
            case FESTIVALS -> festivals(stage);
        };
    }

    /** The AI basis; {@code allowance} is the plan's extra-iteration share (A10). */
    List<LineItem> ai(StageId stage, StagePlan plan) {
        double more = 1 + plan.iterationAllowance();
        return switch (stage) {
            case SCRIPT -> scriptAi(stage, more);
            case STORYBOARD -> storyboardAi(stage, more);
            case PREVIS -> previsAi(stage, more);
            case GENERATION -> generation(stage, more);
            case EDITING -> withSubscription(stage, assisted(stage, "editing.assisted", editingDays(stage),
                    "editing.ai.effort-factor", more, "crew.editor-day-rate"), "editing.ai.tool-per-month", plan);
            case VFX -> vfxAi(stage, more, plan);
            case SOUND -> soundAi(stage, more);
            case VOICE -> voiceAi(stage, more);
            case MUSIC -> musicAi(stage);
            case COLOR -> List.of(assisted(stage, "color.assisted", colorDays(stage), "color.ai.effort-factor", more,
                    "crew.colorist-day-rate"));
            case SUBTITLES -> subtitlesAi(stage, more);
            case TRAILER -> withSubscription(stage, assisted(stage, "trailer.assisted", trailerDays(stage),
                    "trailer.ai.effort-factor", more, "crew.editor-day-rate"), "trailer.ai.tool-per-month", plan);
            case CASTING, LOCATIONS, SHOOT, FESTIVALS -> traditional(stage);
        };
    }

    // ---- development and pre-production

    private List<LineItem> storyboardTraditional(StageId stage) {
        Calc panels = panels(stage);
        LineItem drawing = money(stage, "storyboard.frames", Calc.from(panels)
                .times(rate(stage, "storyboard.traditional.price-per-frame")));
        LineItem days = effortOnly(stage, "storyboard.days", Calc.from(panels)
                .per(rate(stage, "storyboard.traditional.frames-per-day")));
        return List.of(drawing, days);
    }

    private List<LineItem> scriptAi(StageId stage, double more) {
        LineItem work = assisted(stage, "script.assisted", count(d.pages(), "pages")
                .times(rate(stage, "script.traditional.days-per-page")), "script.ai.effort-factor", more,
                "crew.writer-day-rate");
        return List.of(work, subscription(stage, "ai.assistant-subscription", oneMonthIfAny(work.effortDays())));
    }

    /** One month of a flat subscription while there is any work; none without. */
    private static Range oneMonthIfAny(Range work) {
        return work.isZero() ? Range.ZERO : Range.exactly(1);
    }

    private List<LineItem> storyboardAi(StageId stage, double more) {
        Calc panels = panels(stage);
        LineItem images = money(stage, "storyboard.images", Calc.from(panels)
                .times(rate(stage, "storyboard.ai.images-per-panel")).times(more, unit("iterations"))
                .times(rate(stage, "storyboard.ai.price-per-image")));
        LineItem selection = labour(stage, "storyboard.selection", Calc.from(panels)
                .per(rate(stage, "storyboard.ai.panels-per-day")).times(more, unit("iterations")),
                "crew.storyboard-artist-day-rate");
        return List.of(images, selection);
    }

    private Calc panels(StageId stage) {
        return count(d.shots(), "shots").times(rate(stage, "storyboard.panels-per-shot"));
    }

    private List<LineItem> previsAi(StageId stage, double more) {
        LineItem work = assisted(stage, "previs.assisted", count(d.finishedMinutes(), "min")
                .times(rate(stage, "previs.traditional.days-per-minute")), "previs.ai.effort-factor", more,
                "crew.storyboard-artist-day-rate");
        return List.of(work, subscription(stage, "previs.ai.tool-per-month", months(work.effortDays(), 1)));
    }

    private List<LineItem> casting(StageId stage) {
        if (d.speakingRoles() == 0) {
            return List.of(money(stage, "casting.fee", count(0, "casting-calls")
                    .times(rate(stage, "casting.traditional.director-flat"))));
        }
        return List.of(money(stage, "casting.fee", count(1, "casting")
                        .times(rate(stage, "casting.traditional.director-flat"))),
                effortOnly(stage, "casting.days", count(d.speakingRoles(), "speaking-roles")
                        .times(rate(stage, "casting.traditional.days-per-role"))));
    }

    private List<LineItem> locations(StageId stage) {
        return List.of(labour(stage, "locations.scouting", count(d.liveLocations(), "locations")
                        .times(rate(stage, "locations.traditional.scout-days-per-location")), "crew.pa-day-rate"),
                money(stage, "locations.permits", count(d.liveLocations(), "locations")
                        .times(rate(stage, "locations.traditional.permit-per-location"))));
    }

    // ---- production

    /**
     * Shoot days: for each strip group (location × day/night), max(pages ÷ pages per day, setups ÷ setups per day)
     * rounded up to half days, summed — a company move or a switch to night work costs at least half a day.
     */
    Range shootDays(StageId stage) {
        Rate pagesPerDay = rate(stage, "shoot.pages-per-day");
        Rate setupsPerDay = rate(stage, "shoot.setups-per-day");
        Range total = Range.ZERO;
        if (d.board() != null) {
            // Arranged: the board's days are the shoot days; scenes added since are estimated as before.
            total = Range.exactly(d.board().dates().size());
            for (StripGroup group : d.board().offBoard()) {
                total = total.plus(groupDays(group, pagesPerDay, setupsPerDay));
            }
            return total;
        }
        for (StripGroup group : d.stripGroups()) {
            total = total.plus(groupDays(group, pagesPerDay, setupsPerDay));
        }
        return total;
    }

    /** Days one strip group needs: max(pages ÷ pages per day, setups ÷ setups per day), in half days. */
    static Range groupDays(StripGroup group, Rate pagesPerDay, Rate setupsPerDay) {
        Range byPages = Range.exactly(group.pages()).dividedByThroughput(pagesPerDay.value());
        Range bySetups = Range.exactly(group.setups()).dividedByThroughput(setupsPerDay.value());
        return new Range(byPages.low().max(bySetups.low()), byPages.likely().max(bySetups.likely()),
                byPages.high().max(bySetups.high())).ceilTo(0.5);
    }

    private List<LineItem> shoot(StageId stage) {
        Range days = shootDays(stage);
        Rate pagesPerDay = rate(stage, "shoot.pages-per-day");
        Rate setupsPerDay = rate(stage, "shoot.setups-per-day");
        // Counts go in as numbers, so the bundle can choose "1 shoot day" or "2 shoot days".
        String daysText = text.get("explain.shootDays", d.stripGroups().size(), BigDecimal.valueOf(d.pagesLive()),
                pagesPerDay.value().likely(), d.setups(), setupsPerDay.value().likely(), days.likely());
        List<LineItem> items = new ArrayList<>();
        for (String crew : List.of("crew.dp-day-rate", "crew.sound-mixer-day-rate", "crew.gaffer-day-rate")) {
            items.add(perShootDay(stage, crew, days, daysText, rate(stage, crew), null));
        }
        Rate paCount = rate(stage, "shoot.pa-count");
        items.add(perShootDay(stage, "crew.pa-day-rate", days, daysText, rate(stage, "crew.pa-day-rate"), paCount));
        items.add(perShootDay(stage, "shoot.equipment-per-day", days, daysText,
                rate(stage, "shoot.equipment-per-day"), null));
        items.add(perShootDay(stage, "shoot.location-fee-per-day", days, daysText,
                rate(stage, "shoot.location-fee-per-day"), null));
        Range performerDays = castDays(pagesPerDay, setupsPerDay);
        java.util.Map<org.reelwright.domain.PayTerm, Integer> ownTerms = castDaysByOwnTerm();
        Range ownDays = Range.ZERO;
        for (java.util.Map.Entry<org.reelwright.domain.PayTerm, Integer> own : ownTerms.entrySet()) {
            // Performers whose own pay term differs from the production's: their days are an item of that term.
            Calc ownCount = count(Range.exactly(own.getValue()), "cast-days").dependsOn(shootDayDriver(stage), -1);
            LineItem item = money(stage, "shoot.cast", ownCount.times(rate(stage, "cast.day-performer-rate")));
            items.add(new LineItem(text.get("item.shoot.castOwnTerm", item.label(), text.get("term."
                    + own.getKey().id())), item.cost(), item.effortDays(), item.rates(), item.explanation(),
                    item.costFactors(), own.getKey()));
            ownDays = ownDays.plus(Range.exactly(own.getValue()));
        }
        Range restDays = ownTerms.isEmpty() ? performerDays : new Range(performerDays.low().subtract(ownDays.low()),
                performerDays.likely().subtract(ownDays.likely()), performerDays.high().subtract(ownDays.high()));
        if (ownTerms.isEmpty() || restDays.high().signum() > 0) {
            Calc castDays = count(restDays, "cast-days").dependsOn(shootDayDriver(stage), -1);
            items.add(money(stage, "shoot.cast", castDays.times(rate(stage, "cast.day-performer-rate"))));
        }
        // The three heads of department priced above (DP, sound, gaffer) plus the production assistants.
        Range crewSize = paCount.value().plus(Range.exactly(3));
        double crew = crewSize.likely().doubleValue();
        Calc people = count(days, "days").timesCounted(crew, quantity("crew", crew));
        Range personDays = days.times(crewSize);
        Range meals = personDays.plus(performerDays)
                .times(rate(stage, "shoot.catering-per-person-day").value());
        items.add(new LineItem(text.get("item.shoot.catering"), meals, Range.ZERO,
                List.of(rate(stage, "shoot.catering-per-person-day")), people.text() + " + " + unit("cast") + " × "
                        + Calc.number(rate(stage, "shoot.catering-per-person-day").value().likely()) + " "
                        + rate(stage, "shoot.catering-per-person-day").unit(),
                List.of(new RateFactor(rate(stage, "shoot.catering-per-person-day"), 1),
                        new RateFactor(shootDayDriver(stage), -1))));
        // Effort of the shoot: the crew's person-days; calendar days are the shoot days themselves.
        items.add(new LineItem(text.get("item.shoot.days"), Range.ZERO, personDays, List.of(pagesPerDay,
                setupsPerDay, paCount), daysText));
        return items;
    }

    /**
     * Performer-days: each character seen in a strip group works that group's shoot days, so Σ over groups of the
     * group's cast × its days. Voice-only characters are not in a group's cast (they go to voice/ADR). Counting
     * character-pages ÷ pages per day instead ignores that a performer is called for the whole group, not for the
     * share of it they speak in, and comes out about 30 % low.
     */
    Range castDays(Rate pagesPerDay, Rate setupsPerDay) {
        Range total = Range.ZERO;
        List<StripGroup> groups = d.stripGroups();
        if (d.board() != null) {
            // Arranged: the day-out-of-days' paid days (work, hold, travel), with the drop/pick-up gap of the library.
            int gap = rate(StageId.SHOOT, "cast.drop-pickup-gap-days").value().likely().intValue();
            total = Range.exactly(DayOutOfDays.of(d.board().dates(), d.board().members(), gap).paidDays());
            groups = d.board().offBoard();
        }
        for (StripGroup group : groups) {
            if (!group.cast().isEmpty()) {
                total = total.plus(groupDays(group, pagesPerDay, setupsPerDay).times(group.cast().size()));
            }
        }
        return total;
    }

    /**
     * Paid days on the board of the performers who carry a pay term of their own, by that term (empty before the
     * board is arranged or when every performer is paid as the production says).
     */
    private java.util.Map<org.reelwright.domain.PayTerm, Integer> castDaysByOwnTerm() {
        java.util.Map<org.reelwright.domain.PayTerm, Integer> days = new java.util.EnumMap<>(
                org.reelwright.domain.PayTerm.class);
        if (d.board() == null || d.board().members().stream().allMatch(m -> m.payTerm() == null)) {
            return days;
        }
        int gap = rate(StageId.SHOOT, "cast.drop-pickup-gap-days").value().likely().intValue();
        DayOutOfDays dood = DayOutOfDays.of(d.board().dates(), d.board().members(), gap);
        for (int i = 0; i < dood.rows().size(); i++) {
            org.reelwright.domain.PayTerm term = d.board().members().get(i).payTerm();
            if (term != null && dood.rows().get(i).paidDays() > 0) {
                days.merge(term, dood.rows().get(i).paidDays(), Integer::sum);
            }
        }
        return days;
    }

    /**
     * The throughput that sets most of the shoot days (pages or setups per day, whichever governs more strip
     * groups' days): for the Monte Carlo, shoot days move inversely with it. Half-day rounding and groups governed by
     * the other throughput are left out of that approximation (ADR 0008).
     */
    private Rate shootDayDriver(StageId stage) {
        Rate pagesPerDay = rate(stage, "shoot.pages-per-day");
        Rate setupsPerDay = rate(stage, "shoot.setups-per-day");
        double ppd = pagesPerDay.value().likely().doubleValue();
        double spd = setupsPerDay.value().likely().doubleValue();
        double byPages = 0;
        double bySetups = 0;
        for (StripGroup group : d.stripGroups()) {
            double p = ppd > 0 ? group.pages() / ppd : 0;
            double s = spd > 0 ? group.setups() / spd : 0;
            if (p >= s) {
                byPages += p;
            } else {
                bySetups += s;
            }
        }
        return byPages >= bySetups ? pagesPerDay : setupsPerDay;
    }

    private LineItem perShootDay(StageId stage, String key, Range days, String daysText, Rate dayRate, Rate count) {
        Calc c = count(days, "days");
        if (count != null) {
            c.times(count);
        }
        c.times(dayRate).dependsOn(shootDayDriver(stage), -1);
        return new LineItem(text.get("item." + key), c.value(), Range.ZERO, c.rates(), c.text(), c.factors());
    }

    private List<LineItem> generation(StageId stage, double more) {
        List<LineItem> items = new ArrayList<>();
        Rate price = rate(stage, "generation.price-per-generated-second");
        items.add(money(stage, "generation.stylised", count(d.aiSecondsStylised(), "s")
                .times(rate(stage, "generation.stylised.generated-per-finished")).times(more, unit("iterations"))
                .times(price)));
        items.add(money(stage, "generation.realistic", count(d.aiSecondsRealistic(), "s")
                .times(rate(stage, "generation.realistic.generated-per-finished")).times(more, unit("iterations"))
                .times(price)));
        Calc stylisedDays = count(d.aiSecondsStylised(), "s")
                .per(rate(stage, "generation.stylised.finished-seconds-per-operator-day")).times(more, unit("iterations"));
        Calc realisticDays = count(d.aiSecondsRealistic(), "s")
                .per(rate(stage, "generation.realistic.finished-seconds-per-operator-day"))
                .times(more, unit("iterations"));
        items.add(labour(stage, "generation.operator.stylised", stylisedDays, "crew.editor-day-rate"));
        items.add(labour(stage, "generation.operator.realistic", realisticDays, "crew.editor-day-rate"));
        items.add(money(stage, "generation.characters", count(d.aiCharacters(), "characters")
                .times(rate(stage, "generation.character-reference-cost"))));
        return items;
    }

    // ---- post-production and distribution

    private Calc editingDays(StageId stage) {
        return count(d.finishedMinutes(), "min").times(rate(stage, "editing.traditional.hours-per-finished-minute"))
                .per(rate(stage, "work.hours-per-day"));
    }

    private Calc colorDays(StageId stage) {
        return count(d.finishedMinutes(), "min").times(rate(stage, "color.traditional.hours-per-finished-minute"))
                .per(rate(stage, "work.hours-per-day"));
    }

    private Calc trailerDays(StageId stage) {
        return count(1, "trailer").times(rate(stage, "trailer.length-minutes"))
                .times(rate(stage, "trailer.traditional.days-per-minute"));
    }

    private List<LineItem> vfx(StageId stage, boolean aiAssisted) {
        List<LineItem> items = new ArrayList<>();
        String[] levels = {"simple", "medium", "complex"};
        int[] counts = {d.vfxSimple(), d.vfxMedium(), d.vfxComplex()};
        for (int i = 0; i < levels.length; i++) {
            Calc price = count(counts[i], "shots." + levels[i])
                    .times(rate(stage, "vfx.traditional.price-per-shot." + levels[i]));
            Calc hours = count(counts[i], "shots." + levels[i])
                    .times(rate(stage, "vfx.traditional.hours-per-shot." + levels[i]))
                    .per(rate(stage, "work.hours-per-day"));
            boolean assisted = aiAssisted && i < 2; // complex animated effects stay with artists (A3)
            if (assisted) {
                Rate factor = rate(stage, "vfx.ai.effort-factor");
                price.times(factor);
                hours.times(factor);
            }
            String key = "vfx." + levels[i] + (assisted ? ".assisted" : "");
            items.add(new LineItem(text.get("item." + key), price.value(), hours.value(),
                    merge(price.rates(), hours.rates()), price.text() + "; " + hours.text() + " "
                    + text.get("explain.days"), price.factors()));
        }
        return items;
    }

    /**
     * The AI basis of VFX: simple and medium shots assisted, complex shots kept with artists (A3). The iteration
     * allowance (A10) and the tool subscription belong to the AI-assisted shots only: a complex shot that stays
     * traditional takes no longer for the stage being AI, and with no assisted shot there is no tool to pay for.
     */
    private List<LineItem> vfxAi(StageId stage, double more, StagePlan plan) {
        List<LineItem> items = new ArrayList<>();
        Range assistedEffort = Range.ZERO;
        List<LineItem> levels = vfx(stage, true);
        for (int i = 0; i < levels.size(); i++) {
            LineItem item = levels.get(i);
            if (i < 2) {
                item = new LineItem(item.label(), item.cost(), item.effortDays().times(more), item.rates(),
                        item.explanation(), item.costFactors());
                assistedEffort = assistedEffort.plus(item.effortDays());
            }
            items.add(item);
        }
        items.add(subscription(stage, "vfx.ai.tool-per-month", months(assistedEffort, plan.teamSize())));
        return items;
    }

    private List<LineItem> soundAi(StageId stage, double more) {
        LineItem work = assisted(stage, "sound.assisted", count(d.finishedMinutes(), "min")
                .times(rate(stage, "sound.traditional.days-per-finished-minute")), "sound.ai.effort-factor", more,
                "crew.sound-mixer-day-rate");
        LineItem tool = money(stage, "sound.tool", count(d.finishedMinutes(), "min")
                .times(rate(stage, "sound.ai.price-per-minute")));
        return List.of(work, tool);
    }

    private List<LineItem> voiceTraditional(StageId stage) {
        Calc minutes = count(d.finishedMinutes(), "min").timesCounted(d.dubbingLanguages(),
                quantity("languages", d.dubbingLanguages()));
        return List.of(money(stage, "voice.dubbing", Calc.from(minutes)
                        .times(rate(stage, "voice.traditional.price-per-minute"))),
                effortOnly(stage, "voice.sessions", Calc.from(minutes)
                        .times(rate(stage, "voice.traditional.days-per-minute"))));
    }

    private List<LineItem> voiceAi(StageId stage, double more) {
        Calc minutes = count(d.finishedMinutes(), "min").timesCounted(d.dubbingLanguages(),
                quantity("languages", d.dubbingLanguages()));
        return List.of(money(stage, "voice.ai", Calc.from(minutes).times(rate(stage, "voice.ai.price-per-minute"))
                        .times(more, unit("iterations"))),
                labour(stage, "voice.review", Calc.from(minutes).times(rate(stage, "voice.ai.review-hours-per-minute"))
                        .per(rate(stage, "work.hours-per-day")).times(more, unit("iterations")), "crew.editor-day-rate"));
    }

    private List<LineItem> musicTraditional(StageId stage) {
        Calc cues = count(d.finishedMinutes(), "min").times(rate(stage, "music.cues-per-finished-minute"));
        return List.of(money(stage, "music.licences", Calc.from(cues)
                        .times(rate(stage, "music.traditional.licence-per-cue"))),
                effortOnly(stage, "music.search", Calc.from(cues).times(rate(stage, "music.traditional.days-per-cue"))));
    }

    private List<LineItem> musicAi(StageId stage) {
        Calc cues = count(d.finishedMinutes(), "min").times(rate(stage, "music.cues-per-finished-minute"))
                .times(rate(stage, "music.ai.licensed-share"));
        Range allCues = count(d.finishedMinutes(), "min").times(rate(stage, "music.cues-per-finished-minute")).value();
        return List.of(money(stage, "music.licensed", Calc.from(cues)
                        .times(rate(stage, "music.traditional.licence-per-cue"))),
                effortOnly(stage, "music.search", Calc.from(cues).times(rate(stage, "music.traditional.days-per-cue"))),
                subscription(stage, "music.ai.tool-per-month", oneMonthIfAny(allCues)));
    }

    private List<LineItem> subtitlesTraditional(StageId stage) {
        Calc minutes = count(d.finishedMinutes(), "min").timesCounted(d.subtitleLanguages(),
                quantity("languages", d.subtitleLanguages()));
        return List.of(money(stage, "subtitles.human", Calc.from(minutes)
                        .times(rate(stage, "subtitles.traditional.price-per-minute"))),
                effortOnly(stage, "subtitles.days", Calc.from(minutes)
                        .times(rate(stage, "subtitles.traditional.days-per-minute"))));
    }

    private List<LineItem> subtitlesAi(StageId stage, double more) {
        int languages = d.subtitleLanguages();
        Calc transcription = count(languages == 0 ? 0 : d.finishedMinutes(), "min")
                .times(rate(stage, "subtitles.ai.transcription-per-minute"));
        Calc minutes = count(d.finishedMinutes(), "min").timesCounted(languages, quantity("languages", languages));
        return List.of(money(stage, "subtitles.transcription", transcription),
                money(stage, "subtitles.translation", Calc.from(minutes)
                        .times(rate(stage, "subtitles.ai.translation-per-minute"))),
                labour(stage, "subtitles.review", Calc.from(minutes)
                        .times(rate(stage, "subtitles.ai.review-hours-per-minute")).per(rate(stage, "work.hours-per-day"))
                        .times(more, unit("iterations")), "crew.editor-day-rate"));
    }

    private List<LineItem> festivals(StageId stage) {
        Calc submissions = count(d.festivalSubmissions(), "submissions");
        Range selections = Calc.from(submissions).times(rate(stage, "festivals.acceptance-rate")).value();
        LineItem fees = money(stage, "festivals.fees", Calc.from(submissions).times(rate(stage, "festivals.entry-fee")));
        LineItem fees2 = new LineItem(fees.label(), fees.cost(), fees.effortDays(),
                merge(fees.rates(), List.of(rate(stage, "festivals.acceptance-rate"))), fees.explanation() + "; "
                + text.get("explain.selections", Calc.number(selections.low()), Calc.number(selections.high())),
                fees.costFactors());
        return List.of(fees2, effortOnly(stage, "festivals.paperwork", Calc.from(submissions)
                .times(rate(stage, "festivals.hours-per-submission")).per(rate(stage, "work.hours-per-day"))));
    }

    // ---- building blocks

    /** A quantity with its unit as explanations show it ("1 page", "3 pages", "3 页"), in the estimate's language. */
    private String quantity(String key, double value) {
        return quantity(key, BigDecimal.valueOf(value));
    }

    private String quantity(String key, BigDecimal value) {
        return text.get("unit." + key, Calc.rounded(value));
    }

    private Calc count(double value, String key) {
        return Calc.counted(Range.exactly(value), quantity(key, value));
    }

    private Calc count(Range value, String key) {
        return Calc.counted(value, quantity(key, value.likely()));
    }

    /** A word of an explanation that is not a count ("(iterations)", "cast"), in the estimate's language. */
    private String unit(String key) {
        return text.get("unit." + key);
    }

    private Rate rate(StageId stage, String id) {
        return rates.rate(stage, id);
    }

    /** Effort in days priced at a day rate. */
    private LineItem labour(StageId stage, String key, Calc days, String dayRateId) {
        Range effort = days.value();
        Rate dayRate = rate(stage, dayRateId);
        Calc cost = Calc.from(days).times(dayRate);
        return new LineItem(text.get("item." + key), cost.value(), effort, cost.rates(),
                days.text() + " = " + text.get("explain.dayCount", Calc.rounded(effort.likely())) + " × "
                        + Calc.number(dayRate.value().likely()) + " " + dayRate.unit(), cost.factors());
    }

    /** The traditional effort reduced by an AI factor, with extra iterations, priced at a day rate. */
    private LineItem assisted(StageId stage, String key, Calc traditionalDays, String factorId, double more,
            String dayRateId) {
        Calc days = Calc.from(traditionalDays).times(rate(stage, factorId)).times(more, unit("iterations"));
        return labour(stage, key, days, dayRateId);
    }

    private LineItem money(StageId stage, String key, Calc cost) {
        return new LineItem(text.get("item." + key), cost.value(), Range.ZERO, cost.rates(), cost.text(),
                cost.factors());
    }

    private LineItem effortOnly(StageId stage, String key, Calc days) {
        return new LineItem(text.get("item." + key), Range.ZERO, days.value(), days.rates(),
                days.text() + " " + text.get("explain.days"));
    }

    private LineItem subscription(StageId stage, String rateId, Range months) {
        Calc c = count(months, "months").times(rate(stage, rateId));
        return new LineItem(text.get("item.subscription"), c.value(), Range.ZERO, c.rates(), c.text(), c.factors());
    }

    private List<LineItem> withSubscription(StageId stage, LineItem work, String rateId, StagePlan plan) {
        return List.of(work, subscription(stage, rateId, months(work.effortDays(), plan.teamSize())));
    }

    /**
     * Whole months a tool is paid for: calendar days of the work ÷ working days a month, at least one when there is
     * work — and none when there is no work (no VFX shot, nothing to edit): a tool nobody uses is not subscribed to.
     */
    private Range months(Range effortDays, int team) {
        Rate perMonth = rate(StageId.EDITING, "work.days-per-month");
        Range calendar = effortDays.dividedBy(BigDecimal.valueOf(team));
        Range raw = calendar.dividedByThroughput(perMonth.value()).ceilTo(1);
        return new Range(atLeastOneIfAny(raw.low()), atLeastOneIfAny(raw.likely()), atLeastOneIfAny(raw.high()));
    }

    private static BigDecimal atLeastOneIfAny(BigDecimal months) {
        return months.signum() == 0 ? BigDecimal.ZERO : months.max(BigDecimal.ONE);
    }

    private static List<Rate> merge(List<Rate> a, List<Rate> b) {
        Set<Rate> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The citations of the rates used, for a line's explanation: "editor day rate: topview.ai, 2025 (low)". */
    String citations(List<Rate> used) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Rate r : used) {
            if (!seen.add(r.id())) {
                continue;
            }
            String origin;
            if (r.userOverride()) {
                origin = text.get("explain.userRate");
            } else if (r.sources().isEmpty()) {
                origin = text.get("explain.assumption");
            } else {
                origin = r.sources().get(0).citation() + ", " + text.get("confidence." + r.confidence().id());
            }
            if (r.confidence() == Confidence.ASSUMPTION && !r.userOverride()) {
                origin = text.get("explain.assumption");
            }
            parts.add(r.benchmark().label() + ": " + origin);
        }
        return String.join("; ", parts);
    }

    static List<Source> sources(List<LineItem> items) {
        Set<Source> all = new LinkedHashSet<>();
        for (LineItem item : items) {
            for (Rate r : item.rates()) {
                all.addAll(r.sources());
            }
        }
        return List.copyOf(all);
    }
}
