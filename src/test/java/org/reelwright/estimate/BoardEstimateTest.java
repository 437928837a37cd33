package org.reelwright.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.BoardDay;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootPlan;
import org.reelwright.domain.StageId;

/** Once the board is arranged, the shoot's days and cast line come from it, incrementally as in full (issue 17). */
class BoardEstimateTest {
    private static final CostEstimator REFERENCE = EstimateFixtures.estimator(0);
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    private static Production arranged(Production p, List<List<SceneId>> days) {
        List<BoardDay> board = new java.util.ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            board.add(BoardDay.of(MONDAY.plusDays(i), days.get(i)));
        }
        return p.withShootPlan(ShootPlan.EMPTY.withBoard(board));
    }

    @Test
    void theBoardsDaysAreTheShootDaysAndItsPaidDaysTheCastDays() {
        Production p = EstimateFixtures.small();
        List<SceneId> ids = p.scenes().stream().map(Scene::id).toList();
        // Lab (ADA, OMAR) on 1 March, roof (ADA) on 3 March; the day between holds no strip, so it is no shoot
        // day: 2 shoot days, and ADA works both.
        Production twoDays = arranged(p, List.of(List.of(ids.get(0)), List.of(), List.of(ids.get(1))));
        Estimate e = REFERENCE.deterministic(twoDays, Scenario.CURRENT);
        assertEquals(2, e.drivers().board().dates().size());
        assertEquals(0, e.line(StageId.SHOOT).orElseThrow().calendarDays().likely().compareTo(BigDecimal.valueOf(2)));
        // ADA SW, WF (2) + OMAR SWF (1) = 3 performer-days
        assertEquals(3, DayOutOfDays.of(e.drivers().board().dates(), e.drivers().board().members(), 10).paidDays());
    }

    @Test
    void aSceneNotOnTheBoardIsEstimatedByItsStripGroupOnTop() {
        Production p = EstimateFixtures.small();
        List<SceneId> ids = p.scenes().stream().map(Scene::id).toList();
        Production onlyLab = arranged(p, List.of(List.of(ids.get(0))));
        Estimate e = REFERENCE.deterministic(onlyLab, Scenario.CURRENT);
        assertEquals(1, e.drivers().board().offBoard().size());
        assertEquals("ROOF", e.drivers().board().offBoard().get(0).location());
    }

    @Test
    void aPerformerWithAPayTermOfTheirOwnHasTheirDaysMetThatWay() {
        Production p = EstimateFixtures.small();
        List<SceneId> ids = p.scenes().stream().map(Scene::id).toList();
        Production board = arranged(p, List.of(List.of(ids.get(0)), List.of(ids.get(1))));
        // ADA works both days (2), OMAR one (1); ADA defers her pay, the production pays everyone else.
        Production deferred = board.withShootPlan(board.shootPlan().withCast(List.of(
                org.reelwright.domain.Performer.of(1, "Ada Actor", "ADA")
                        .withPayTerm(org.reelwright.domain.PayTerm.DEFERRED))));
        Estimate all = REFERENCE.deterministic(board, Scenario.CURRENT);
        Estimate split = REFERENCE.deterministic(deferred, Scenario.CURRENT);
        assertEquals(all.total(), split.total(), "the same days at the same rate");
        BigDecimal dayRate = BigDecimal.valueOf(249);
        PayBreakdown.Split shoot = PayBreakdown.of(deferred, split.line(StageId.SHOOT).orElseThrow());
        assertEquals(0, shoot.deferred().likely().compareTo(dayRate.multiply(BigDecimal.valueOf(2))),
                shoot.deferred()::toString);
        PayBreakdown.Split before = PayBreakdown.of(board, all.line(StageId.SHOOT).orElseThrow());
        assertEquals(0, before.deferred().likely().signum());
        assertEquals(0, before.cash().likely().subtract(shoot.cash().likely())
                .compareTo(dayRate.multiply(BigDecimal.valueOf(2))));
    }

    @Test
    void theSessionFollowsBoardEditsExactlyAsTheFullEstimate() {
        Production p = EstimateFixtures.small();
        List<SceneId> ids = p.scenes().stream().map(Scene::id).toList();
        EstimateSession session = REFERENCE.session();
        Production unarranged = p;
        Production together = arranged(p, List.of(List.of(ids.get(0), ids.get(1))));
        Production apart = arranged(p, List.of(List.of(ids.get(0)), List.of(ids.get(1))));
        for (Production step : List.of(unarranged, together, apart, together, unarranged)) {
            assertEquals(REFERENCE.deterministic(step, Scenario.CURRENT), session.deterministic(step,
                    Scenario.CURRENT));
        }
        assertNotEquals(REFERENCE.deterministic(together, Scenario.CURRENT).total(),
                REFERENCE.deterministic(apart, Scenario.CURRENT).total());
    }
}
