package org.reelwright.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 */
public record Production(ProductionId id, String title, String logline, Genre genre, VisualStyle visualStyle,
        double targetRuntimeMinutes, Currency currency, ExchangeRates exchangeRates, LocalDate startDate,
        Set<DayOfWeek> workingDays, List<LocalDate> holidays, double contingencyPercent,
        List<String> dubbingLanguages, List<String> subtitleLanguages, int festivalSubmissions, List<Scene> scenes,
        Map<StageId, StagePlan> stages, List<StageDependency> dependencies, PayModel payModel, String author,
        String draftDate) {

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
        if (workingDays == null || workingDays.isEmpty()) {
            throw Checks.fail(SUBJECT, "workingDays", "production.noWorkingDay");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = List.copyOf(new TreeSet<>(Checks.list(holidays, SUBJECT, "holidays")));
        Checks.between(contingencyPercent, 0, 100, SUBJECT, "contingencyPercent", "percent");
        dubbingLanguages = languages(dubbingLanguages, "dubbingLanguages");
        subtitleLanguages = languages(subtitleLanguages, "subtitleLanguages");
        Checks.between(festivalSubmissions, 0, 1000, SUBJECT, "festivalSubmissions");
        scenes = Checks.list(scenes, SUBJECT, "scenes");
        Set<String> numbers = new HashSet<>();
        Set<ShotId> shotIds = new HashSet<>();
        for (Scene scene : scenes) {
            if (!numbers.add(scene.number().toUpperCase(Locale.ROOT))) {
                throw Checks.fail(SUBJECT, "scenes", "production.sceneNumberTwice", scene.number());
            }
            for (Shot shot : scene.shots()) {
                if (!shotIds.add(shot.id())) {
                    throw Checks.fail(Checks.subject("scene", scene.number()), "scenes", "production.shotInTwoScenes",
                            shot.number());
                }
            }
        }
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
        return scenes.stream().filter(s -> s.shot(shotId).isPresent()).findFirst();
    }

    /** The same production under another identity: a copy kept beside the original. */
    public Production withId(ProductionId value) {
        return new Production(value, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withTitle(String value) {
        return new Production(id, value, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withLogline(String value) {
        return new Production(id, title, value, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withGenre(Genre value) {
        return new Production(id, title, logline, value, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withVisualStyle(VisualStyle value) {
        return new Production(id, title, logline, genre, value, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withTargetRuntimeMinutes(double value) {
        return new Production(id, title, logline, genre, visualStyle, value, currency, exchangeRates, startDate,
                workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages, festivalSubmissions,
                scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withCurrency(Currency value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, value,
                exchangeRates.withBase(value), startDate, workingDays, holidays, contingencyPercent, dubbingLanguages,
                subtitleLanguages, festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withExchangeRates(ExchangeRates value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, value,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withStartDate(LocalDate value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                value, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withWorkingDays(Set<DayOfWeek> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, value, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withHolidays(List<LocalDate> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, value, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withContingencyPercent(double value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, value, dubbingLanguages, subtitleLanguages, festivalSubmissions,
                scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withDubbingLanguages(List<String> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, value, subtitleLanguages, festivalSubmissions,
                scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withSubtitleLanguages(List<String> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, value, festivalSubmissions,
                scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withFestivalSubmissions(int value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages, value,
                scenes, stages, dependencies, payModel, author, draftDate);
    }

    public Production withScenes(List<Scene> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, value, stages, dependencies, payModel, author, draftDate);
    }

    /** Replaces the scene with the same id. */
    public Production withScene(Scene replacement) {
        List<Scene> copy = new ArrayList<>(scenes);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(replacement.id())) {
                copy.set(i, replacement);
                return withScenes(copy);
            }
        }
        throw new IllegalArgumentException("Production has no scene " + replacement.id());
    }

    /** Replaces the shot with the same id, wherever it is. */
    public Production withShot(Shot replacement) {
        Scene scene = sceneOf(replacement.id()).orElseThrow(
                () -> new IllegalArgumentException("Production has no shot " + replacement.id()));
        return withScene(scene.withShot(replacement));
    }

    public Production withDependencies(List<StageDependency> value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, value, payModel, author, draftDate);
    }

    public Production withStage(StagePlan plan) {
        EnumMap<StageId, StagePlan> copy = new EnumMap<>(stages);
        copy.put(plan.stage(), plan);
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, copy, dependencies, payModel, author, draftDate);
    }

    public Production withPayModel(PayModel value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, value, author, draftDate);
    }

    /** The writer as the title page names them; empty for none. */
    public Production withAuthor(String value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, value, draftDate);
    }

    /** The draft date as the title page writes it ("December 27, 2025", "Second draft"); empty for none. */
    public Production withDraftDate(String value) {
        return new Production(id, title, logline, genre, visualStyle, targetRuntimeMinutes, currency, exchangeRates,
                startDate, workingDays, holidays, contingencyPercent, dubbingLanguages, subtitleLanguages,
                festivalSubmissions, scenes, stages, dependencies, payModel, author, value);
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
}
