package org.reelwright.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.reelwright.domain.AiContribution;
import org.reelwright.domain.AiUses;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Phase;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotDisclosureMap;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.StageId;
import org.reelwright.domain.VisualStyle;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.StageLine;
import org.reelwright.report.DisclosureProfile.Answer;
import org.reelwright.report.DisclosureProfile.Requirement;

/**
 * Writes a profile's statement from the register (issue 16, item 4). Every answer names AI uses only: a stage
 * planned traditionally is never named (what people did is said in the director's own words per use, and as "the
 * rest was made without AI"). The generated shots of one tool are one use, named with their shot numbers, so a
 * statement stays readable at hundreds of AI shots. Words from {@code org.reelwright.report.messages}
 * ({@code disclosure.*}); the profile gives the questions and the label templates.
 */
public final class DisclosureStatements {
    private final Locale locale;
    private final ResourceBundle words;
    private final DateTimeFormatter dates;

    public DisclosureStatements(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("org.reelwright.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /**
     * The statement for a production whose register is reconciled with its plan.
     *
     * @param estimate the current plan's estimate, for the budget answer; null leaves that answer unestimated
     */
    public DisclosureStatement statement(Production p, DisclosureProfile profile, Estimate estimate) {
        List<Use> uses = uses(p);
        List<DisclosureStatement.Part> parts = new ArrayList<>();
        for (Requirement r : profile.requirements()) {
            List<String> sources = r.sources().stream().map(id -> source(profile.source(id))).toList();
            parts.add(new DisclosureStatement.Part(r.text(locale), answer(r, p, uses, estimate), sources));
        }
        return new DisclosureStatement(profile.id(), text("disclosure.statementTitle", profile.name(locale),
                p.title()), profile.intro(locale), parts);
    }

    /** "Title — address (read 2 Dec 2026, medium)". */
    public String source(DisclosureProfile.ProfileSource s) {
        String confidence = words.containsKey("disclosure.confidence." + s.confidence())
                ? text("disclosure.confidence." + s.confidence()) : s.confidence();
        return text("disclosure.source", s.title(), s.address(), dates.format(s.read()), confidence);
    }

    /** One AI use as the statement names it: a stage, or the generated shots of one tool. */
    record Use(StageId stage, String name, List<DisclosureEntry> entries) {
        DisclosureEntry first() {
            return entries.get(0);
        }
    }

    /** The uses the plan has now (entries marked unused are not in the film and are not disclosed). */
    List<Use> uses(Production p) {
        Map<ShotId, String> numbers = shotNumbers(p);
        List<Use> uses = new ArrayList<>();
        Map<List<Object>, List<DisclosureEntry>> shotGroups = new LinkedHashMap<>();
        for (DisclosureEntry e : p.disclosure().entries()) {
            if (!e.inPlan()) {
                continue;
            }
            if (e.key().isShot()) {
                shotGroups.computeIfAbsent(List.of(e.stage(), e.tool(), e.vendor(), e.model(), e.modelVersion(),
                        e.licenceTier(), e.commercialUse()), k -> new ArrayList<>()).add(e);
            } else {
                uses.add(new Use(e.stage(), stageName(e.stage()), List.of(e)));
            }
        }
        for (List<DisclosureEntry> group : shotGroups.values()) {
            String shots = group.stream().map(e -> numbers.getOrDefault(e.key().shot(), "?"))
                    .collect(Collectors.joining(", "));
            uses.add(new Use(group.get(0).stage(), text("disclosure.use.shots", stageName(group.get(0).stage()),
                    group.size(), shots), group));
        }
        uses.sort((a, b) -> Integer.compare(a.stage().ordinal(), b.stage().ordinal()));
        return uses;
    }

    private String answer(Requirement r, Production p, List<Use> uses, Estimate estimate) {
        if (uses.isEmpty() && r.answer() != Answer.IMPLICIT_LABEL) {
            return text("disclosure.noAi");
        }
        return switch (r.answer()) {
            case USES_BY_PHASE -> byPhase(uses);
            case HUMAN_WORK -> humanWork(uses);
            case TOOLS -> lines(uses, u -> tool(u.first()));
            case TRAINING_DATA -> lines(uses, u -> u.first().trainingDataKnown()
                    ? text("disclosure.training.known", blankAs(u.first().trainingDataAddress()))
                    : text("disclosure.training.unknown"));
            case OWNERSHIP -> lines(uses, u -> blankAs(u.first().outputOwnership()));
            case SELECTION -> lines(uses, u -> u.first().promptedBy().isEmpty() && u.first().selectedBy().isEmpty()
                    ? text("disclosure.notRecorded") : text("disclosure.selection", blankAs(u.first().promptedBy()),
                            blankAs(u.first().selectedBy())));
            case AUDIENCE -> text("disclosure.audience", label(r, p, uses));
            case BUDGET -> budget(uses, estimate, p);
            case CONSENTS -> consents(p);
            case EXPLICIT_LABEL -> label(r, p, uses);
            case IMPLICIT_LABEL -> text("disclosure.implicit", p.title(), p.id().toString(),
                    uses.isEmpty() ? text("disclosure.implicit.none") : text("disclosure.implicit.aigc"));
            case DEEPFAKE_SHOTS -> deepFakes(r, p);
        };
    }

    private String byPhase(List<Use> uses) {
        Map<Phase, List<String>> phases = new LinkedHashMap<>();
        for (Use u : uses) {
            phases.computeIfAbsent(u.stage().phase(), k -> new ArrayList<>()).add(text("disclosure.use",
                    u.name(), name(u.first().contribution())));
        }
        return phases.entrySet().stream().map(e -> text("disclosure.phase", text("disclosure.phase." + e.getKey().id()),
                String.join("; ", e.getValue()))).collect(Collectors.joining("\n"));
    }

    private String humanWork(List<Use> uses) {
        List<String> lines = new ArrayList<>();
        for (Use u : uses) {
            String own = u.first().humanContribution();
            lines.add(text("disclosure.line", u.name(), own.isEmpty() ? text("disclosure.notRecorded") : own));
        }
        lines.add(text("disclosure.restHuman"));
        return String.join("\n", lines);
    }

    private String tool(DisclosureEntry e) {
        if (e.tool().isEmpty()) {
            return text("disclosure.notRecorded");
        }
        String model = (e.model() + " " + e.modelVersion()).strip();
        return text("disclosure.tool", e.tool(), blankAs(e.vendor()), blankAs(model), blankAs(e.licenceTier()),
                name(e.commercialUse()));
    }

    private String lines(List<Use> uses, java.util.function.Function<Use, String> answer) {
        return uses.stream().map(u -> text("disclosure.line", u.name(), answer.apply(u)))
                .collect(Collectors.joining("\n"));
    }

    private String label(Requirement r, Production p, List<Use> uses) {
        String template = r.template(locale);
        if (template.isEmpty()) {
            template = text("disclosure.defaultLabel");
        }
        String named = uses.stream().map(Use::name).collect(Collectors.joining(text("disclosure.listSeparator")));
        return new MessageFormat(template, locale).format(new Object[] {named, p.title()});
    }

    private String budget(List<Use> uses, Estimate estimate, Production p) {
        if (estimate == null) {
            return text("disclosure.budget.unknown");
        }
        BigDecimal ai = BigDecimal.ZERO;
        List<String> named = new ArrayList<>();
        for (Use u : uses) {
            StageLine line = estimate.lines().stream().filter(l -> l.stage() == u.stage()).findFirst().orElse(null);
            if (line != null && !named.contains(stageName(u.stage()))) {
                ai = ai.add(line.cost().likely());
                named.add(stageName(u.stage()));
            }
        }
        BigDecimal total = estimate.subtotal().likely();
        double share = total.signum() == 0 ? 0 : ai.divide(total, 4, RoundingMode.HALF_EVEN).doubleValue();
        return text("disclosure.budget", java.text.NumberFormat.getIntegerInstance(locale).format(
                ai.setScale(0, RoundingMode.HALF_EVEN)), p.currency().getCurrencyCode(), share,
                String.join(text("disclosure.listSeparator"), named));
    }

    private String consents(Production p) {
        boolean vfxByAi = AiUses.vfxByAi(p);
        List<String> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Scene scene : p.scenes()) {
            for (Shot shot : scene.shots()) {
                if (AiUses.needsConsent(shot, vfxByAi, p.disclosure()) && p.disclosure().consentsFor(shot.id())
                        .stream().noneMatch(ConsentRecord::isSigned)) {
                    missing.add(shot.number());
                }
            }
        }
        for (ConsentRecord c : p.disclosure().consents()) {
            lines.add(text("disclosure.consent", c.person(), c.isSigned() ? dates.format(c.signedOn())
                    : text("disclosure.unsigned"), blankAs(c.scope()), blankAs(c.media()), blankAs(c.territories()),
                    blankAs(c.documentReference())));
        }
        if (!missing.isEmpty()) {
            lines.add(text("disclosure.consent.missing", String.join(", ", missing)));
        }
        return lines.isEmpty() ? text("disclosure.consent.none") : String.join("\n", lines);
    }

    /**
     * Shots that could pass as real (Art. 3(60)): AI-touched shots with realistic faces, and generated shots of a
     * realistic live-action film. Each with its timecode range from the shot map.
     */
    private String deepFakes(Requirement r, Production p) {
        ShotDisclosureMap map = ShotDisclosureMap.of(p);
        boolean realistic = p.visualStyle() == VisualStyle.REALISTIC_LIVE_ACTION;
        List<String> shots = new ArrayList<>();
        for (ShotDisclosureMap.Row row : map.rows()) {
            if (row.contribution() != AiContribution.NONE && (row.realisticFaces()
                    || (realistic && row.contribution() == AiContribution.GENERATED))) {
                shots.add(text("disclosure.deepfake.shot", row.shotNumber(), row.startTimecode(), row.endTimecode(),
                        name(row.contribution())));
            }
        }
        if (shots.isEmpty()) {
            return text("disclosure.deepfake.none");
        }
        String template = r.template(locale);
        String advice = template.isEmpty() ? "" : "\n" + new MessageFormat(template, locale).format(
                new Object[] {shots.size(), p.title()});
        return String.join("\n", shots) + advice;
    }

    private static Map<ShotId, String> shotNumbers(Production p) {
        Map<ShotId, String> numbers = new HashMap<>(p.shotCount() * 2);
        for (Scene scene : p.scenes()) {
            for (Shot shot : scene.shots()) {
                numbers.put(shot.id(), shot.number());
            }
        }
        return numbers;
    }

    String stageName(StageId stage) {
        return name(stage);
    }

    private String blankAs(String value) {
        return value == null || value.isBlank() ? text("disclosure.notRecorded") : value;
    }

    private <E extends Enum<E> & CodedEnum> String name(E value) {
        return text(value.getDeclaringClass().getSimpleName() + "." + value.id());
    }

    private String text(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
