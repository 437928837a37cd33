package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.Shot;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.Workflow;

class ScenariosTest {

    @Test
    void traditionalMakesEveryStageTraditionalAndEveryAiShotLive() throws Exception {
        Production t = Scenarios.apply(EstimateFixtures.sample(), Scenario.TRADITIONAL);
        for (StagePlan plan : t.stages().values()) {
            assertEquals(plan.stage().defaultWorkflow(), plan.workflow(), plan.stage().id());
        }
        assertTrue(t.scenes().stream().flatMap(s -> s.shots().stream()).noneMatch(Shot::isAiGenerated));
    }

    @Test
    void aiWhereSuitableKeepsShotsWithHighFlagsLive() throws Exception {
        Production sample = EstimateFixtures.sample();
        Production ai = Scenarios.apply(sample, Scenario.AI);
        assertEquals(Workflow.HYBRID, ai.stage(StageId.EDITING).workflow());
        assertEquals(Workflow.AI, ai.stage(StageId.SUBTITLES).workflow());
        assertEquals(Workflow.TRADITIONAL, ai.stage(StageId.SHOOT).workflow());
        ai.scenes().stream().flatMap(s -> s.shots().stream()).forEach(shot -> {
            boolean wasLive = sample.sceneOf(shot.id()).orElseThrow().shot(shot.id()).orElseThrow().method()
                    == ProductionMethod.LIVE_ACTION;
            if (wasLive && shot.realisticFaces()) {
                assertEquals(ProductionMethod.LIVE_ACTION, shot.method(), shot.number());
            }
        });
        Estimate e = EstimateFixtures.estimator(0).estimate(sample, Scenario.AI);
        assertEquals(0, e.flags().stream().filter(f -> f.code() == FlagCode.UNCANNY_VALLEY).count(),
                "no shot with realistic faces stays AI, not even one the user made AI");
    }

    @Test
    void comparisonNamesTheStagesThatDriveTheDifference() throws Exception {
        ScenarioComparison c = ScenarioComparison.of(EstimateFixtures.estimator(0), EstimateFixtures.sample());
        assertEquals(16, c.deltas().size());
        assertEquals(3, c.drivers().size());
        BigDecimal first = c.drivers().get(0).aiVsTraditional().abs().max(c.drivers().get(0).currentVsTraditional()
                .abs());
        for (ScenarioComparison.StageDelta d : c.deltas()) {
            assertTrue(d.aiVsTraditional().abs().compareTo(first) <= 0);
        }
        assertFalse(c.drivers().get(0).why().isBlank());
    }

    @Test
    void topSheetGroupsStagesByPhaseAndAddsUp() throws Exception {
        Estimate e = EstimateFixtures.estimator(0).estimate(EstimateFixtures.sample(), Scenario.CURRENT);
        BudgetTopSheet sheet = BudgetTopSheet.of(e);
        assertEquals(5, sheet.phases().size());
        Range sum = sheet.phases().stream().map(BudgetTopSheet.PhaseBlock::subtotal).reduce(Range.ZERO, Range::plus);
        assertEquals(0, sum.likely().compareTo(sheet.subtotal().likely()));
        assertEquals(0, sheet.subtotal().plus(sheet.contingency()).high().compareTo(sheet.total().high()));
        assertEquals(StageId.SCRIPT, sheet.phases().get(0).lines().get(0).stage());
    }

    @Test
    void recommenderPicksTheCheapestAcceptableWorkflowAndSaysWhy() throws Exception {
        Production sample = EstimateFixtures.sample();
        Recommender recommender = new Recommender(EstimateFixtures.estimator(0));
        Recommender.Recommendation r = recommender.recommend(sample,
                new Recommender.Request(Optional.of(new BigDecimal("1000000")), Optional.empty(), Severity.MEDIUM));
        assertTrue(r.meetsBudget());
        assertTrue(r.estimate().pertMean().compareTo(
                EstimateFixtures.estimator(0).estimate(sample, Scenario.CURRENT).pertMean()) < 0);
        Recommender.StageAdvice subtitles = r.advice().stream().filter(a -> a.stage() == StageId.SUBTITLES)
                .findFirst().orElseThrow();
        assertFalse(subtitles.reason().isBlank());
        // With no tolerance for new risk, no stage may take on a flag it did not have.
        Recommender.Recommendation careful = recommender.recommend(sample,
                new Recommender.Request(Optional.empty(), Optional.empty(), Severity.INFO));
        assertTrue(careful.advice().stream().allMatch(a -> a.risk() == Severity.INFO));
        // An impossible cap is reported, not hidden.
        Recommender.Recommendation poor = recommender.recommend(sample,
                new Recommender.Request(Optional.of(BigDecimal.TEN), Optional.empty(), Severity.HIGH));
        assertFalse(poor.meetsBudget());
    }

    @Test
    void deadlineSwitchesStagesToFasterWorkflows() throws Exception {
        Production sample = EstimateFixtures.sample();
        Recommender recommender = new Recommender(EstimateFixtures.estimator(0));
        BigDecimal cheapDays = ScenarioComparison.serialDays(recommender.recommend(sample,
                new Recommender.Request(Optional.empty(), Optional.empty(), Severity.HIGH)).estimate());
        Recommender.Recommendation fast = recommender.recommend(sample, new Recommender.Request(Optional.empty(),
                Optional.of(cheapDays.subtract(BigDecimal.ONE)), Severity.HIGH));
        assertTrue(ScenarioComparison.serialDays(fast.estimate()).compareTo(cheapDays) < 0);
    }
}
