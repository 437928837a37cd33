package org.reelwright.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;

/**
 * A production: the film being planned, its scenes and shots, and a plan for every stage of the catalogue.
 * Invariants: title non-blank; target runtime 0.5–300 minutes; at least one working day a week; contingency 0–100 %;
 * languages are well-formed BCP 47 tags; 0–1,000 planned festival submissions; scene numbers unique; exchange rates
 * based on the production's currency; {@link #stages()} holds exactly one plan for every {@link StageId} (missing
 * ones are filled with {@link StagePlan#defaults}); the stage dependencies form no cycle (null means the usual
 * order, {@link StageDependency#defaults()}); the pay model is never null ({@link PayModel#ALL_PAID} when not given,
 * so files and workspaces from before pay terms keep their figures); author and draft date are optional text from the
 * script's title page (empty when unknown; at most 200 and 100 characters), so older files read with neither.
 * The disclosure register and the shoot plan are never null (empty when a file or workspace has none).
 */
public record Production(ProductionId id, String title, String logline, Genre genre, VisualStyle visualStyle,
        double targetRuntimeMinutes, Currency currency, ExchangeRates exchangeRates, LocalDate startDate,
        Set<DayOfWeek> workingDays, List<LocalDate> holidays, double contingencyPercent,
        List<String> dubbingLanguages, List<String> subtitleLanguages, int festivalSubmissions, List<Scene> scenes,
        Map<StageId, StagePlan> stages, List<StageDependency> dependencies, PayModel payModel, String author,
        String draftDate, Disclosure disclosure, ShootPlan shootPlan) {

    private static final Phrase SUBJECT = Checks.subject("production");

    public Production {
        Checks.required(id, SUBJECT, "id");
        title = Checks.nonBlank(title, SUBJECT, "title", 200);
        logline = Checks.text(logline, SUBJECT, "logline", 1000);
        Checks.required(genre, SUBJECT, "genre");
        Checks.required(visualStyle, SUBJECT, "visualStyle");
        Checks.between(targetRuntimeMinutes, 0.5, 300, SUBJECT, "targetRuntimeMinutes", "minutes");
        Checks.required(currency, SUBJECT, "currency");
        exchangeRates = exchangeRates == null ? ExchangeRates.none(currency)
                : exchangeRates.base().equals(currency) ? exchangeRates : exchangeRates.withBase(currency);
        Checks.required(startDate, SUBJECT, "startDate");
        plannable(startDate, "startDate");
        if (workingDays == null || workingDays.isEmpty()) {
            throw Checks.fail(SUBJECT, "workingDays", "production.noWorkingDay");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = List.copyOf(new TreeSet<>(Checks.list(holidays, SUBJECT, "holidays")));
        if (!holidays.isEmpty()) { // sorted: the first and last are the ones that can be out of range
            plannable(holidays.get(0), "holidays");
            plannable(holidays.get(holidays.size() - 1), "holidays");
        }
        Checks.between(contingencyPercent, 0, 100, SUBJECT, "contingencyPercent", "percent");
        dubbingLanguages = languages(dubbingLanguages, "dubbingLanguages");
        subtitleLanguages = languages(subtitleLanguages, "subtitleLanguages");
        Checks.between(festivalSubmissions, 0, 1000, SUBJECT, "festivalSubmissions");
        // A SceneList was checked whole when it was made, or made from a checked one by a change that was checked
        // (SceneList.replace); any other list is checked here, all of it.
        scenes = scenes instanceof SceneList checked ? checked : SceneList.checked(Checks.list(scenes, SUBJECT,
                "scenes"));
        EnumMap<StageId, StagePlan> plans = new EnumMap<>(StageId.class);
        if (stages != null) {
            stages.forEach((stage, plan) -> {
                Checks.required(plan, Checks.subject("stage", stage.id()), "plan");
                if (plan.stage() != stage) {
                    throw Checks.fail(SUBJECT, "stages", "production.planUnderOtherStage", stage.id(), plan.stage().id());
                }
                plans.put(stage, plan);
            });
        }
        for (StageId stage : StageId.values()) {
            plans.computeIfAbsent(stage, StagePlan::defaults);
        }
        stages = java.util.Collections.unmodifiableMap(plans);
        dependencies = dependencies == null ? StageDependency.defaults()
                : Checks.list(dependencies, SUBJECT, "dependencies");
        StageDependency.checkAcyclic(dependencies);
        payModel = payModel == null ? PayModel.ALL_PAID : payModel;
        author = Checks.text(author == null ? "" : author, SUBJECT, "author", 200);
        draftDate = Checks.text(draftDate == null ? "" : draftDate, SUBJECT, "draftDate", 100);
        disclosure = disclosure == null ? Disclosure.EMPTY : disclosure;
        shootPlan = shootPlan == null ? ShootPlan.EMPTY : shootPlan;
    }

    /** A production with no disclosure register and no shoot plan yet (files and workspaces from before them). */
    public Production(ProductionId id, String title, String logline, Genre genre, VisualStyle visualStyle,
            double targetRuntimeMinutes, Currency currency, ExchangeRates exchangeRates, LocalDate startDate,
            Set<DayOfWeek> workingDays, List<LocalDate> holidays, double contingencyPercent,
            List<String> dubbingLanguages, List<String> subtitleLanguages, int festivalSubmissions, List<Scene> scenes,
            Map<StageId, StagePlan> stages, List<StageDependency> dependencies, PayModel payModel, String author,
            String draftDate) {
        this(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates, startDate,
                workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages, festivalSubmissions,
                scenes, stages, dependencies, payModel, author, draftDate, null, null);
    }

    /** A production whose script names no author or draft date. */
    public Production(ProductionId id, String title, String logline, Genre genre, VisualStyle visualStyle,
            double targetRuntimeMinutes, Currency currency, ExchangeRates exchangeRates, LocalDate startDate,
            Set<DayOfWeek> workingDays, List<LocalDate> holidays, double contingencyPercent,
            List<String> dubbingLanguages, List<String> subtitleLanguages, int festivalSubmissions, List<Scene> scenes,
            Map<StageId, StagePlan> stages, List<StageDependency> dependencies, PayModel payModel) {
        this(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates, startDate,
                workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages, festivalSubmissions,
                scenes, stages, dependencies, payModel, "", "");
    }

    /** A production with everyone paid ({@link PayModel#ALL_PAID}). */
    public Production(ProductionId id, String title, String logline, Genre genre, VisualStyle visualStyle,
            double targetRuntimeMinutes, Currency currency, ExchangeRates exchangeRates, LocalDate startDate,
            Set<DayOfWeek> workingDays, List<LocalDate> holidays, double contingencyPercent,
            List<String> dubbingLanguages, List<String> subtitleLanguages, int festivalSubmissions, List<Scene> scenes,
            Map<StageId, StagePlan> stages, List<StageDependency> dependencies) {
        this(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates, startDate,
                workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages, festivalSubmissions,
                scenes, stages, dependencies, PayModel.ALL_PAID);
    }

    /** How a category's costs in a stage are met: the stage's own term, else the production's pay model. */
    public PayTerm payTerm(StageId stage, PayCategory category) {
        return stages.get(stage).payTerms().override(category).orElseGet(() -> payModel.term(category));
    }

    /** An empty production to start from: a 10-minute drama in US dollars, starting on the given date. */
    public static Production blank(String title, LocalDate startDate) {
        Currency usd = Currency.getInstance("USD");
        return new Production(ProductionId.random(), title, "", Genre.DRAMA, VisualStyle.REALISTIC_LIVE_ACTION, 10,
                usd, ExchangeRates.none(usd), startDate, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(), 10, List.of(), List.of(), 0, List.of(), Map.of(), null);
    }

    public StagePlan stage(StageId stage) {
        return stages.get(stage);
    }

    public int shotCount() {
        int n = 0;
        for (Scene s : scenes) {
            n += s.shots().size();
        }
        return n;
    }

    public Optional<Scene> scene(SceneId sceneId) {
        return scenes.stream().filter(s -> s.id().equals(sceneId)).findFirst();
    }

    /** The scene holding the shot, if any. */
    public Optional<Scene> sceneOf(ShotId shotId) {
        return Optional.ofNullable(((SceneList) scenes).sceneOf(shotId));
    }

    /** The same production under another identity: a copy kept beside the original. */
    public Production withId(ProductionId value) {
        return new Production(value, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withTitle(String value) {
        return new Production(id, value, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withLogline(String value) {
        return new Production(id, title, value, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withGenre(Genre value) {
        return new Production(id, title, logline, value, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withVisualStyle(VisualStyle value) {
        return new Production(id, title, logline, genre, value, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withTargetRuntimeMinutes(double value) {
        return new Production(id, title, logline, genre, visualStyle, value, currency, exchangeRates, startDate,
                workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages, festivalSubmissions,
                scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withCurrency(Currency value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, value,
                exchangeRates.withBase(value), startDate, workingDays, holidays, contingencyPercent, dubbingLanguages,
                subtitleLanguages, festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withExchangeRates(ExchangeRates value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, value,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withStartDate(LocalDate value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                value, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withWorkingDays(Set<DayOfWeek> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, value, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withHolidays(List<LocalDate> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, value, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withContingencyPercent(double value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, value, dubbingLanguages, subtitleLanguages, festivalSubmissions,
                scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withDubbingLanguages(List<String> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, value, subtitleLanguages, festivalSubmissions,
                scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withSubtitleLanguages(List<String> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, value, festivalSubmissions,
                scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withFestivalSubmissions(int value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages, value,
                scenes, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withScenes(List<Scene> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, value, stages, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    /**
     * Replaces the scene with the same id. Costs O(scene) plus a copy of the scene references, not O(all shots): only
     * the new scene is checked against the others (see {@link SceneList#replace}).
     */
    public Production withScene(Scene replacement) {
        SceneList list = (SceneList) scenes;
        int index = list.indexOf(replacement.id());
        if (index < 0) {
            throw new IllegalArgumentException("Production has no scene " + replacement.id());
        }
        SceneList changed = list.replace(index, replacement);
        if (changed == null) {
            // A number or a shot clashes: the full check reports it exactly as it always has.
            List<Scene> copy = new ArrayList<>(list);
            copy.set(index, replacement);
            return withScenes(copy);
        }
        return withScenes(changed);
    }

    /** Replaces the shot with the same id, wherever it is (found by the shot index: O(scene)). */
    public Production withShot(Shot replacement) {
        Scene scene = sceneOf(replacement.id()).orElseThrow(
                () -> new IllegalArgumentException("Production has no shot " + replacement.id()));
        return withScene(scene.withShot(replacement));
    }

    public Production withDependencies(List<StageDependency> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, value, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withStage(StagePlan plan) {
        EnumMap<StageId, StagePlan> copy = new EnumMap<>(stages);
        copy.put(plan.stage(), plan);
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, copy, dependencies, payModel, author, draftDate, disclosure, shootPlan);
    }

    public Production withPayModel(PayModel value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, value, author, draftDate, disclosure, shootPlan);
    }

    /** The writer as the title page names them; empty for none. */
    public Production withAuthor(String value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, value, draftDate, disclosure, shootPlan);
    }

    /** The draft date as the title page writes it ("December 27, 2025", "Second draft"); empty for none. */
    public Production withDraftDate(String value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, value, disclosure, shootPlan);
    }

    /** The AI usage register and consents (issue 16). */
    public Production withDisclosure(Disclosure value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, value, shootPlan);
    }

    /** The shoot day by day: cast, crew and the arranged stripboard (issue 17). */
    public Production withShootPlan(ShootPlan value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate, disclosure, value);
    }

    /**
     * Start dates and holidays a plan can use. The scheduler adds working days to the start date, and a schedule
     * (the longest stage plans on a one-day working week) can span centuries: from a start within these years
     * its end stays well inside the years that every date format, the printed plan and LocalDate arithmetic handle
     * (four-digit years), while a start near LocalDate's end (+999999999) made schedule and export-pdf fail. No real
     * plan starts before 1900 or more than a lifetime ahead.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    private static void plannable(LocalDate date, String field) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw Checks.fail(SUBJECT, field, "production.dateOutOfRange", Checks.field(field), EARLIEST_DATE,
                    LATEST_DATE, date);
        }
    }

    private static List<String> languages(Collection<String> tags, String field) {
        List<String> result = new ArrayList<>();
        for (String tag : Checks.list(tags, SUBJECT, field)) {
            String t = tag.strip();
            try {
                Locale locale = new Locale.Builder().setLanguageTag(t).build();
                if (locale.getLanguage().isEmpty()) {
                    throw new IllformedLocaleException("no language");
                }
                String normalised = locale.toLanguageTag();
                if (!result.contains(normalised)) {
                    result.add(normalised);
                }
            } catch (IllformedLocaleException e) {
                throw Checks.fail(SUBJECT, field, "production.notALanguage", Checks.field(field), tag);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The production's scenes, checked: scene numbers unique (ignoring case), no shot in two scenes. Immutable. It
     * keeps where each shot is (shot id to scene position), so finding a shot's scene and checking an edited scene
     * against the others cost O(scene), not O(all shots): at 10,000 shots the whole check took longer than the
     * estimate after the edit.
     */
    private static final class SceneList extends AbstractList<Scene> implements RandomAccess {
        private final Scene[] scenes;
        private final ShotIndex index;

        private SceneList(Scene[] scenes, ShotIndex index) {
            this.scenes = scenes;
            this.index = index;
        }

        /** Checks every scene against every other, as a new production's scenes always were. */
        static SceneList checked(List<Scene> scenes) {
            Set<String> numbers = new HashSet<>();
            Set<SceneId> ids = new HashSet<>();
            Map<ShotId, Integer> owners = new HashMap<>();
            for (int i = 0; i < scenes.size(); i++) {
                Scene scene = scenes.get(i);
                if (!numbers.add(scene.number().toUpperCase(Locale.ROOT))) {
                    throw Checks.fail(SUBJECT, "scenes", "production.sceneNumberTwice", scene.number());
                }
                // Scene ids key the workspace's rows (and withScene finds a scene by id): one id, one scene.
                if (!ids.add(scene.id())) {
                    throw Checks.fail(Checks.subject("scene", scene.number()), "scenes", "production.sceneIdTwice",
                            scene.id().toString());
                }
                for (Shot shot : scene.shots()) {
                    if (owners.putIfAbsent(shot.id(), i) != null) {
                        throw Checks.fail(Checks.subject("scene", scene.number()), "scenes",
                                "production.shotInTwoScenes", shot.number());
                    }
                }
            }
            return new SceneList(scenes.toArray(new Scene[0]), new ShotIndex(owners, Map.of()));
        }

        /**
         * This list with scene {@code i} replaced, checked; {@code null} when the new scene may clash with another
         * (then the caller runs the full check, which reports the clash as before). Checking only the new scene is
         * enough: the other scenes were checked against each other when this list was made and have not changed;
         * the new scene checked its own shots (Scene's constructor), so the only pairs left are (new scene, other
         * scene) — its number against theirs when the number changed, and each shot id it did not have before
         * against the index. Ids it keeps were in no other scene, ids it drops free themselves.
         */
        SceneList replace(int i, Scene replacement) {
            Scene old = scenes[i];
            String number = replacement.number().toUpperCase(Locale.ROOT);
            if (!number.equals(old.number().toUpperCase(Locale.ROOT))) {
                for (int j = 0; j < scenes.length; j++) {
                    if (j != i && scenes[j].number().toUpperCase(Locale.ROOT).equals(number)) {
                        return null;
                    }
                }
            }
            Map<ShotId, Integer> changes = Map.of();
            if (old.shots() != replacement.shots()) {
                Set<ShotId> dropped = new HashSet<>();
                for (Shot shot : old.shots()) {
                    dropped.add(shot.id());
                }
                for (Shot shot : replacement.shots()) {
                    if (!dropped.remove(shot.id())) {
                        Integer owner = index.get(shot.id());
                        if (owner != null && owner != i) {
                            return null;
                        }
                        changes = changes.isEmpty() ? new HashMap<>() : changes;
                        changes.put(shot.id(), i);
                    }
                }
                for (ShotId id : dropped) {
                    changes = changes.isEmpty() ? new HashMap<>() : changes;
                    changes.put(id, ShotIndex.NONE);
                }
            }
            Scene[] copy = scenes.clone();
            copy[i] = replacement;
            return new SceneList(copy, changes.isEmpty() ? index : index.with(changes, copy));
        }

        /** Position of the first scene with this id, or -1. */
        int indexOf(SceneId id) {
            for (int i = 0; i < scenes.length; i++) {
                if (scenes[i].id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        Scene sceneOf(ShotId id) {
            Integer at = index.get(id);
            return at == null ? null : scenes[at];
        }

        @Override
        public Scene get(int i) {
            return scenes[i];
        }

        @Override
        public int size() {
            return scenes.length;
        }

        /** Equal scenes in the same order; unchanged scenes (the same objects) compare without a look inside. */
        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof SceneList other)) {
                return super.equals(o);
            }
            if (other.scenes.length != scenes.length) {
                return false;
            }
            for (int i = 0; i < scenes.length; i++) {
                if (scenes[i] != other.scenes[i] && !scenes[i].equals(other.scenes[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /**
     * Shot id to the position of its scene, persistent: a change makes a new index sharing the old one's table plus
     * a small table of changes; when the changes grow past a sixteenth of the shots the table is built afresh, so a
     * change costs O(changed shots) amortised.
     */
    private static final class ShotIndex {
        static final Integer NONE = -1;

        private final Map<ShotId, Integer> base;
        private final Map<ShotId, Integer> changes;

        ShotIndex(Map<ShotId, Integer> base, Map<ShotId, Integer> changes) {
            this.base = base;
            this.changes = changes;
        }

        Integer get(ShotId id) {
            Integer at = changes.get(id);
            if (at != null) {
                return at < 0 ? null : at;
            }
            return base.get(id);
        }

        ShotIndex with(Map<ShotId, Integer> more, Scene[] scenes) {
            if (changes.size() + more.size() > Math.max(64, base.size() / 16)) {
                Map<ShotId, Integer> fresh = new HashMap<>();
                for (int i = 0; i < scenes.length; i++) {
                    for (Shot shot : scenes[i].shots()) {
                        fresh.put(shot.id(), i);
                    }
                }
                return new ShotIndex(fresh, Map.of());
            }
            Map<ShotId, Integer> merged = new HashMap<>(changes);
            merged.putAll(more);
            return new ShotIndex(base, merged);
        }
    }
}
