package org.reelwright.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reelwright.benchmark.BenchmarkLibrary;
import org.reelwright.benchmark.Rule;
import org.reelwright.benchmark.Source;
import org.reelwright.domain.CameraMovement;
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
    static final Map<FlagCode, List<String>> REFERENCES = new EnumMap<>(Map.of(
            FlagCode.UNCANNY_VALLEY, List.of("ai-video-creator-essay"),
            FlagCode.AI_COMPLEX_ANIMATED_VFX, List.of("A3"),
            FlagCode.AI_CAMERA_MOVE, List.of("A8"),
            FlagCode.AI_REALISTIC_DRAMA_COST, List.of("A5"),
            FlagCode.AI_DISCLOSURE, List.of("china-ai-labeling-measures-2025"),
            FlagCode.AI_IP_OWNERSHIP, List.of("filmart-2025-chen", "usco-2025-copyrightability"),
            FlagCode.AI_DIRECTOR_VISION, List.of("A10"),
            FlagCode.AI_TEAM, List.of("A9"),
            FlagCode.AI_LIKENESS_CONSENT, List.of("usco-2024-digital-replicas")));

    private final BenchmarkLibrary library;
    private final EstimateMessages text;

    RiskRules(BenchmarkLibrary library, EstimateMessages text) {
        this.library = library;
        this.text = text;
    }

    /**
     * @param liveCostOfAiShots what shooting the AI shots live (with their VFX) would cost, likely value, for R4
     */
    List<RiskFlag> evaluate(Production p, Map<StageId, StageLine> lines, Drivers d, BigDecimal liveCostOfAiShots,
            List<String> missingRates, List<StageId> missingStages) {
        List<RiskFlag> flags = new ArrayList<>();
        boolean animatedProduction = Scenarios.isAnimated(p);
        StagePlan vfxPlan = p.stage(StageId.VFX);
        for (Scene scene : p.scenes()) {
            for (Shot shot : scene.shots()) {
                String subject = text.get("subject.shot", shot.number(), scene.number());
                String id = shot.id().toString();
                if (shot.isAiGenerated() && shot.realisticFaces()) {
                    flags.add(flag(FlagCode.UNCANNY_VALLEY, Severity.HIGH, subject, id, "flag.uncanny-valley"));
                }
                if (shot.vfx() == VfxLevel.COMPLEX && (shot.isAiGenerated() || vfxPlan.workflow() != Workflow.TRADITIONAL)) {
                    boolean animated = animatedProduction || shot.method() == ProductionMethod.CG_ANIMATION;
                    flags.add(flag(FlagCode.AI_COMPLEX_ANIMATED_VFX, animated ? Severity.HIGH : Severity.MEDIUM,
                            subject, id, "flag.ai-complex-animated-vfx"));
                }
                if (shot.isAiGenerated() && shot.movement() == CameraMovement.COMPLEX
                        && shot.method() != ProductionMethod.AI_3D) {
                    flags.add(flag(FlagCode.AI_CAMERA_MOVE, Severity.MEDIUM, subject, id, "flag.ai-camera-move"));
                }
            }
        }
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
            if (plan.realPerformerLikeness() && (stage == StageId.VOICE || stage == StageId.GENERATION)) {
                flags.add(flag(FlagCode.AI_LIKENESS_CONSENT, Severity.HIGH, stageSubject(stage),
                        stage.id(), "flag.ai-likeness-consent"));
            }
        }
        if (aiStages.size() >= 3 && aiStages.stream().allMatch(s -> p.stage(s).teamSize() == 1)) {
            flags.add(flag(FlagCode.AI_TEAM, Severity.LOW, production, productionId, "flag.ai-team",
                    aiStages.size()));
        }
        for (int i = 0; i < missingRates.size(); i++) {
            StageId stage = missingStages.get(i);
            flags.add(new RiskFlag(FlagCode.MISSING_RATE, Severity.HIGH, stageSubject(stage),
                    stage.id(), text.get("flag.missing-rate", missingRates.get(i)), "—"));
        }
        return flags;
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
