package org.reelwright.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the director plans to do one stage: its workflow, the AI tool category, the AI share of a hybrid, the team,
 * an allowance for extra iterations, and rate overrides.
 * Invariants: the stage accepts the workflow (casting, locations, shoot and festivals have no AI basis; generation is
 * AI only); the tool category suits the stage; AI share in [0, 1] (default 0.5, rule A1); team 1–200; iteration
 * allowance in [0, 5] as a fraction of the AI work; one override per benchmark. Pay terms are the stage's own
 * overrides of the production's {@link PayModel} (null means none).
 */
public record StagePlan(StageId stage, Workflow workflow, AiToolCategory aiTool, double aiShare, int teamSize,
        double iterationAllowance, boolean realPerformerLikeness, List<RateOverride> rateOverrides,
        PayTerms payTerms) {

    /** About half of the process moves to AI tools in the stages A1 names (Carpenter, FILMART 2025). */
    public static final double DEFAULT_AI_SHARE = 0.5;

    public StagePlan {
        Phrase subject = Checks.subject("stage", stage == null ? Checks.phrase("subject.noStage") : stage.id());
        Checks.required(stage, subject, "stage");
        Checks.required(workflow, subject, "workflow");
        if (!stage.accepts(workflow)) {
            throw Checks.fail(subject, "workflow", "stagePlan.workflowNotAvailable", workflow.id(), stage.id(),
                    accepted(stage));
        }
        if (aiTool != null && !aiTool.suits(stage)) {
            throw Checks.fail(subject, "aiTool", "stagePlan.aiToolNotForStage", aiTool.id());
        }
        Checks.between(aiShare, 0, 1, subject, "aiShare", "");
        Checks.between(teamSize, 1, 200, subject, "teamSize");
        Checks.between(iterationAllowance, 0, 5, subject, "iterationAllowance", "");
        rateOverrides = Checks.list(rateOverrides, subject, "rateOverrides");
        Set<String> ids = new HashSet<>();
        for (RateOverride o : rateOverrides) {
            if (!ids.add(o.benchmarkId())) {
                throw Checks.fail(subject, "rateOverrides", "stagePlan.overriddenTwice", o.benchmarkId());
            }
        }
        payTerms = payTerms == null ? PayTerms.NONE : payTerms;
    }

    /** A plan that follows the production's pay model in every category. */
    public StagePlan(StageId stage, Workflow workflow, AiToolCategory aiTool, double aiShare, int teamSize,
            double iterationAllowance, boolean realPerformerLikeness, List<RateOverride> rateOverrides) {
        this(stage, workflow, aiTool, aiShare, teamSize, iterationAllowance, realPerformerLikeness, rateOverrides,
                PayTerms.NONE);
    }

    /** The plan a new production starts with for this stage. */
    public static StagePlan defaults(StageId stage) {
        return new StagePlan(stage, stage.defaultWorkflow(), AiToolCategory.defaultFor(stage), DEFAULT_AI_SHARE, 1,
                0, false, List.of());
    }

    /** The share of the work done by AI tools: 0 for traditional, 1 for AI, the plan's share for hybrid. */
    public double effectiveAiShare() {
        return switch (workflow) {
            case TRADITIONAL -> 0;
            case AI -> 1;
            case HYBRID -> aiShare;
        };
    }

    public Optional<RateOverride> override(String benchmarkId) {
        return rateOverrides.stream().filter(o -> o.benchmarkId().equals(benchmarkId)).findFirst();
    }

    public StagePlan withWorkflow(Workflow value) {
        AiToolCategory tool = aiTool == null && value != Workflow.TRADITIONAL ? AiToolCategory.defaultFor(stage)
                : aiTool;
        return new StagePlan(stage, value, tool, aiShare, teamSize, iterationAllowance, realPerformerLikeness,
                rateOverrides, payTerms);
    }

    public StagePlan withAiTool(AiToolCategory value) {
        return new StagePlan(stage, workflow, value, aiShare, teamSize, iterationAllowance, realPerformerLikeness,
                rateOverrides, payTerms);
    }

    public StagePlan withAiShare(double value) {
        return new StagePlan(stage, workflow, aiTool, value, teamSize, iterationAllowance, realPerformerLikeness,
                rateOverrides, payTerms);
    }

    public StagePlan withTeamSize(int value) {
        return new StagePlan(stage, workflow, aiTool, aiShare, value, iterationAllowance, realPerformerLikeness,
                rateOverrides, payTerms);
    }

    public StagePlan withIterationAllowance(double value) {
        return new StagePlan(stage, workflow, aiTool, aiShare, teamSize, value, realPerformerLikeness, rateOverrides,
                payTerms);
    }

    public StagePlan withRealPerformerLikeness(boolean value) {
        return new StagePlan(stage, workflow, aiTool, aiShare, teamSize, iterationAllowance, value, rateOverrides,
                payTerms);
    }

    public StagePlan withRateOverrides(List<RateOverride> value) {
        return new StagePlan(stage, workflow, aiTool, aiShare, teamSize, iterationAllowance, realPerformerLikeness,
                value, payTerms);
    }

    public StagePlan withPayTerms(PayTerms value) {
        return new StagePlan(stage, workflow, aiTool, aiShare, teamSize, iterationAllowance, realPerformerLikeness,
                rateOverrides, value);
    }

    /** "traditional or hybrid", in the user's language. */
    private static Object accepted(StageId stage) {
        return stage.workflows().stream().sorted().<Object>map(Workflow::id)
                .reduce((a, b) -> Checks.phrase("list.or", a, b)).orElse("");
    }
}
