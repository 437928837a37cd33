package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.benchmark.Rule;
import org.reelwright.benchmark.Source;
import java.time.LocalDate;
import java.util.function.Function;
import org.reelwright.domain.AiUseKey;
import org.reelwright.domain.AiUses;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.CommercialUse;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Likeness;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Scene;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.VisualStyle;
import org.reelwright.domain.Workflow;

/**
 * The risk and suitability flags of ESTIMATION.md, evaluated on a (scenario-transformed) production and its stage
 * lines. Each flag cites what it rests on, resolved from the library: a rule (whose sources are the articles) or a
 * source directly.
 */
final class RiskRules {
    /** What each flag rests on: rule ids (A…) or source ids of the library. */
    static final Map<FlagCode, List<String>> REFERENCES = new EnumMap<>(Map.ofEntries(
            Map.entry(FlagCode.UNCANNY_VALLEY, List.of("ai-video-creator-essay")),
            Map.entry(FlagCode.AI_COMPLEX_ANIMATED_VFX, List.of("A3")),
            Map.entry(FlagCode.AI_CAMERA_MOVE, List.of("A8")),
            Map.entry(FlagCode.AI_REALISTIC_DRAMA_COST, List.of("A5")),
            Map.entry(FlagCode.AI_DISCLOSURE, List.of("china-ai-labeling-measures-2025")),
            Map.entry(FlagCode.AI_IP_OWNERSHIP, List.of("filmart-2025-chen", "usco-2025-copyrightability")),
            Map.entry(FlagCode.AI_DIRECTOR_VISION, List.of("A10")),
            Map.entry(FlagCode.AI_TEAM, List.of("A9")),
            Map.entry(FlagCode.AI_LIKENESS_CONSENT, List.of("usco-2024-digital-replicas")),
            Map.entry(FlagCode.AI_CONSENT_MISSING, List.of("usco-2024-digital-replicas")),
            Map.entry(FlagCode.AI_CONSENT_LATE, List.of("usco-2024-digital-replicas")),
            Map.entry(FlagCode.AI_RIGHTS_UNCLEAR, List.of("filmart-2025-chen", "usco-2025-copyrightability"))));

    private final BenchmarkLibrary library;
    private final EstimateMessages text;
    /** Citations by flag: the library does not change under a RiskRules, and a flag of every AI shot cites it. */
    private final Map<FlagCode, String> citations = new java.util.concurrent.ConcurrentHashMap<>();

    RiskRules(BenchmarkLibrary library, EstimateMessages text) {
        this.library = library;
        this.text = text;
    }

    /**
     * @param liveCostOfAiShots what shooting the AI shots live (with their VFX) would cost, likely value, for R4
     */
    List<RiskFlag> evaluate(Production p, Map<StageId, StageLine> lines, Drivers d, BigDecimal liveCostOfAiShots,
            List<String> missingRates, List<StageId> missingStages, Function<StageId, BigDecimal> traditionalCost) {
        boolean animatedProduction = Scenarios.isAnimated(p);
        List<RiskFlag> shotFlags = new ArrayList<>();
        List<RiskFlag> consentFlags = new ArrayList<>();
        boolean liveFaces = liveFacesNeedConsent(p);
        for (Scene scene : p.scenes()) {
            List<RiskFlag> sceneFlags = shotFlags(scene, animatedProduction);
            shotFlags.addAll(sceneFlags);
            consentFlags.addAll(consentFlags(scene, sceneFlags, p.disclosure(), liveFaces));
        }
        return evaluate(p, shotFlags, consentFlags, lines, d, liveCostOfAiShots, missingRates, missingStages,
                traditionalCost);
    }

    /**
     * The flags of one scene's shots (R1 uncanny valley, R2/A3 complex VFX by AI, A8 camera move), in shot order.
     * They depend on the scene object and whether the production is animated only, so they can be kept per scene.
     */
    List<RiskFlag> shotFlags(Scene scene, boolean animatedProduction) {
        List<RiskFlag> flags = null;
        for (Shot shot : scene.shots()) {
            if (!shot.isAiGenerated()) {
                continue; // every shot rule is about an AI-generated shot
            }
            boolean uncanny = shot.realisticFaces();
            boolean complexVfx = shot.vfx() == VfxLevel.COMPLEX;
            boolean cameraMove = shot.movement() == CameraMovement.COMPLEX && shot.method() != ProductionMethod.AI_3D;
            if (!uncanny && !complexVfx && !cameraMove) {
                continue;
            }
            if (flags == null) {
                flags = new ArrayList<>();
            }
            String subject = text.get("subject.shot", shot.number(), scene.number());
            String id = shot.id().toString();
            if (uncanny) {
                flags.add(flag(FlagCode.UNCANNY_VALLEY, Severity.HIGH, subject, id, "flag.uncanny-valley"));
            }
            // A3 is about complex effects done with AI. An AI VFX stage keeps complex shots with its artists
            // (StageFormulas.vfxAi), so only a complex VFX shot that is itself generated by AI is flagged.
            if (complexVfx) {
                flags.add(flag(FlagCode.AI_COMPLEX_ANIMATED_VFX, animatedProduction ? Severity.HIGH
                        : Severity.MEDIUM, subject, id, "flag.ai-complex-animated-vfx"));
            }
            if (cameraMove) {
                flags.add(flag(FlagCode.AI_CAMERA_MOVE, Severity.MEDIUM, subject, id, "flag.ai-camera-move"));
            }
        }
        return flags == null ? List.of() : List.copyOf(flags);
    }

    /**
     * The flags with the shots' flags already made ({@link #shotFlags}, every scene's in scene order): the
     * production's and the stages' rules read the plan's stages, the lines and the drivers, not its shots.
     */
    List<RiskFlag> evaluate(Production p, List<RiskFlag> shotFlags, List<RiskFlag> consentFlags,
            Map<StageId, StageLine> lines, Drivers d,
            BigDecimal liveCostOfAiShots, List<String> missingRates, List<StageId> missingStages,
            Function<StageId, BigDecimal> traditionalCost) {
        List<RiskFlag> flags = new ArrayList<>(shotFlags);
        String production = text.get("subject.production");
        String productionId = p.id().toString();
        StageLine generation = lines.get(StageId.GENERATION);
        if (p.visualStyle() == VisualStyle.REALISTIC_LIVE_ACTION && d.aiSeconds() > 0 && generation != null
                && generation.cost().likely().compareTo(liveCostOfAiShots) > 0) {
            flags.add(flag(FlagCode.AI_REALISTIC_DRAMA_COST, Severity.MEDIUM, stageSubject(StageId.GENERATION),
                    StageId.GENERATION.id(), "flag.ai-realistic-drama-cost",
                    Calc.number(generation.cost().likely()), Calc.number(liveCostOfAiShots),
                    p.currency().getCurrencyCode()));
        }
        List<StageId> aiStages = aiStages(p, d);
        if (!aiStages.isEmpty() || d.aiSeconds() > 0) {
            flags.add(flag(FlagCode.AI_DISCLOSURE, Severity.INFO, production, productionId, "flag.ai-disclosure"));
        }
        if (d.aiSeconds() > 0) {
            flags.add(ownership(StageId.GENERATION, "flag.ai-ip-ownership.picture"));
        }
        if (aiStages.contains(StageId.VOICE) && d.dubbingLanguages() > 0) {
            flags.add(ownership(StageId.VOICE, "flag.ai-ip-ownership.voice"));
        }
        if (aiStages.contains(StageId.MUSIC)) {
            flags.add(ownership(StageId.MUSIC, "flag.ai-ip-ownership.music"));
        }
        for (StageId stage : aiStages) {
            StagePlan plan = p.stage(stage);
            StageLine line = lines.get(stage);
            if (plan.workflow() == Workflow.AI && plan.iterationAllowance() == 0 && line != null
                    && !line.cost().isZero()) {
                flags.add(flag(FlagCode.AI_DIRECTOR_VISION, Severity.LOW, stageSubject(stage),
                        stage.id(), "flag.ai-director-vision"));
            }
            if (plan.realPerformerLikeness() && (stage == StageId.VOICE || stage == StageId.GENERATION)
                    && !consentRecorded(p.disclosure(), stage)) {
                flags.add(flag(FlagCode.AI_LIKENESS_CONSENT, Severity.HIGH, stageSubject(stage),
                        stage.id(), "flag.ai-likeness-consent"));
            }
        }
        if (aiStages.size() >= 3 && aiStages.stream().allMatch(s -> p.stage(s).teamSize() == 1)) {
            flags.add(flag(FlagCode.AI_TEAM, Severity.LOW, production, productionId, "flag.ai-team",
                    aiStages.size()));
        }
        flags.addAll(consentFlags);
        voiceConsentFlags(p, aiStages, traditionalCost, flags);
        rightsFlags(p, aiStages, liveCostOfAiShots, traditionalCost, flags);
        for (int i = 0; i < missingRates.size(); i++) {
            StageId stage = missingStages.get(i);
            flags.add(new RiskFlag(FlagCode.MISSING_RATE, Severity.HIGH, stageSubject(stage),
                    stage.id(), text.get("flag.missing-rate", missingRates.get(i)), "—"));
        }
        return flags;
    }

    /** True when a signed consent covers AI work of this stage: voice work, or any shot for generation. */
    private static boolean consentRecorded(Disclosure disclosure, StageId stage) {
        return disclosure.consents().stream().anyMatch(c -> c.isSigned()
                && (stage == StageId.VOICE ? c.voice() : !c.shots().isEmpty()));
    }

    /**
     * True when the register's VFX entry says the AI effects work touches a real person, and the VFX stage uses AI:
     * then the live face shots with effects need consents too.
     */
    static boolean liveFacesNeedConsent(Production plan) {
        if (plan.stage(StageId.VFX).workflow() == Workflow.TRADITIONAL) {
            return false;
        }
        return plan.disclosure().entry(AiUseKey.ofStage(StageId.VFX)).map(e -> e.likeness() == Likeness.REAL_PERSON)
                .orElse(false);
    }

    /**
     * The consent flags of one scene's shots, in shot order (issue 16): every shot where AI makes or changes a
     * realistic face needs a signed consent that names it, signed no later than the AI work is planned, unless the
     * register says the people are invented ({@link AiUses#needsConsent}): a generated face shot (one R1 flagged, in
     * {@code sceneShotFlags}) and, when {@code liveFaces}, a live face shot with effects. Depends only on the
     * planned scene, its shot flags, the register and {@code liveFaces}, so it can be kept per scene while the
     * register is the same object (a shot edit never changes it).
     */
    List<RiskFlag> consentFlags(Scene planScene, List<RiskFlag> sceneShotFlags, Disclosure register,
            boolean liveFaces) {
        List<RiskFlag> flags = null;
        for (RiskFlag flag : sceneShotFlags) {
            if (flag.code() == FlagCode.UNCANNY_VALLEY) {
                ShotId shot = ShotId.parse(flag.subjectId());
                DisclosureEntry entry = register.entry(AiUseKey.ofShot(StageId.GENERATION, shot)).orElse(null);
                if (entry == null || !entry.likeness().needsNoConsent()) {
                    flags = checkConsent(register, shot, entry, flag.subject(), flags);
                }
            }
        }
        if (liveFaces) {
            DisclosureEntry vfx = register.entry(AiUseKey.ofStage(StageId.VFX)).orElse(null);
            for (Shot shot : planScene.shots()) {
                if (!shot.isAiGenerated() && AiUses.needsConsent(shot, true, register)) {
                    flags = checkConsent(register, shot.id(), vfx, text.get("subject.shot", shot.number(),
                            planScene.number()), flags);
                }
            }
        }
        return flags == null ? List.of() : List.copyOf(flags);
    }

    /**
     * AI voice of a real performer needs a signed voice consent; a missing one shows its fallback, the voices
     * recorded traditionally, with what that costs.
     */
    private void voiceConsentFlags(Production p, List<StageId> aiStages, Function<StageId, BigDecimal> traditionalCost,
            List<RiskFlag> flags) {
        Disclosure register = p.disclosure();
        StagePlan voice = p.stage(StageId.VOICE);
        if (aiStages.contains(StageId.VOICE) && voice.realPerformerLikeness()) {
            DisclosureEntry entry = register.entry(AiUseKey.ofStage(StageId.VOICE)).orElse(null);
            if (entry == null || !entry.likeness().needsNoConsent()) {
                List<ConsentRecord> signed = register.voiceConsents().stream().filter(ConsentRecord::isSigned)
                        .toList();
                String subject = stageSubject(StageId.VOICE);
                if (signed.isEmpty()) {
                    flags.add(flag(FlagCode.AI_CONSENT_MISSING, Severity.HIGH, subject, StageId.VOICE.id(),
                            "flag.ai-consent-missing.voice", Calc.number(traditionalCost.apply(StageId.VOICE)),
                            p.currency().getCurrencyCode()));
                } else {
                    late(signed, entry, subject, StageId.VOICE.id(), flags);
                }
            }
        }
    }

    private List<RiskFlag> checkConsent(Disclosure register, ShotId shot, DisclosureEntry entry, String subject,
            List<RiskFlag> flags) {
        List<RiskFlag> into = flags == null ? new ArrayList<>() : flags;
        List<ConsentRecord> signed = register.consentsFor(shot).stream().filter(ConsentRecord::isSigned).toList();
        if (signed.isEmpty()) {
            into.add(flag(FlagCode.AI_CONSENT_MISSING, Severity.HIGH, subject, shot.toString(),
                    "flag.ai-consent-missing.shot"));
        } else {
            late(signed, entry, subject, shot.toString(), into);
        }
        return into;
    }

    /** A consent signed after the AI work was planned to start is no consent to that work: flagged. */
    private void late(List<ConsentRecord> signed, DisclosureEntry entry, String subject, String subjectId,
            List<RiskFlag> flags) {
        LocalDate planned = entry == null ? null : entry.plannedOn();
        if (planned == null) {
            return;
        }
        ConsentRecord earliest = signed.stream().min(java.util.Comparator.comparing(ConsentRecord::signedOn))
                .orElseThrow();
        if (earliest.signedOn().isAfter(planned)) {
            flags.add(flag(FlagCode.AI_CONSENT_LATE, Severity.HIGH, subject, subjectId, "flag.ai-consent-late",
                    earliest.person(), earliest.signedOn().toString(), planned.toString()));
        }
    }

    /**
     * Rights (issue 16): an AI stage whose tool's terms do not allow commercial use (HIGH), or do not say and the
     * director has named the tool (MEDIUM), is flagged with the price of not having the rights: the stage done
     * traditionally (for generation, the AI shots shot live, R4's figure). A stage not yet described in the
     * register raises nothing here: ai-disclosure asks for the register already.
     */
    private void rightsFlags(Production p, List<StageId> aiStages, BigDecimal liveCostOfAiShots,
            Function<StageId, BigDecimal> traditionalCost, List<RiskFlag> flags) {
        Disclosure register = p.disclosure();
        if (register.entries().isEmpty()) {
            return;
        }
        Map<StageId, CommercialUse> worst = new EnumMap<>(StageId.class);
        for (DisclosureEntry entry : register.entries()) {
            if (!entry.inPlan() || !aiStages.contains(entry.stage())) {
                continue;
            }
            CommercialUse use = entry.commercialUse();
            boolean unclear = use == CommercialUse.NOT_ALLOWED
                    || (use == CommercialUse.UNKNOWN && !entry.tool().isEmpty());
            if (unclear && worst.get(entry.stage()) != CommercialUse.NOT_ALLOWED) {
                worst.put(entry.stage(), use);
            }
        }
        String currency = p.currency().getCurrencyCode();
        worst.forEach((stage, use) -> {
            // Generated shots fall back to being shot live: R4's marginal figure, which is zero when they fit in the
            // shoot days already planned (then "free" would mislead, so the words say so).
            String fallback;
            if (stage == StageId.GENERATION) {
                fallback = liveCostOfAiShots.signum() > 0
                        ? text.get("flag.fallback.live", Calc.number(liveCostOfAiShots), currency)
                        : text.get("flag.fallback.liveInPlannedDays");
            } else {
                fallback = text.get("flag.fallback.stage", Calc.number(traditionalCost.apply(stage)), currency);
            }
            String what = text.get(use == CommercialUse.NOT_ALLOWED ? "flag.ai-rights-unclear.notAllowed"
                    : "flag.ai-rights-unclear.unknown");
            flags.add(new RiskFlag(FlagCode.AI_RIGHTS_UNCLEAR, use == CommercialUse.NOT_ALLOWED ? Severity.HIGH
                    : Severity.MEDIUM, stageSubject(stage), stage.id(), text.get("flag.withFallback", what, fallback),
                    citation(FlagCode.AI_RIGHTS_UNCLEAR)));
        });
    }

    /** Stages that use AI in this plan: AI or hybrid workflow, and generation when there are AI shots. */
    static List<StageId> aiStages(Production p, Drivers d) {
        List<StageId> result = new ArrayList<>();
        for (StagePlan plan : p.stages().values()) {
            if (plan.stage() == StageId.GENERATION) {
                if (d.aiSeconds() > 0) {
                    result.add(StageId.GENERATION);
                }
            } else if (plan.workflow() != Workflow.TRADITIONAL) {
                result.add(plan.stage());
            }
        }
        return result;
    }

    private RiskFlag ownership(StageId stage, String key) {
        return flag(FlagCode.AI_IP_OWNERSHIP, Severity.MEDIUM, stageSubject(stage), stage.id(), key);
    }

    /** A stage as a flag's subject, by its name in the estimate's language ("Colour grading stage"). */
    private String stageSubject(StageId stage) {
        return text.get("subject.stage", text.get("stage." + stage.id()));
    }

    private RiskFlag flag(FlagCode code, Severity severity, String subject, String subjectId, String key,
            Object... args) {
        return new RiskFlag(code, severity, subject, subjectId, text.get(key, args), citation(code));
    }

    /** The citation of a flag: the sources of its rule, or its sources, as "speaker, publisher, year; …". */
    String citation(FlagCode code) {
        return citations.computeIfAbsent(code, this::citationOf);
    }

    private String citationOf(FlagCode code) {
        List<String> parts = new ArrayList<>();
        for (String ref : REFERENCES.getOrDefault(code, List.of())) {
            library.rule(ref).ifPresentOrElse(rule -> parts.add(ruleCitation(rule)),
                    () -> library.source(ref).map(Source::citation).ifPresent(parts::add));
        }
        return parts.isEmpty() ? "—" : String.join("; ", parts);
    }

    private String ruleCitation(Rule rule) {
        List<String> sources = rule.sourceIds().stream().map(library::source)
                .flatMap(java.util.Optional::stream).map(Source::citation).toList();
        return rule.id() + " (" + String.join("; ", sources) + ")";
    }
}
